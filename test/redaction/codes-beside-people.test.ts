// Words a person's record shares with the codes and prose around it: a placeholder test patient's name words in an
// FSH file's titles, a role player's short ID in HL7 v2 that is also a location's code. The person's own fields go;
// the same letters elsewhere, which name a place or say what the file is, stay.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("FSH: only a real person's name words are looked for in titles and comments", () => {
  it("a guest account called Guest User leaves the title's words, a named one does not", () => {
    expectRedacted(
      'Instance: GuestUserPatient\nInstanceOf: Patient\nTitle: "Guest user for the login flow"\n' +
        '* name.given = "Guest"\n* name.family = "User"\n\n' +
        'Instance: SecondPatient\nInstanceOf: Patient\nDescription: "Elspeth Rowntree, seen twice"\n' +
        '* name.given = "Elspeth"\n* name.family = "Rowntree"\n',
      ["Elspeth", "Rowntree"],
      ['Title: "Guest user for the login flow"'],
    );
  });

  it("the particles of a Dutch surname stay in the description", () => {
    expectRedacted(
      'Instance: PatientNL\nInstanceOf: Patient\nDescription: "Patient van de huisartsenpost, zie der Hoek"\n' +
        '* name.family = "van der Hoek"\n* name.given = "Anouk"\n',
      ["Anouk"],
      ["Patient van de huisartsenpost, zie der"],
    );
  });
});

describe("FSH: a real person's name words that are also role words or particles are looked for", () => {
  it("a practitioner called Ilse Staff is found again in a comment; a guest account's words stay in the title", () => {
    expectRedacted(
      "Instance: DrStaff\nInstanceOf: Practitioner\n// Staff signs the discharge letters\n" +
        '* name.given = "Ilse"\n* name.family = "Staff"\n\n' +
        'Instance: Guest\nInstanceOf: Patient\nTitle: "Test user for the staff portal"\n' +
        '* name.given = "Test"\n* name.family = "User"\n',
      ["Ilse", "Staff signs"],
      ['Title: "Test user for the staff portal"'],
    );
  });
});

describe("HL7 v2: a role player's short ID is not carried to a location's field", () => {
  it("the ward code WRD in PV1-3 stays when OBR-10's collector is WRD", () => {
    expectRedacted(
      "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202401151030||ORU^R01|MSG0001|P|2.5.1\r" +
        "PID|1||44821937^^^HOSP^MR||KOWALCZYK^IRENA||19610304|F\r" +
        "PV1|1|I|WRD^12^B|||||0099812^OKONKWO^CHIDI^^^DR\r" +
        "OBR|1||ORD771|2345-7^GLUCOSE^LN|||202401151000|||WRD\r",
      ["KOWALCZYK", "IRENA", "OKONKWO", "CHIDI", "0099812"],
      ["PV1|1|I|WRD^12^B"],
    );
  });

  it("an ordering provider's initials as ID are carried to the note, the ward's code is not", () => {
    expectRedacted(
      "MSH|^~\\&|LAB|HOSP|EHR|HOSP|202401151030||ORU^R01|MSG0001|P|2.5.1\r" +
        "PID|1||44821937^^^HOSP^MR||KOWALCZYK^IRENA||19610304|F\r" +
        "PV1|1|I|ICU^04^A\r" +
        "OBR|1||ORD771|2345-7^GLUCOSE^LN|||202401151000|||ICU||||||MJT^TAN^MEI\r" +
        "NTE|1||Critical value called to MJT, patient in ICU\r",
      ["TAN", "MEI", "MJT"],
      ["PV1|1|I|ICU^04^A", "patient in ICU"],
    );
  });

  it("a doctor written one field early, in PV1-6, is no location: the ID is carried to TXA", () => {
    expectRedacted(
      "MSH|^~\\&|EHR|HOSP|DMS|HOSP|20240101120000||MDM^T02|MSG0002|P|2.5\r" +
        "PV1|1|I|ICU^101^A|||DRX04^OKAFOR^NNEKA^MD\r" +
        "TXA|1|DS|TX|20240101120000|DRX04^OKAFOR^NNEKA^MD\r",
      ["DRX04", "OKAFOR", "NNEKA"],
      ["ICU^101^A"],
    );
  });
});
