// A personal value removed in one place of a paste (an MRN in an HL7 PID segment or a FHIR identifier, a patient's
// name in a JSON member) goes wherever else it stands in that paste, with the same placeholder: in a note, a SQL
// clause, a URL, a log line — and in the other items of the ticket.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { isSpecific } from "~/redaction/known-personal";
import { gone, kept, redact } from "./lib/redact-text";

const PID =
  "MSH|^~\\&|EPIC|HOSP|CERNER|HOSP|20240115093000||ADT^A08|MSG00001|P|2.5\n" +
  "PID|1||QX48291377^^^HOSP^MR||Yefremova^Faina^D||19750312|F|||12 Elm Road^^Springfield^IL^62701||(217)555-0143\n";

const FHIR =
  '{"resourceType":"Patient","id":"12724066","identifier":[{"system":"urn:oid:2.16.840.1.113883.6.1000",' +
  '"value":"ZK77812093"}],"name":[{"text":"Faina Yefremova","family":"Yefremova","given":["Faina"]}]}\n';

describe("a personal value found once goes everywhere in the paste", () => {
  it("an MRN read from a PID segment goes from the log lines, SQL and URLs under it", () => {
    const out = redact(
      PID +
        "2024-01-15T09:30:01Z ERROR no encounter for QX48291377 (tenant ec2458f2-1e24-4b3b-a1e6-0ec5ae3e3f3d)\n" +
        "SELECT * FROM enc WHERE ext_ref = 'QX48291377';\n" +
        "GET /api/v1/Patient/QX48291377/Encounter HTTP/1.1\n",
    );
    gone(out, "QX48291377", "Yefremova");
    kept(
      out,
      "ADT^A08",
      "MSG00001",
      "ec2458f2-1e24-4b3b-a1e6-0ec5ae3e3f3d",
      "/Encounter HTTP/1.1",
      "SELECT * FROM enc",
    );
    // One value, one placeholder: every occurrence reads the same.
    const placeholders = new Set(out.match(/\[REDACTED:identifier#\d+\]/g));
    expect(placeholders.size).toBe(1);
  });

  it("a name and an identifier of a FHIR resource go from the prose and the query after it, in any case", () => {
    for (const environment of ["sandbox", "client-prod"] as const) {
      const out = redact(
        FHIR +
          "checked with faina yefremova on the phone, her chart says Yefremova and the wristband zk77812093\n" +
          "GET /fhir/r4/Patient?identifier=ZK77812093&_count=10 -> 200 OK\n",
        environment,
      );
      gone(out, "faina yefremova", "Yefremova", "zk77812093", "ZK77812093");
      kept(out, "_count=10 -> 200 OK", "checked with", "on the phone");
      // The sandbox keeps a resource's id (a client domain pseudonymises it).
      if (environment === "sandbox") kept(out, '"id":"12724066"');
    }
  });

  it("a single-word surname goes in capitals too, as HL7 and EHR lists write it; not in another case", () => {
    const json = '{"resourceType":"Patient","name":[{"family":"Yefremova","given":["F"]}]}\n';
    const out = redact(json + "list: YEFREMOVA, F. (seen); the yefremova-team slug stays\n");
    gone(out, "YEFREMOVA");
    kept(out, "yefremova-team");
  });
  it("a value glued to other letters or digits is another word, and is kept", () => {
    const out = redact(FHIR + "batch ZK778120931 and XZK77812093 are other ids; Yefremovana is another word\n");
    kept(out, "ZK778120931", "XZK77812093", "Yefremovana");
    // A surname alone is carried as it is written, never into a slug or a host named after a word.
    kept(
      redact(FHIR + "deployed yefremova-service to yefremova.example.org\n"),
      "yefremova-service",
      "yefremova.example",
    );
  });

  it("a value found in an earlier item of the ticket goes from a later one", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    const [, later] = redactor.redactItems([
      { id: "a", kind: "text", text: PID },
      { id: "b", kind: "log", text: "09:30:01 WARN retrying lookup of QX48291377 after 503" },
    ]);
    gone(later.text, "QX48291377");
    kept(later.text, "09:30:01 WARN retrying lookup of", "after 503");
  });

  it("only specific values are carried: not short numbers, common words or a town alone", () => {
    const value = (type: string, v: string) => isSpecific({ value: v, type, category: "phi", placeholder: "" });
    expect(value("identifier", "QX48291377")).toBe(true);
    expect(value("identifier", "1234")).toBe(false);
    expect(value("name", "Faina Yefremova")).toBe(true);
    expect(value("name", "Yefremova")).toBe(true);
    expect(value("name", "Faina")).toBe(false);
    expect(value("name", "Quill^Odessa")).toBe(true);
    expect(value("name", "Quill^")).toBe(false);
    expect(value("email", "faina.y@example.org")).toBe(true);
    expect(value("phone", "(217)555-0143")).toBe(true);
    expect(value("phone", "555-01")).toBe(false);
    expect(value("birth_date", "1975-03-12")).toBe(true);
    expect(value("birth_date", "1975")).toBe(false);
    expect(value("address", "Springfield")).toBe(false);
    expect(value("address", "12 Elm Road")).toBe(true);
    // A field's label taken for a name, a form's filler number: nobody's.
    expect(value("name", "Full Name")).toBe(false);
    expect(value("name", "Patient Name")).toBe(false);
    expect(value("identifier", "999999999")).toBe(false);
    // A generated resource id stays a fact where the ticket keeps it.
    expect(value("identifier", "129c6ac7-8d06-89de-ad63-0204a93e76c3")).toBe(false);
  });

  it("a 1 MB paste of resource references, id members and capitalised runs without a slash finishes", () => {
    const text =
      FHIR +
      '"reference": "Patient/ZK7781209" "id": "ZK7781209" <id value="x<reference value="Patient/'.repeat(20_000) +
      "PatientABC".repeat(30_000);
    const out = redact(text, "sandbox", "log");
    kept(out, "Patient/ZK7781209");
  });
  it("a 1 MB paste of repeated values and near misses finishes", () => {
    const text = FHIR + "ZK7781209 ZK77812093x Yefremov ".repeat(35_000) + "faina yefremova ".repeat(5_000);
    const out = redact(text, "sandbox", "log");
    gone(out, "faina yefremova");
  });
});
