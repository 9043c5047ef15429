// Review of s19-C (merge 0748d7a: national ids found bare by shape and check digit, national identifier systems, FSH
// instance names). Each `it.fails` is a defect shown on the merged code: it turns red the day the defect is fixed.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectRedacted, redact } from "../redaction/lib/redact-text";

describe("over-redaction: ids and stamps that a bare national-id shape takes", () => {
  // Any 11-digit token whose date and two mod-11 checks pass is taken as a fødselsnummer, with no label or system:
  // about 1 in 600 random 11-digit ids, here a request id in a response header (kept before the merge).
  it("an 11-digit opc-request-id in a response header stays", () => {
    expectRedacted(
      "HTTP/1.1 404 Not Found\nopc-request-id: 15108695088\nDate: Mon, 15 Jan 2024 10:30:00 GMT",
      [],
      ["opc-request-id: 15108695088"],
    );
  });

  // A FHIR resource's own id in JSON is taken as a fødselsnummer (kept before the merge).
  it("an 11-digit FHIR resource id stays", () => {
    expectRedacted('{"resourceType":"Encounter","id":"15108695088","status":"finished"}', [], ['"id":"15108695088"']);
  });

  // The Danish CPR branch checks only that DDMMYY is a date, so every YYMMDD-HHMM (or -NNNN) stamp of 2001-2031 is a
  // "CPR": 100% of sampled build stamps (isStampedTime only spares the 4-digit-year form).
  it("build stamps and release numbers written YYMMDD-NNNN stay", () => {
    expectRedacted(
      "Release 231015-0001 of the connector; build 240115-1030 deployed\nX-Request-Id: 240115-1030\nHTTP 502",
      [],
      ["231015-0001", "build 240115-1030", "X-Request-Id: 240115-1030"],
    );
  });
});

describe("leaks: national ids and personal facts written in other common layouts", () => {
  // The RUT shape requires the thousands dots; APIs and forms write it without them (`12345678-5`).
  it("a Chilean RUT without dots goes", () => {
    expectRedacted("El RUT del paciente 12345678-5 no es válido en el servicio", ["12345678-5"], ["no es válido"]);
  });

  // Names under Spanish/Portuguese keys and dd/mm/yyyy birth dates were not read (the task's named class); mended by
  // one table of person keys per language (person-name-keys.ts) beside birth-date-keys.ts.
  it("names and birth dates under Spanish and Portuguese JSON keys go", () => {
    expectRedacted(
      '{"nombre": "María José", "apellidos": "García López", "fecha_nacimiento": "02/03/1970", "estado": "activo"}',
      ["María José", "García López", "02/03/1970"],
      ['"estado": "activo"'],
    );
    expectRedacted('{"nome": "João da Silva", "sobrenome": "Souza", "data_nascimento": "02/03/1970"}', [
      "João da Silva",
      "Souza",
      "02/03/1970",
    ]);
  });

  // A French label line: `Prénom` itself was taken as a name and the given name after it survived; the label words of
  // person-name-keys.ts are labels now, never names.
  it("a given name after the French label Prénom goes, and the label stays", () => {
    expectRedacted("Nom: Dupont, Prénom: Jean, né le 2 mars 1970", ["Dupont", "Jean"], ["Prénom"]);
  });

  // Aadhaar is found only in groups of four; the same number written as 12 bare digits survives.
  it("an Aadhaar written as twelve bare digits beside its label goes", () => {
    expectRedacted("Aadhaar 234123412346 rejected by ABDM", ["234123412346"], ["rejected by ABDM"]);
  });
});

describe("FSH instance names: a person's name words taken from every title and comment", () => {
  // FshPeople removed each given/family word (3+ letters) from every Title/Description line: a test patient named
  // "Test Patient" took the word "Test" out of the file's prose. A placeholder person's words are carried no more.
  it("ordinary words that are also a placeholder name stay in titles", () => {
    expectRedacted(
      'Instance: AppointmentPatient\nInstanceOf: Patient\nTitle: "Test patient for the Appointment API"\n' +
        '* name.family = "Patient"\n* name.given = "Test"\n',
      [],
      ['Title: "Test patient for the Appointment API"'],
    );
  });
});

describe("national identifier types: the value is looked for past the identifier's own object", () => {
  // NATIONAL_TYPE reads the first "value" within 300 characters after `v2-0203 … NI`, not bounded by the identifier's
  // `}`: with the value written before its type, the next identifier's value (an organisation's HPI-O, which
  // isOrganisationSystem keeps) is marked national and removed (kept before the merge).
  it("an organisation's identifier after a national-typed identifier stays", () => {
    expectRedacted(
      '{"resourceType":"Patient","id":"p1","identifier":[{"value":"9434765919","type":{"coding":[{"system":' +
        '"http://terminology.hl7.org/CodeSystem/v2-0203","code":"NI"}]}}],"managingOrganization":{"identifier":' +
        '{"system":"http://ns.electronichealth.net.au/id/hi/hpio/1.0","value":"8003621566684455"}}}',
      ["9434765919"],
      ['"value":"8003621566684455"'],
    );
  });
});

describe("side effect on HL7 v2 text (redaction-diff against the merge's first parent)", () => {
  // Since the merge the PV1 assigned location's facility code `SSH` (PV1-3, a place, not a person) is replaced as a
  // name in hl7-hapi-issue-oru-java-concat.md, with the doctor's XCN (which rightly goes now); kept before the merge.
  // Cause: OBR-10 (an XCN) holds `SSH` alone, read as a name and carried to every kept field; XCN-1 is the person's ID
  // number, and an identifier of three characters is no longer carried.
  it("the facility code of a visit's assigned location stays", () => {
    const text = readFileSync("test/corpora/real-artifacts/hl7-hapi-issue-oru-java-concat.md", "utf8");
    expect(redact(text, "sandbox", "text")).toContain("PV1||O|SSH^SUNSHINE ACC");
  });
});
