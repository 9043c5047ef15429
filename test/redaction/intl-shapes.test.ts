// Evidence from outside the US (test/corpora/real-artifacts, intl-*): FHIR Shorthand written the way national guides
// write it (soft indexes, rules nested under a path, names in kanji and kana), and national person identifiers (NHS
// number, BSN, KVNR, IHI…) that a resource repeats outside its identifier. Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

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

describe("national person identifiers", () => {
  it("an NHS number named by its system goes wherever the resource repeats it (its id, a fullUrl)", () => {
    const text = JSON.stringify(
      {
        resourceType: "Bundle",
        entry: [
          {
            fullUrl: "https://api.example.nhs.uk/FHIR/R4/Patient/9990001112/RelatedPerson/5A1B",
            resource: {
              resourceType: "Patient",
              id: "9990001112",
              identifier: [{ system: "https://fhir.nhs.uk/Id/nhs-number", value: "9990001112" }],
              managingOrganization: {
                identifier: { system: "https://fhir.nhs.uk/Id/ods-organization-code", value: "Y90210" },
              },
            },
          },
        ],
      },
      null,
      2,
    );
    const out = redact(text);
    expect(out).not.toContain("9990001112");
    for (const v of ["5A1B", "https://fhir.nhs.uk/Id/nhs-number", "Y90210"]) expect(out, v).toContain(v);
  });

  it("a BSN in FHIR XML and a KVNR in FSH go from the narrative and titles that repeat them", () => {
    const xml = [
      '<Patient xmlns="http://hl7.org/fhir">',
      '  <id value="nl-core-Patient-07"/>',
      '  <text><div xmlns="http://www.w3.org/1999/xhtml">Id 999911120 (BSN)</div></text>',
      '  <identifier><system value="http://fhir.nl/fhir/NamingSystem/bsn"/><value value="999911120"/></identifier>',
      "</Patient>",
    ].join("\n");
    expect(redact(xml)).not.toContain("999911120");
    const fsh = [
      "Instance: VSDMPatient-GKV-X110000118",
      'Title: "X110000118 (GKV)"',
      '* identifier[KVNR].system = "http://fhir.de/sid/gkv/kvid-10"',
      '* identifier[KVNR].value = "X110000118"',
    ].join("\n");
    expect(redact(fsh)).not.toContain("X110000118");
    // The slice alone names it, no system written.
    expect(redact('Title: "X110000118 (GKV)"\n* identifier[KVNR].value = "X110000118"\n')).not.toContain("X110000118");
  });

  it("national ids after their label in prose (NHS No, BSN, Versichertennummer, IHI) go; other numbers stay", () => {
    const text = [
      "Patient NHS No: 999 000 1112 was not found (x-request-id 7f3c9a10-2b1e-4c55-9d0e-1a2b3c4d5e6f).",
      "BSN: 999911120, Krankenversichertennummer 'X110000118' unbekannt, IHI 8003 6000 0000 0001.",
      "HTTP 404 at 2024-03-01T10:00:00Z, order 123456789.",
    ].join("\n");
    const out = redact(text);
    for (const v of ["999 000 1112", "999911120", "X110000118", "8003 6000 0000 0001"]) expect(out, v).not.toContain(v);
    for (const v of ["7f3c9a10-2b1e-4c55-9d0e-1a2b3c4d5e6f", "404", "2024-03-01T10:00:00Z", "123456789"])
      expect(out, v).toContain(v);
  });
});

describe("hostile national identifiers", () => {
  it("a megabyte of national systems without values, values without ends and labels without numbers finishes", () => {
    const systems = '{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "9990001112", '.repeat(14000);
    const open = '<system value="http://fhir.nl/fhir/NamingSystem/bsn"/><value value="'.repeat(14000);
    const labels = "NHS No: 999 000 11 BSN: 1.2.3.4 ".repeat(30000);
    const slices = '* identifier[KVNR].value = "'.repeat(35000);
    const groups = "nhs_number=943 476 5919 2024-01-15 1 2 3 4 ".repeat(23000);
    for (const text of [systems, open, labels, slices, groups])
      expect(typeof redact(text.slice(0, 1_000_000))).toBe("string");
  });
});
