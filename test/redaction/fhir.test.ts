import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import type { Environment } from "~/ticket/schema";
import { fixture } from "../evidence/helpers";

const redact = (text: string, environment: Environment = "sandbox", restored: string[] = []) =>
  createRedactor({ environment, terms: [], restored }).redact({ id: "b", kind: "fhir-json", text });

const IDENTIFYING = [
  "Quixote",
  "Alonso",
  "Quijano",
  "Panza",
  "Sancho",
  "(816) 555-0147",
  "(816) 555-0199",
  "alonso.quixote@example.org",
  "12 Windmill Lane",
  "La Mancha",
  "64108",
  "1961-04-23",
  "MRN-4471902",
  "999-47-1902",
  "ACC-20250701-17",
  "23 April",
  "2025-07-01T08:30",
];

describe("FHIR PHI in the public sandbox", () => {
  const r = redact(fixture("patient-bundle.json"));
  const out = JSON.parse(r.text);
  const patient = out.entry[0].resource;
  const specimen = out.entry[1].resource;

  it("removes every identifying value of the patient, the contact and the specimen", () => {
    for (const value of IDENTIFYING) expect(r.text).not.toContain(value);
  });

  it("keeps the structure: keys, resource types, ids, codes, state and country, the birth year", () => {
    expect(patient.resourceType).toBe("Patient");
    expect(patient.id).toBe("90210777");
    expect(patient.gender).toBe("male");
    expect(patient.birthDate).toBe("1961");
    expect(patient.address[0]).toMatchObject({ use: "home", state: "MO", country: "US" });
    expect(patient.name[0].use).toBe("official");
    expect(patient.name[0].given).toHaveLength(2);
    expect(patient.telecom[1].system).toBe("email");
    expect(patient.telecom[1].value).toMatch(/^\[REDACTED:email#\d+\]$/);
    expect(patient.identifier[0].system).toBe("urn:oid:2.16.840.1.113883.6.1000");
    expect(patient.meta.lastUpdated).toBe("2025-07-01T10:00:00.000Z");
    expect(patient.text.div).toMatch(
      /^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">\[REDACTED:narrative#1\]<\/div>$/,
    );
    expect(specimen.type.coding[0]).toEqual({
      system: "http://snomed.info/sct",
      code: "119297000",
      display: "Blood specimen",
    });
    expect(specimen.subject.reference).toBe("Patient/90210777");
    expect(specimen.collection.collectedDateTime).toBe("2025");
    expect(out.total).toBe(2);
    expect(Object.keys(patient)).toEqual(Object.keys(JSON.parse(fixture("patient-bundle.json")).entry[0].resource));
  });

  it("gives the same name the same placeholder (the reference display and the patient's name)", () => {
    expect(specimen.subject.display).toBe(patient.name[0].text);
  });

  it("redacts PHI search parameters in URLs", () => {
    expect(out.link[0].url).toMatch(/Patient\?family=\[REDACTED:name#\d+\]&birthdate=\[REDACTED:birth_date#\d+\]$/);
  });

  it("marks PHI findings restorable, and restores a false positive the user chose", () => {
    expect(r.findings.every((f) => f.category === "phi" && f.restorable)).toBe(true);
    const genderless = r.findings.find((f) => f.type === "address" && r.text.includes(`"city": "${f.placeholder}"`))!;
    const again = redact(fixture("patient-bundle.json"), "sandbox", [genderless.placeholder]);
    expect(JSON.parse(again.text).entry[0].resource.address[0].city).toBe("La Mancha");
  });
});

describe("FHIR in a client domain", () => {
  const r = redact(fixture("patient-bundle.json"), "client-prod");
  const out = JSON.parse(r.text);
  const patient = out.entry[0].resource;
  const specimen = out.entry[1].resource;

  it("reduces resources to their shape: resource type, element names, pseudonymised ids", () => {
    for (const value of [...IDENTIFYING, "90210777", "male"]) expect(r.text).not.toContain(value);
    expect(patient.resourceType).toBe("Patient");
    expect(patient.id).toBe("[REDACTED:patient_id#1]");
    expect(patient.gender).toBe("[REDACTED:value]");
    // Booleans and numbers keep their type (the resource stays valid FHIR); codes that are not about the person stay.
    expect(patient.active).toBe(true);
    expect(specimen.type.coding[0].code).toBe("119297000");
    expect(specimen.type.coding[0].display).toBe("Blood specimen");
    expect(Object.keys(patient)).toEqual(Object.keys(JSON.parse(fixture("patient-bundle.json")).entry[0].resource));
    expect(specimen.type.coding[0].system).toBe("http://snomed.info/sct");
  });

  it("pseudonymises patient ids consistently: the resource id, references and URLs", () => {
    expect(specimen.subject.reference).toBe("Patient/[REDACTED:patient_id#1]");
    expect(out.entry[0].fullUrl).toMatch(/\/Patient\/\[REDACTED:patient_id#1\]$/);
    expect(specimen.id).toMatch(/^\[REDACTED:resource_id#\d+\]$/);
  });

  it("keeps OperationOutcome and Bundle shells readable", () => {
    expect(out.type).toBe("searchset");
    const oo = fixture("operation-outcome.json");
    expect(redact(oo, "client-prod").text).toBe(oo);
  });

  it("pseudonymises the patient of a token response and patient= search parameters", () => {
    const tr = createRedactor({ environment: "client-nonprod", terms: [], restored: [] });
    const a = tr.redact({
      id: "t",
      kind: "token-response",
      text: '{"token_type":"Bearer","patient":"90210777","scope":"patient/Specimen.read"}',
    });
    expect(JSON.parse(a.text).patient).toBe("[REDACTED:patient_id#1]");
    const b = tr.redact({
      id: "u",
      kind: "text",
      text: "GET https://fhir-ehr.cerner.com/r4/0b8a0111-e8e6-4c26-a91c-5069cbc6b1ca/Specimen?patient=90210777&_count=10",
    });
    expect(b.text).toBe(
      "GET https://fhir-ehr.cerner.com/r4/0b8a0111-e8e6-4c26-a91c-5069cbc6b1ca/Specimen?patient=[REDACTED:patient_id#1]&_count=10",
    );
  });

  it("keeps the patient id in the sandbox (public test data)", () => {
    const text =
      "GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Specimen?patient=12724066";
    expect(
      createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "s", kind: "text", text }).text,
    ).toBe(text);
  });
});

describe("extensions on a person", () => {
  const patient = {
    resourceType: "Patient",
    id: "90210778",
    extension: [
      { url: "http://hl7.org/fhir/StructureDefinition/patient-mothersMaidenName", valueString: "Zorbleth" },
      {
        url: "http://hl7.org/fhir/StructureDefinition/patient-birthPlace",
        valueAddress: { city: "Ombrevale", state: "MO", country: "US" },
      },
      {
        url: "http://example.org/fhir/StructureDefinition/emergency-contact",
        valueContactPoint: { system: "phone", value: "(816) 555-0163", use: "mobile" },
      },
      {
        url: "http://example.org/fhir/StructureDefinition/other-name",
        valueHumanName: { use: "maiden", family: "Quandivar", given: ["Threnody"] },
      },
      {
        url: "http://example.org/fhir/StructureDefinition/insurance-member",
        valueIdentifier: { system: "urn:oid:1.2.3.4", value: "MBR-8812734" },
      },
      { url: "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex", valueCode: "F" },
      { url: "http://synthetichealth.github.io/synthea/disability-adjusted-life-years", valueDecimal: 0.2 },
    ],
    birthDate: "1961-04-23",
    _birthDate: {
      extension: [
        {
          url: "http://hl7.org/fhir/StructureDefinition/patient-birthTime",
          valueDateTime: "1961-04-23T14:35:45-05:00",
        },
      ],
    },
  };
  const bundle = JSON.stringify({ resourceType: "Bundle", type: "searchset", entry: [{ resource: patient }] }, null, 2);

  it("redacts mother's maiden name, birth place, contact points, names and identifiers held in extensions; keeps codes", () => {
    for (const env of ["sandbox", "client-prod"] as Environment[]) {
      const r = redact(bundle, env);
      for (const value of [
        "Zorbleth",
        "Ombrevale",
        "555-0163",
        "Quandivar",
        "Threnody",
        "MBR-8812734",
        "04-23",
        "14:35:45",
      ])
        expect(r.text).not.toContain(value);
    }
    const out = JSON.parse(redact(bundle).text).entry[0].resource;
    expect(out.extension[0].valueString).toMatch(/^\[REDACTED:name#\d+\]$/);
    expect(out.extension[1].valueAddress).toMatchObject({
      city: expect.stringMatching(/^\[REDACTED:address#\d+\]$/),
      state: "MO",
      country: "US",
    });
    expect(out.extension[2].valueContactPoint).toMatchObject({ system: "phone", use: "mobile" });
    expect(out.extension[4].valueIdentifier.system).toBe("urn:oid:1.2.3.4");
    expect(out.extension[5].valueCode).toBe("F");
    expect(out.extension[6].valueDecimal).toBe(0.2);
    expect(out._birthDate.extension[0].valueDateTime).toBe("1961");
  });
});

describe("patient ids in a client domain, outside a FHIR body", () => {
  const TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";
  const har = JSON.stringify({
    log: {
      version: "1.2",
      creator: { name: "WebInspector", version: "537.36" },
      entries: [
        {
          startedDateTime: "2025-07-28T15:21:14.123Z",
          request: {
            method: "GET",
            url: `https://fhir-ehr-code.cerner.com/r4/${TENANT}/Patient?_id=12724066`,
            headers: [],
            queryString: [{ name: "_id", value: "12724066" }],
          },
          response: {
            status: 200,
            headers: [],
            content: {
              mimeType: "application/fhir+json",
              text: JSON.stringify({
                resourceType: "Bundle",
                type: "searchset",
                entry: [{ resource: { resourceType: "Patient", id: "12724066" } }],
              }),
            },
          },
        },
      ],
    },
  });

  it("pseudonymises _id in a HAR's request URL and in its queryString pair, as the same patient", () => {
    const r = createRedactor({ environment: "client-prod", terms: [], restored: [] }).redact({
      id: "h",
      kind: "har",
      text: har,
    });
    expect(r.text).not.toContain("12724066");
    const entry = JSON.parse(r.text).log.entries[0];
    expect(entry.request.url).toBe(`https://fhir-ehr-code.cerner.com/r4/${TENANT}/Patient?_id=[REDACTED:patient_id#1]`);
    expect(entry.request.queryString[0]).toEqual({ name: "_id", value: "[REDACTED:patient_id#1]" });
  });

  it("pseudonymises ids in log lines: relative URLs and the id of a logged (cut-off) resource", () => {
    const log = [
      `2025-07-28T15:21:14Z INFO GET /r4/${TENANT}/Patient?_id=12724066 200`,
      `2025-07-28T15:21:15Z INFO GET /r4/${TENANT}/Observation?patient=12724066&_id=obs-77 200`,
      `2025-07-28T15:21:16Z DEBUG body={"resourceType":"Patient","id":"12724066","meta":{"versionId":"3"},"gender":"ma`,
    ].join("\n");
    const r = createRedactor({ environment: "client-prod", terms: [], restored: [] }).redact({
      id: "l",
      kind: "log",
      text: log,
    });
    expect(r.text).toBe(
      [
        `2025-07-28T15:21:14Z INFO GET /r4/${TENANT}/Patient?_id=[REDACTED:patient_id#1] 200`,
        `2025-07-28T15:21:15Z INFO GET /r4/${TENANT}/Observation?patient=[REDACTED:patient_id#1]&_id=[REDACTED:resource_id#1] 200`,
        `2025-07-28T15:21:16Z DEBUG body={"resourceType":"Patient","id":"[REDACTED:patient_id#1]","meta":{"versionId":"3"},"gender":"ma`,
      ].join("\n"),
    );
  });
});

describe("a sentence under a key the walk does not know", () => {
  it("is read as prose: a name and a street in it go, in the sandbox and in a client domain", () => {
    for (const environment of ["sandbox", "client-nonprod"] as const) {
      const out = redact('{"user":"Patient John Smith called from 12 Main Street"}', environment).text;
      expect(out).not.toContain("John Smith");
      expect(out).not.toContain("12 Main Street");
      expect(JSON.parse(out)).toHaveProperty("user");
    }
  });
  it("leaves codes, displays in capitals and short values alone", () => {
    const text =
      '{"display":"Body mass index","state":"KS","line":["403 S VALLEY, PO BOX 8"],"error":"insufficient_scope"}';
    expect(redact(text).text).toBe(text);
  });
});
