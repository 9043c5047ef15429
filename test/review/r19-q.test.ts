// Review RQ19 of s19-Q (survivor classes): findings shown on inputs written for this review, not corpus files.
import { describe, expect, it } from "vitest";
import { expectRedacted } from "../redaction/lib/redact-text";

const MSH = "MSH|^~\\\\&|LAB|HOSP|EHR|HOSP|20240301||ADT^A01|MSG9|P|2.3\\r";

describe("review RQ19: HL7 messages built over lines of code", () => {
  // Wrong: concatenatedSegment only knows `+`, `&`, `.` continuations; a builder's `.append("PV1|…")` lines are not read
  // as segments of the message, so a PV1 clinician's name (no name detector reads `^`-joined words) survives.
  it("1: a message built with StringBuilder.append, segment by segment, loses its PV1 names", () => {
    const java = [
      `StringBuilder sb = new StringBuilder("${MSH}");`,
      'sb.append("PID|1||445566^^^HOSP^MR||FAIRWEATHER^ROSALIND||19700101|F\\r");',
      'sb.append("PV1|1|I|W^1|||||9911^GOLDHAWK^PERCIVAL\\r");',
    ].join("\n");
    expectRedacted(java, ["445566", "FAIRWEATHER", "GOLDHAWK", "PERCIVAL"], ["ADT^A01", "MSG9", "sb.append("]);
  });

  // Wrong: restoreWritten writes a `\r\n` separator after a segment whose last component was redacted back as `\n`,
  // and the new concatenated reader now runs it on every such code line: the code pasted is changed.
  it("2: a written \\r\\n after a segment ending in a redacted name stays \\r\\n", () => {
    const cs = [
      'var msg = "MSH|^~\\\\&|LAB|HOSP|EHR|HOSP|20240301||ADT^A01|MSG9|P|2.3\\r\\n" +',
      '  "PV1|1|I|W^1|||||9911^GOLDHAWK^PERCIVAL\\r\\n" +',
      '  "EVN|A01|20240301\\r\\n";',
    ].join("\n");
    const out = expectRedacted(cs, ["GOLDHAWK", "PERCIVAL"], ["ADT^A01"]);
    expect(out.split("\n")[1]).toMatch(/\]\\r\\n" \+$/);
  });
});

describe("review RQ19: CJK logins", () => {
  // Wrong: CJK_NOBODY is a set of whole values, so a compound of its own role words (`匿名用户` anonymous user,
  // `系统管理员` system administrator) is taken as a person's login; before the change both stayed.
  it("3: a CJK login made of role words (anonymous user, system administrator) stays", () => {
    expectRedacted('{"login": "匿名用户", "error": "invalid_grant"}', [], ["匿名用户"]);
    expectRedacted('{"login": "系统管理员", "status": 401}', [], ["系统管理员"]);
  });
});

describe("review RQ19: birth-date keys", () => {
  // Wrong: the one table lacks the spellings without `de` that Spanish and Portuguese schemas mostly use
  // (`fecha_nacimiento`, `data_nascimento`): the date (and the name beside it) stay in a log line and in JSON.
  it("4: Spanish and Portuguese birth-date keys without `de` take the date beside them", () => {
    expectRedacted("log: name=Joao Silva data_nascimento=1980-02-03 status=ok", ["1980-02-03"], ["status=ok"]);
    expectRedacted('{"nombre": "Ana Ruiz", "fecha_nacimiento": "1980-02-03"}', ["1980-02-03"]);
  });

  // Wrong: a key written with blanks is left "to the birth-date detector", which knows only English prose labels, so
  // a French label's date stays (the name beside it goes).
  it("5: a French label with blanks (`date de naissance : …`) takes the date", () => {
    expectRedacted("Patient: Claire Petit, date de naissance : 01/06/1975, statut 403", ["01/06/1975"], ["403"]);
  });
});
