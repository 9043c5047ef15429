// Classes of input that still leaked a labelled value or lost a fact on the real corpus (task Q, December 2026): one
// test per class, written in other words than the corpus file that showed it.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("survivor classes", () => {
  it("client domain: the coordinates nested in a geolocation extension of a patient's address go", () => {
    const patient = JSON.stringify({
      resourceType: "Patient",
      id: "a1",
      address: [
        {
          extension: [
            {
              url: "http://hl7.org/fhir/StructureDefinition/geolocation",
              extension: [
                { url: "longitude", valueDecimal: 4.8952 },
                { url: "latitude", valueDecimal: 52.3702 },
              ],
            },
          ],
          city: "Amsterdam",
        },
      ],
    });
    const out = expectRedacted(patient, ["4.8952", "52.3702", "Amsterdam"], ['"url":"latitude"'], "client-prod");
    JSON.parse(out);
  });

  it("an HL7 message concatenated over lines of code strings is read as one message, segment by segment", () => {
    const python = [
      'msg = ("MSH|^~\\&|LAB|HOSP|EHR|HOSP|20240301||ORU^R01|MSG00042|P|2.5.1\\r"',
      '       "PID|1||556677^^^HOSP^MR||QUILLBY^MARGOT||19610412|F\\r"',
      '       "PV1|1|O|CLINIC^1||||7788^HARROWGATE^SIMEON\\r"',
      '       "OBR|1||ORD-8812|2345-7^Glucose^LN|||20240301||||||||7788^HARROWGATE^SIMEON\\r")',
      "parser.parse(msg)",
    ].join("\n");
    const javascript = [
      'const msg = "MSH|^~\\\\&|LAB|HOSP|EHR|HOSP|20240301||ADT^A08|MSG00043|P|2.3\\r" +',
      '  "PID|1||990011^^^HOSP^MR||PENHALLOW^IVO||19790202|M\\r" +',
      '  "PV1|1|I|WARD^2|||||5566^TREMAYNE^OSWIN\\r";',
    ].join("\n");
    expectRedacted(
      python,
      ["556677", "QUILLBY", "MARGOT", "HARROWGATE", "SIMEON"],
      ["MSG00042", "ORD-8812", "2345-7^Glucose^LN", "parser.parse(msg)"],
    );
    expectRedacted(javascript, ["990011", "PENHALLOW", "TREMAYNE", "OSWIN"], ["ADT^A08", "MSG00043", "WARD^2"]);
    const csharp = [
      'var hl7 = "MSH|^~\\\\&|RIS|CLINIC|PACS|CLINIC|20240301||ORM^O01|MSG00044|P|2.4\\r";',
      'hl7 += "PID|1||330044^^^CLINIC^MR||ABERNETHY^LUCIUS||19500505|M\\r";',
      'hl7 += "ORC|NW|ORD-77||||||||||4411^VANTERPOOL^HESTER\\r";',
    ].join("\n");
    expectRedacted(csharp, ["330044", "ABERNETHY", "LUCIUS", "VANTERPOOL", "HESTER"], ["ORM^O01", "ORD-77", "hl7 += "]);
  });

  it("HL7 v3: the id of an element that is a person (a data enterer's assignedPerson) goes, a clinician's NPI stays", () => {
    const message = [
      '<PRPA_IN201305UV02 xmlns="urn:hl7-org:v3" ITSVersion="XML_1.0">',
      '  <id root="2.16.840.1.113883.4.349" extension="MCID-0042-77"/>',
      '  <controlActProcess classCode="CACT" moodCode="EVN">',
      '    <dataEnterer typeCode="ENT">',
      '      <assignedPerson classCode="ASSIGNED">',
      '        <id extension="58213907" root="2.16.840.1.113883.777.12"/>',
      "        <assignedPerson><name><given>Odile</given><family>Brackwater</family></name></assignedPerson>",
      "      </assignedPerson>",
      "    </dataEnterer>",
      '    <author><assignedAuthor><id extension="1234567893" root="2.16.840.1.113883.4.6"/></assignedAuthor></author>',
      "  </controlActProcess>",
      "</PRPA_IN201305UV02>",
    ].join("\n");
    expectRedacted(message, ["58213907", "Odile", "Brackwater"], ["MCID-0042-77", "1234567893", "PRPA_IN201305UV02"]);
  });

  it("an app's record: a clinician's name under `name` in an object held by their role goes, the specialty stays", () => {
    const visit = JSON.stringify({
      visitId: "v-2024-118",
      attendingPhysician: { id: "c0ffee12", name: "Helen Harcourt", specialty: "Cardiology" },
      nurse: { full_name: "Tobias Wrenfield", ward: "4B" },
    });
    expectRedacted(visit, ["Helen Harcourt", "Tobias Wrenfield"], ["v-2024-118", "Cardiology", "4B", "c0ffee12"]);
    // A service or a team under such a key is no person.
    expectRedacted(JSON.stringify({ doctor: { name: "triage-bot" } }), [], ["triage-bot"]);
  });

  it("a CJK nickname or login under its key goes (two characters are a whole name); CJK role words stay", () => {
    expectRedacted("Array\n(\n    [nickname] => 李雷\n    [province] => 广东\n)", ["李雷"], ["广东"]);
    expectRedacted('{"username": "山田花子", "status": 403}', ["山田花子"], ["403"]);
    expectRedacted("login: 관리자 failed", [], ["관리자"]);
  });
});
