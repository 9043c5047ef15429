// Pathological inputs for the structure readers of pasted HL7 v2 and FHIR XML and of API-client auth blocks: each
// one's output is right, and the work grows linearly with the input (counted operations, see work-meter.ts).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import type { EvidenceKind } from "~/evidence/model";
import { detectKind } from "~/evidence/detect";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string, kind: EvidenceKind = "text") =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind, text }).text;

/** Linear: 4× the input costs at most 5× the work (a quadratic scan costs about 16×). */

describe("FHIR XML", () => {
  it("FHIR roots that never close, repeated: each attempt starts past where the last one stopped reading", () => {
    const unit = '<Patient xmlns="http://hl7.org/fhir">\n  <name><family value="Quillfeather"/>\n';
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });

  it("one large Bundle: linear work, every family name gone, still well-formed", () => {
    const entry =
      '<entry><resource><Patient><name><family value="Quillfeather"/></name></Patient></resource></entry>\n';
    const make = (size: number) =>
      `<Bundle xmlns="http://hl7.org/fhir">\n${entry.repeat(Math.ceil(size / entry.length))}</Bundle>\n`;
    expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    const out = redact(make(64_000));
    expect(out).not.toContain("Quillfeather");
    expect(out.endsWith("</Bundle>\n")).toBe(true);
  });

  it("nested narrative divs and unclosed ones: linear", () => {
    const open = (size: number) =>
      `<Patient xmlns="http://hl7.org/fhir"><text><div xmlns="http://www.w3.org/1999/xhtml">${"<div>".repeat(size / 5)}`;
    expect(growth(open, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });

  // Each line opens a document whose close marker (`</div>`, `-->`, `?>`) never comes: the first attempt reads to the
  // end of the text, and the attempt at the next line must not read it all again.
  const unclosed: Array<[string, string]> = [
    ["a narrative div", '<Patient xmlns="http://hl7.org/fhir"><text><div>\n'],
    ["a prolog", '<?xml version="1.0"\n'],
    ["a comment", '<Patient xmlns="http://hl7.org/fhir"><!--x\n'],
  ];
  for (const [what, unit] of unclosed)
    it(`lines that each open ${what} that never closes: linear`, () => {
      // As pasted (the kind detected) and as plain text.
      for (const kind of [detectKind(repeat(unit)(8_000)), "text" as const]) {
        expect(growth(repeat(unit), (t) => redact(t, kind), 8_000)).toBeLessThan(LINEAR);
        expect(slicedGrowth(repeat(unit), (t) => redact(t, kind), 8_000)).toBeLessThan(LINEAR);
      }
    });

  it("a FHIR document after one whose comment, prolog or narrative never closes is still read by structure", () => {
    const doc =
      '<Patient xmlns="http://hl7.org/fhir"><text><div>seen</div></text><name><family value="Quillfeather"/><given value="Odessa"/></name></Patient>\n';
    for (const [, unit] of unclosed) {
      const out = redact(`${unit}${doc}`);
      expect(out).not.toContain("Quillfeather");
      expect(out).not.toContain("Odessa");
      expect(out).toContain('<family value="[REDACTED:');
    }
  });
});

describe("HL7 v2", () => {
  it("messages followed by runs of blank lines and prose, repeated: linear", () => {
    const unit = "MSH|^~\\&|A|B|C|D|2020||ADT^A01|1|P|2.5\n\n\n\n\n\nnot a segment\n";
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });

  it("a message on one line full of `<c` that never writes `<cr>`: linear, the message still read", () => {
    const make = (size: number) =>
      `MSH|^~\\&|A|B|C|D|2020||ADT^A01|1|P|2.5<cr>PID|1||Zq4471^^^H||${"<c".repeat(size / 2)}`;
    expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(make(1_000))).not.toContain("Zq4471");
  });

  it("indented messages, repeated: linear", () => {
    const unit = "    MSH|^~\\&|A|B|C|D|2020||ADT^A01|1|P|2.5\n    PID|1||Zq4471^^^H||Quillfeather^Odessa\n\n";
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });
});

describe("Bruno auth blocks", () => {
  it("an auth block that never closes, its fields repeated: linear, every credential gone", () => {
    const make = (size: number) => `auth:awsv4 {\n${"  secretAccessKey: plainwordsecretvalue\n".repeat(size / 40)}`;
    expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(make(4_000))).not.toContain("plainwordsecretvalue");
  });
});

describe("FHIR XML as pasted", () => {
  // Each line opens a document cut inside a value whose quote never closes: the cut value is read up to its line's end,
  // and the search for its closing quote is not repeated on the next line.
  it("lines that each cut a document inside an attribute value: linear, every cut value gone", () => {
    const unit = '<Patient xmlns="http://hl7.org/fhir"><name><family value="Quillfea\n';
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(repeat(unit)(4_000))).not.toContain("Quillfea");
  });

  it("log lines that each hold a prefixed FHIR document after a prefix, cut by the log: linear", () => {
    const unit =
      '2025-01-02 10:00:01 DEBUG body: <fhir:Patient xmlns:fhir="http://hl7.org/fhir"><fhir:name><fhir:family value="Quillfeather"/><![CDATA[x\n';
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(repeat(unit)(4_000))).not.toContain("Quillfeather");
  });

  it("a line of a million namespace URIs with no tag: linear", () => {
    const unit = 'x="http://hl7.org/fhir" ';
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });

  it("one line of many small FHIR documents one after another: linear, 1 MB finishes, every value gone", () => {
    const unit = 'x=<Patient xmlns="http://hl7.org/fhir"><name><family value="Quillfeather"/></name></Patient> ';
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(repeat(unit)(1_000_000))).not.toContain("Quillfeather");
  });

  it("lines that each leave a root tag open with its namespace on the next line: linear, 1 MB finishes", () => {
    const unit =
      'log <Patient\n  xmlns="http://hl7.org/fhir"><name><family value="Quillfeather"/></name></Patient> <Patient \n';
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(repeat(unit)(1_000_000))).not.toContain("Quillfeather");
  });

  it("a C-CDA in a JSON string, and a string of namespace URIs that opens none: linear, 1 MB finishes", () => {
    const name = "<name><given>Odessa</given><family>Quillfeather</family></name>";
    const cda = (size: number) =>
      `{"body":"<ClinicalDocument xmlns=\\"urn:hl7-org:v3\\">${name.repeat(Math.ceil(size / name.length))}</ClinicalDocument>"}`;
    const uris = (size: number) => `{"body":"<${'x=\\"urn:hl7-org:v3\\" '.repeat(Math.ceil(size / 22))}"}`;
    expect(growth(cda, (t) => redact(t, "fhir-json"), 8_000)).toBeLessThan(LINEAR);
    expect(growth(uris, (t) => redact(t, "fhir-json"), 8_000)).toBeLessThan(LINEAR);
    expect(redact(cda(1_000_000), "fhir-json")).not.toContain("Quillfeather");
  });

  it("1 MB of cut-off FHIR XML documents finishes, every value gone", () => {
    const unit = '<Patient xmlns="http://hl7.org/fhir"><name><family value="Quillfeather"/><given value="Odes\n';
    const out = redact(repeat(unit)(1_000_000));
    expect(out).not.toContain("Quillfeather");
    expect(out).not.toContain("Odes\n");
  });
});

describe("HL7 v2 as logged", () => {
  it("segments after a log prefix, repeated: linear, every name gone", () => {
    const unit =
      "2025-01-02 10:00:01 INFO  MSH|^~\\&|A|B|C|D|2020||ADT^A01|1|P|2.5\n2025-01-02 10:00:01 INFO  PID|1||X1234567||Quillfeather^Odessa\n";
    expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(repeat(unit)(4_000))).not.toContain("Quillfeather");
  });

  it("one line of segments joined by written separators and blanks: linear", () => {
    const make = (size: number) =>
      "MSH|^~\\&|A|B|C|D|2020||ADT^A01|1|P|2.5" + "\\rPID|1||X1234567||Quillfeather^Odessa PV1|1|O".repeat(size / 48);
    expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });

  it("a line full of `MSH` that declares no delimiters, and a log prefix compared on every line: linear", () => {
    expect(growth(repeat("MSH|^ MSH MSH:x "), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    const prefix = "2025-01-02 10:00:01 INFO " + "1 ".repeat(200);
    const make = (size: number) =>
      `${prefix}MSH|^~\\&|A|B\n` + `${prefix.replace("INFO", "WARN")}PID|1\n`.repeat(size / 440);
    expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
  });

  it("1 MB of blanks inside an HL7 message finishes: in a field, on a line of their own, after MSH's fields", () => {
    const msh = "MSH|^~\\&|EPIC|HOSP|CERNER|FAC|202401011200||ADT^A08|MSG0001|P|2.5\n";
    const pid = "PID|1||987654^^^MRN||Quillfeather^Odessa^M||19800203|F|";
    const blanks = " ".repeat(1_000_000);
    for (const text of [
      `${msh}${pid}${blanks}|x\n`,
      `${msh}${pid}\n${blanks}\n`,
      `MSH|^~\\&|A|B|${blanks}\n${pid}\n`,
    ]) {
      const out = redact(text);
      expect(out).not.toContain("Quillfeather");
      expect(out.length).toBeGreaterThan(1_000_000);
    }
  });

  it("person segments logged alone, and a line full of `PID|` that is no segment: linear, 1 MB finishes", () => {
    const lone = "2024-01-01 INFO PID|1||987654^^^MRN||Quillfeather^Odessa^M||19800203|F\n";
    expect(growth(repeat(lone), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(growth(repeat("PID|x NK1|"), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(repeat(lone)(1_000_000))).not.toContain("Quillfeather");
  });

  it("person segments at the lines' start with no MSH, and lines that start with `PID|` but are none: linear, 1 MB finishes", () => {
    const bare = "PID|1||987654^^^MRN||Quillfeather^Odessa^M||19800203|F\n";
    expect(growth(repeat(bare), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(growth(repeat("PID|Name|DOB\n"), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(growth(repeat('"access_token":"\nPID|1||9^^^M||Q^O\n'), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(repeat(bare)(1_000_000))).not.toContain("Quillfeather");
  });

  it("1 MB of logged HL7 finishes, every name gone", () => {
    const unit =
      "[main] DEBUG c.a.L - MSH|^~\\&|A|B|C|D|2020||ADT^A01|1|P|2.5\\rPID|1||X1234567||Quillfeather^Odessa\n";
    const out = redact(repeat(unit)(1_000_000));
    expect(out).not.toContain("Quillfeather");
  });
});

describe("CDA", () => {
  it("one large cut-off C-CDA of patients' names and addresses: linear, every name gone", () => {
    const unit =
      '<patient><name><given>Odessa</given><family>Quillfeather</family></name><addr><city>Marlow</city></addr><birthTime value="19540312"/></patient>\n';
    const make = (size: number) =>
      `<ClinicalDocument xmlns="urn:hl7-org:v3">\n${unit.repeat(Math.ceil(size / unit.length))}<recordTarget><patientRole>`;
    expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    const out = redact(make(1_000_000));
    for (const v of ["Odessa", "Quillfeather", "Marlow", "19540312"]) expect(out).not.toContain(v);
  });
});
