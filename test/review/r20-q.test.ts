// Review of s20-Q (person-name keys of seven languages, role mailboxes kept, XCN first component an identifier):
// leaks the new KEEP rules open in the same classes of input, written in other words than the engineer's tests.
import { describe, it } from "vitest";
import { expectRedacted } from "../redaction/lib/redact-text";

const MSH = "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202401151030||ORU^R01|MSG0001|P|2.5.1\r";
const PID = "PID|1||44821937^^^HOSP^MR||KOWALCZYK^IRENA||19610304|F\r";

describe("r20-q: role mailboxes kept whole leak the person they carry", () => {
  // isRoleMailbox accepts any `+tag`, so a person's name in the tag (sub-addressing per person) is kept with the role.
  it("a support+tag address whose tag is a person's name", () => {
    expectRedacted(
      "Ticket replies go to support+priya.raghunathan@clinic-portal.org; bounce came back from contact+jroe@clinic.org",
      ["priya.raghunathan", "jroe@"],
    );
  });

  // A one-person practice writes from info@ of a domain named after her: the display name's surname stays.
  it("a person's display name, surname first, before a role mailbox of her own practice", () => {
    expectRedacted(
      'From: "Roe, Jane" <info@janeroe-therapy.com>\nTo: Help Desk <helpdesk@vendor.com>\nSubject: login fails\n\nHi, it is Jane.',
      ["Roe", "Jane"],
    );
  });
});

describe("r20-q: a three-character first component of an XCN is not carried to other fields", () => {
  // Component 1 is now an identifier and 3-character identifiers are not carried: a practitioner's initials (an ID
  // many systems use) and a 3-letter surname written in component 1 survive in notes.
  it("a practitioner's initials as ID, repeated in an NTE note", () => {
    expectRedacted(MSH + PID + "PV1|1|I|WRD^12^B||||JRS^SMITH^JOHN\rNTE|1||Reviewed by JRS on ward\r", [
      "SMITH",
      "JRS",
    ]);
  });

  it("a three-letter surname in component 1 (no ID number), repeated in an NTE note", () => {
    expectRedacted(MSH + PID + "PV1|1|I|WRD^12^B||||LEE^ANNA^^^^DR\rNTE|1||Results phoned to LEE at 10:40\r", [
      "ANNA",
      "LEE",
    ]);
  });
});

describe("r20-q: Portuguese person keys", () => {
  // `nome` is read only beside person keys of the table; a CPF (a national number the reader itself redacts) is not
  // one, though the English `name` beside an `ssn` goes.
  it("a paciente's nome beside a CPF", () => {
    expectRedacted(JSON.stringify({ paciente: { nome: "João Carlos Silva", cpf: "123.456.789-09" } }, null, 2), [
      "João Carlos Silva",
    ]);
  });

  // Brazil's `nomeSocial` (a person's chosen name, a field of the national patient record) is not in the table.
  it("a nomeSocial beside the person's nome and sobrenome", () => {
    expectRedacted(
      JSON.stringify({ paciente: { nome: "João", sobrenome: "Silva", nomeSocial: "Joana Prado" } }, null, 2),
      ["João", "Joana Prado"],
    );
  });
});

describe("r20-q: a form's person-name parameters", () => {
  // phiParamType reads the bare parameter name only: a JSON:API or Ransack filter's bracketed key keeps the name.
  it("a JSON:API filter[first_name] and filter[last_name] in a request line", () => {
    expectRedacted(
      "GET https://crm.example.com/api/v2/contacts?filter[first_name]=Priya&filter[last_name]=Raghunathan&page=2 200",
      ["Priya", "Raghunathan"],
      ["https://crm.example.com/api/v2/contacts?", "&page=2 200"],
    );
  });
});

describe("r20-q: a label of a person's name in a validation error is no name's label", () => {
  // PERSON_LABEL_WORDS make `Vorname:`/`Prénom:` strong labels, so the error text after them goes as a name.
  it("German and French required-field errors keep their text", () => {
    expectRedacted(
      "HTTP 422 Unprocessable Entity\nFeld Vorname: darf nicht leer sein\nChamp Prénom: obligatoire",
      [],
      ["Vorname: darf nicht leer sein", "Prénom: obligatoire"],
    );
  });
});

describe("r20-q: FSH prose keeps a person's name words that are also role words or particles", () => {
  // closeInstance drops every name word in person-request.ts ROLE_WORDS or NAME_PARTICLES from the words looked for
  // in prose, whatever the instance: a real surname `Read` and a Vietnamese given name `Van` stay in the description.
  it("a patient called Mabel Read and one called Van Nguyen, named again in the descriptions", () => {
    expectRedacted(
      'Instance: PatientMR\nInstanceOf: Patient\nDescription: "Referred by Read after the fall"\n' +
        '* name.given = "Mabel"\n* name.family = "Read"\n\n' +
        'Instance: PatientVN\nInstanceOf: Patient\nDescription: "Interpreter booked for Van"\n' +
        '* name.given = "Van"\n* name.family = "Nguyen"\n',
      ["Mabel", "Nguyen", "by Read", "for Van"],
    );
  });
});
