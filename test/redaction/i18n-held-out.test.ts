// Evidence written in other languages (test/corpora/real-artifacts, i18n-*): national person identifiers of the
// countries Oracle Health's customers work in — written bare in a sentence and checked by their check digit, or named
// by the identifier's system or type in FHIR JSON and FSH — and what must stay beside them (an organisation's own
// identifiers, an identifier's assigner, document ids). The numbers are the schemes' published examples.
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "./lib/redact-text";

describe("national identifiers written bare, by shape and check digit", () => {
  // Written bare on a log line, no label before them: only the shape and the check say what they are.
  it.each([
    ["Brazil, CPF", "529.982.247-25"],
    ["Spain, DNI", "12345678Z"],
    ["Spain, NIE", "X1234567L"],
    ["Mexico, CURP", "BOXW310820HNERXN09"],
    ["Switzerland, AHV", "7561234567897"],
    ["Switzerland, AHV in groups", "756.1234.5678.97"],
    ["Finland, henkilötunnus", "131052-308T"],
    ["Sweden, personnummer", "811218-9876"],
    ["France, NIR", "295109912611193"],
    ["France, NIR in groups", "2 95 10 99 126 111 93"],
    ["China, resident id", "11010519491231002X"],
    ["India, Aadhaar", "2341 2341 2346"],
    ["India, ABHA number", "91-8842-1029-4412"],
    ["Korea, RRN", "850101-1234567"],
    ["Chile, RUT", "12.345.678-5"],
  ])("%s goes", (_name, id) => {
    const out = redact(`lookup failed for ${id} at step 3 (retrying)`);
    expect(out, id).not.toContain(id);
    expect(out).toContain("[REDACTED:");
  });

  // Eleven bare digits and DDMMYY-NNNN are also request ids and build stamps: they go beside their label only.
  it("a Danish CPR and a Norwegian fødselsnummer go after their label", () => {
    expectRedacted(
      "Opslag fejlede for CPR-nr. 010203-1234 i dag. Pasientens fødselsnummer: 15108695088 finnes ikke. fnr=15108695088",
      ["010203-1234", "15108695088"],
      ["fejlede for CPR-nr.", "finnes ikke"],
    );
  });

  it("a Korean RRN without its dash goes after its label, and thirteen bare digits without it stay", () => {
    expectRedacted(
      "주민등록번호 8501011234567 조회 실패; order 9912311234568 shipped",
      ["8501011234567"],
      ["조회 실패", "order 9912311234568"],
    );
    expect(redact("RRN 8501011234567 rejected")).not.toContain("8501011234567");
  });

  it("in a sentence of its own language too", () => {
    expectRedacted(
      "Potilaan henkilötunnus 131052-308T ei löydy. La CURP BOXW310820HNERXN09 devuelve un error. 患者身份证号 11010519491231002X 查询失败",
      ["131052-308T", "BOXW310820HNERXN09", "11010519491231002X"],
      ["ei löydy", "devuelve un error", "查询失败"],
    );
  });

  it("numbers of the same shapes whose check fails stay (an order number, a build stamp, a version)", () => {
    const text = [
      "Order 529.982.247-26 shipped.",
      "Ticket 12345678A was closed.",
      "Serial 7561234567890 is a product code.",
      "Batch 12345678900 and job 98765432101 ran.",
      "Invoice 295109912611194 paid.",
      "Reference 811218-9875 from the vendor.",
      "Order 12345678-5 and test run 12345678-5 shipped.",
      "Backup backup-20240115-1030.tar and build 20231107-0945 done.",
    ].join("\n");
    expect(redact(text)).toBe(text);
  });

  it("a FHIR id in a path, an AWS account and a longer number in groups of four stay as they were", () => {
    const text = "GET /r4/Patient/15108695088 returned 404; account 234123412346; ref 2341 2341 2346 1111";
    expect(redact(text)).toBe(text);
  });
});

describe("national identifiers named by their system or type", () => {
  it("Austria's social security number and bPK, by their OIDs, in the JSON and in the rendered table", () => {
    const json = JSON.stringify(
      {
        resourceType: "Patient",
        id: "at-example",
        identifier: [
          { system: "urn:oid:1.2.40.0.10.1.4.3.1", value: "1237010180" },
          { system: "urn:oid:1.2.40.0.10.2.1.1.149", value: "GH:abCdEf0gHi+1jKlMnOpQrStUvW" },
        ],
      },
      null,
      2,
    );
    const text = `Other Ids: Social Security number/1237010180, bPK GH:abCdEf0gHi+1jKlMnOpQrStUvW\n\n\`\`\`json\n${json}\n\`\`\``;
    expectRedacted(text, ["1237010180", "GH:abCdEf0gHi+1jKlMnOpQrStUvW"], ["urn:oid:1.2.40.0.10.2.1.1.149"]);
  });

  it("a person object whose id comes before the system that names it (Norway's fødselsnummer)", () => {
    const text = [
      '###### "patient_id" - Attributter JSON format',
      '"patient": {',
      '\t"id": "05076600325",',
      '\t"system": "urn:oid:2.16.578.1.12.4.1.4.1",',
      '\t"authority": "https://www.skatteetaten.no"',
      "}",
    ].join("\n");
    expectRedacted(text, ["05076600325"], ["urn:oid:2.16.578.1.12.4.1.4.1", "https://www.skatteetaten.no"]);
  });

  it("an identifier typed NNFIN under a nested FSH rule, and one typed SS, go with every copy", () => {
    const fsh = [
      "Instance: patient-of-municipality",
      "InstanceOf: FiBasePatient",
      "* identifier[PIC]",
      "  * type = $v2-0203#NNFIN",
      "  * use = #official",
      '  * value = "010190-999Y"',
      '* extension[+].valueString = "Kopio: 010190-999Y"',
    ].join("\n");
    expectRedacted(fsh, ["010190-999Y"], ["patient-of-municipality", "$v2-0203#NNFIN"]);
  });

  it("Israel's national id, India's ABHA and Switzerland's AHVN13 by their systems, in FSH", () => {
    const fsh = [
      "Instance: minimal-patient",
      "InstanceOf: MRIPatient",
      '* identifier[0].system = "http://fhir.health.gov.il/identifier/il-national-id"',
      '* identifier[0].value = "000000026"',
      '* identifier[1].system = "https://healthid.abdm.gov.in"',
      '* identifier[1].value = "ravi.kumar1990@sbx"',
      '* identifier[2].system = "urn:oid:2.16.756.5.32"',
      '* identifier[2].value = "7569999999991"',
      '* note.text = "ABHA ravi.kumar1990@sbx, id 000000026"',
    ].join("\n");
    expectRedacted(fsh, ["000000026", "ravi.kumar1990@sbx", "7569999999991"], ["minimal-patient"]);
  });
});

describe("a person beside a national number", () => {
  it("an object's name beside a system that names a national number goes; an organisation's OID under the same arc stays", () => {
    const text = JSON.stringify({
      patient: { id: "05076600325", name: "Kognar Maman", system: "urn:oid:2.16.578.1.12.4.1.4.1" },
      legal_entity: { id: "100100673", name: "Fagersta Testlegekontor", system: "urn:oid:2.16.578.1.12.4.1.4.101" },
    });
    expectRedacted(text, ["05076600325", "Kognar Maman"], ["100100673", "Fagersta Testlegekontor"]);
  });
});

describe("FSH instances named after their person", () => {
  it("the instance name, its references, its title and the file's comments lose the person's short names", () => {
    const fsh = [
      "// Familie: Aksel (far) og Brita (mor)",
      "Instance: Aksel",
      "InstanceOf: DkCorePatient",
      'Title: "Aksel Test Vinterberg - far"',
      'Description: "Aksel Test Vinterberg - gift med Brita"',
      '* name.family = "Vinterberg"',
      '* name.given[0] = "Aksel"',
      "* link[0].other = Reference(Brita)",
      "",
      "Instance: Brita",
      "InstanceOf: DkCorePatient",
      '* name.family = "Vinterberg"',
      '* name.given[0] = "Brita"',
      "* link[0].other = Reference(Aksel)",
      "",
      "Instance: FRCorePatientINSExample",
      "InstanceOf: fr-core-patient-ins",
      '* name.family = "Durand"',
    ].join("\n");
    const out = expectRedacted(
      fsh,
      ["Aksel", "Brita", "Vinterberg", "Durand"],
      ["InstanceOf: DkCorePatient", "Instance: FRCorePatientINSExample", "- far", "gift med"],
    );
    expect(out).toMatch(/Reference\(\[REDACTED:name#\d+\]\)/);
  });
});

describe("what names no person stays beside them", () => {
  it("an identifier's assigner is an organisation: its display stays", () => {
    const text = JSON.stringify({
      resourceType: "Patient",
      identifier: [
        {
          system: "urn:oid:1.2.40.0.10.1.4.3.1",
          value: "1237010180",
          assigner: { display: "Dachverband der österreichischen Sozialversicherungsträger" },
        },
      ],
    });
    expectRedacted(text, ["1237010180"], ["Dachverband der österreichischen Sozialversicherungsträger"]);
  });

  it("an Organization's own identifier (a GLN) and a document's urn:uuid identifier stay; a practitioner's GLN goes", () => {
    const text = JSON.stringify({
      resourceType: "Bundle",
      identifier: { system: "urn:ietf:rfc:3986", value: "urn:uuid:54013a2d-6012-443f-9a90-6331adb23aab" },
      type: "document",
      entry: [
        {
          resource: {
            resourceType: "Organization",
            identifier: [{ system: "urn:oid:2.51.1.3", value: "7601002331470" }],
            name: "SanLab",
          },
        },
        {
          resource: {
            resourceType: "Practitioner",
            identifier: [{ system: "urn:oid:2.51.1.3", value: "7601000000514" }],
            name: [{ family: "Hauser", given: ["Peter"] }],
          },
        },
      ],
    });
    expectRedacted(
      text,
      ["7601000000514", "Hauser"],
      ["urn:uuid:54013a2d-6012-443f-9a90-6331adb23aab", "7601002331470", "SanLab"],
    );
  });
});

describe("a HumanName pasted without its resource", () => {
  it("a Python dict's pretty-printed name goes", () => {
    const text = [
      "SAMPLE_PATIENT = {",
      '    "id": str(uuid.uuid4()),',
      '    "name": [',
      "        {",
      '            "use": "official",',
      '            "family": "Carvalho",',
      '            "given": ["Joaquim", "Pedro"]',
      "        }",
      "    ],",
      "}",
    ].join("\n");
    expectRedacted(text, ["Carvalho", "Joaquim", "Pedro"], ["SAMPLE_PATIENT", '"use": "official"']);
  });
});
