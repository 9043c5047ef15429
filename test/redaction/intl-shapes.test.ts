// Evidence from outside the US (test/corpora/real-artifacts, intl-*): FHIR Shorthand written the way national guides
// write it (soft indexes, rules nested under a path, names in kanji and kana), and national person identifiers (NHS
// number, BSN, KVNR, IHI…) that a resource repeats outside its identifier. Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { Environment } from "~/ticket/schema";

const redact = (text: string, environment: Environment = "sandbox") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind: detectKind(text), text }).text;

describe("FHIR Shorthand as national guides write it", () => {
  it("soft indexes ([+], [=]) point at the same personal elements; non-Latin names go too", () => {
    const text = [
      "Instance: jp-patient-example-9",
      "InstanceOf: JP_Patient",
      '* identifier[+].system = "urn:oid:1.2.392.100495.20.3.51.11310000000"',
      '* identifier[=].value = "000777123"',
      '* name[+].text = "鈴木 花子"',
      '* name[=].family = "鈴木"',
      '* name[=].given = "花子"',
      '* name[+].family = "スズキ"',
      '* name[=].given = "ハナコ"',
      '* telecom[+].value = "03-555-0199"',
    ].join("\n");
    const out = redact(text);
    for (const v of ["000777123", "鈴木", "花子", "スズキ", "ハナコ", "03-555-0199"]) expect(out, v).not.toContain(v);
    for (const v of ["urn:oid:1.2.392.100495.20.3.51.11310000000", "JP_Patient", "jp-patient-example-9"])
      expect(out, v).toContain(v);
  });

  it("rules nested under a path rule take that path; extensions of a name or line part go with it", () => {
    const text = [
      "Instance: DePatientExample",
      "InstanceOf: DePatient",
      "* name[Name]",
      '  * family = "vom Lindenau"',
      '    * extension[nachname].valueString = "Lindenau"',
      '  * given = "Greta"',
      "* address[Strassenanschrift]",
      '  * line[+] = "Ahornweg 12b"',
      '    * extension[Strasse].valueString = "Ahornweg"',
      '  * line[+] = "Hinterhaus links"',
      '    * extension[Adresszusatz].valueString = "Hinterhaus links"',
      '  * city = "Lindenfeld"',
      '  * postalCode = "64444"',
      '  * country = "DE"',
      "* issue[+]",
      '  * text = "Versicherung nicht bekannt"',
    ].join("\n");
    const out = redact(text);
    for (const v of ["Lindenau", "Greta", "Ahornweg", "Hinterhaus", "Lindenfeld", "64444"])
      expect(out, v).not.toContain(v);
    for (const v of ['country = "DE"', "Versicherung nicht bekannt", "DePatient"]) expect(out, v).toContain(v);
  });

  it("a rule commented out with // keeps its value out too", () => {
    const out = redact('* identifier[=].value = "000777123"\n//* identifier[=].value = "50099:かき:123:07"\n');
    expect(out).not.toContain("50099");
  });
});

describe("hostile FHIR Shorthand", () => {
  it("a megabyte of ever deeper nested rules, soft-index runs and unclosed values finishes", () => {
    const deep = Array.from({ length: 40000 }, (_, i) => `${" ".repeat(i % 400)}* name[=]`).join("\n");
    const runs = `* ${"name[=].".repeat(30000)} = "x\n`;
    const open = '* name.family = "'.repeat(50000);
    for (const text of [deep, runs, open]) expect(typeof redact(text.slice(0, 1_000_000))).toBe("string");
  });
});
