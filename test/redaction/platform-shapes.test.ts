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

describe("the caller's address in cloud audit records", () => {
  it("goes under CloudTrail's, Azure's and Google's keys; the record's ids and a server's address stay", () => {
    const cloudTrail = JSON.stringify(
      {
        eventSource: "healthlake.amazonaws.com",
        sourceIPAddress: "3.213.247.1",
        requestID: "68e62bdd-d2d4-44c1-af69-e6f055a69f99",
        serverIPAddress: "52.5.137.221",
      },
      null,
      2,
    );
    const azure = JSON.stringify({
      CallerIPAddress: "203.0.113.74",
      CorrelationId: "4a11c709-05f5-417c-a98d-6e81b3e29c58",
    });
    for (const [text, address] of [
      [cloudTrail, "3.213.247.1"],
      [azure, "203.0.113.74"],
    ]) {
      const out = redact(text);
      expect(out).not.toContain(address);
      expect(JSON.parse(out)).toBeTruthy();
    }
    expect(redact(cloudTrail)).toContain("68e62bdd-d2d4-44c1-af69-e6f055a69f99");
    expect(redact(cloudTrail)).toContain("52.5.137.221");
    expect(redact(azure)).toContain("4a11c709-05f5-417c-a98d-6e81b3e29c58");
  });

  it("goes in an entry copied from Google's Logs Explorer (bare keys), even written wrong; loopback stays", () => {
    const entry =
      '{  requestMetadata: {  callerIp: "12.586.9.1",  callerSuppliedUserAgent: "bigtable-1.4.0",  requestAttributes: {  time: "2020-12-10T03:22:59.373508362Z" } } }';
    const out = redact(entry);
    expect(out).not.toContain("12.586.9.1");
    expect(out).toContain("2020-12-10T03:22:59.373508362Z");
    expect(redact('{"remoteAddr": "127.0.0.1", "clientIp": "unknown"}')).toBe(
      '{"remoteAddr": "127.0.0.1", "clientIp": "unknown"}',
    );
  });
});

describe("an OperationOutcome's id in a client domain", () => {
  it("stays when the outcome is cut off or printed inside prose, as it does when read whole", () => {
    const cut =
      '{\n"resourceType": "OperationOutcome",\n"id": "ee7e49d7d4cf234381f938e8d1570f5b",\n"issue": [\n{\n"diagnostics": "Authorization failed';
    const logged =
      'console message: {"resourceType":"OperationOutcome","id":"54499ff5-2eea-4f08-84a5-733a44ff3d51",\n"issue":[{"severity":"error"}]}';
    expect(redact(cut, "client-prod")).toContain("ee7e49d7d4cf234381f938e8d1570f5b");
    expect(redact(logged, "client-prod")).toContain("54499ff5-2eea-4f08-84a5-733a44ff3d51");
    // A patient's resource id printed the same way is still pseudonymised there.
    const patient = 'got {"resourceType":"Observation","id":"54499ff5-2eea-4f08-84a5-733a44ff3d51",\n"status":"final"';
    expect(redact(patient, "client-prod")).not.toContain("54499ff5-2eea-4f08-84a5-733a44ff3d51");
  });
});

describe("identities in integration payloads and audit records", () => {
  it("takes a patient's {ID, IDType} identifiers and policy number in a Redox payload; the destination's id stays", () => {
    const payload = JSON.stringify({
      Meta: {
        DataModel: "Financial",
        Destinations: [{ ID: "af394f14-b34a-464f-8d24-895f370af4c9", Name: "Redox EMR" }],
      },
      Patient: {
        Identifiers: [
          { ID: "0000000001", IDType: "MR" },
          { ID: "e167267c-16c9-4fe3-96ae-9cff5703e90a", IDType: "EHRID" },
        ],
      },
      Visit: { Insurances: [{ PolicyNumber: "9140860055", Plan: { ID: "31572", IDType: "Payor ID" } }] },
    });
    const out = redact(payload);
    for (const v of ["0000000001", "e167267c-16c9-4fe3-96ae-9cff5703e90a", "9140860055"]) expect(out).not.toContain(v);
    for (const v of ["af394f14-b34a-464f-8d24-895f370af4c9", "31572"]) expect(out).toContain(v);
  });

  it("keeps a CloudTrail session issuer's role name, and takes an IAM user's name", () => {
    const event = JSON.stringify({
      userIdentity: {
        type: "AssumedRole",
        arn: "arn:aws:sts::123456789012:assumed-role/RoleToBeAssumed/MySessionName",
        sessionContext: {
          sessionIssuer: {
            type: "Role",
            arn: "arn:aws:iam::123456789012:role/RoleToBeAssumed",
            userName: "RoleToBeAssumed",
          },
        },
      },
    });
    expect(redact(event)).toContain("arn:aws:iam::123456789012:role/RoleToBeAssumed");
    expect(redact(JSON.stringify({ userIdentity: { type: "IAMUser", userName: "Alice" } }))).not.toContain("Alice");
  });
});
