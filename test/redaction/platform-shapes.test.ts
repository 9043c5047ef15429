// Shapes pasted from FHIR platforms and test tools beyond Oracle (the `platform-` corpus files): what a user would
// notice — the person's values gone, the facts support needs kept.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import type { Environment } from "~/ticket/schema";

const redact = (text: string, environment: Environment = "sandbox") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "p", kind: "text", text }).text;

describe("a curl command whose body is written over many lines", () => {
  const script = [
    "# get access token",
    "TOKEN=`jq '.accessToken' token.json`",
    'ARG="Authorization: Bearer ${TOKEN:1:-1}"',
    "",
    "curl \\",
    "-X POST https://api.redoxengine.com/endpoint \\",
    '-H "Content-Type: application/json" \\',
    "-d '{",
    '\t"Meta": {"DataModel": "PatientAdmin", "EventDateTime": "2017-05-18T22:30:58.611Z"},',
    '\t"Patient": {',
    '\t\t"Demographics": {',
    '\t\t\t"FirstName": "Timothy",',
    '\t\t\t"LastName": "Bixby",',
    '\t\t\t"DOB": "2008-01-06",',
    '\t\t\t"Address": {"City": "Monroe", "ZIP": "53566"}',
    "\t\t}",
    "\t}",
    "}'",
    "echo done",
    "",
  ].join("\n");

  it("reads the body as JSON after a script's other lines: every demographic goes", () => {
    const out = redact(script);
    for (const v of ["Timothy", "Bixby", "2008-01-06", "Monroe", "53566"]) expect(out).not.toContain(v);
    for (const v of ["https://api.redoxengine.com/endpoint", "2017-05-18T22:30:58.611Z", '"DataModel": "PatientAdmin"'])
      expect(out).toContain(v);
    expect(out).toContain("echo done");
  });

  it("does not follow a quote opened in prose after a command: the next lines are still read as prose", () => {
    const out = redact("We ran curl -d '{\"a\":1}' and it's fine\nThe patient Jane Roe (DOB 01/06/2008) was seen\n");
    expect(out).not.toContain("Jane Roe");
    expect(out).not.toContain("01/06/2008");
  });
});
