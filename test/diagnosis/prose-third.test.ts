// Shapes found in the third batch of public reports (test/fixtures/diagnosis/real/, the 14 added last) that the
// diagnosis did not read: one group per class of miss, each a short paste in that shape — never the report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { growth } from "../hostile/work-meter";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();
const AUTH_CAUSES = ["SCOPE_REQUIRED_MISSING", "SCOPE_NOT_GRANTED", "INVALID_TOKEN", "EMPTY_SCOPES", "TOKEN_EXPIRED"];

describe("a failure told without a status word the reader knew", () => {
  it("reads a status label line ('400 - OperationOutcome') before an error body as the request's content failing", () => {
    const d = run(
      [
        "Updating a Condition keeps failing. The server sends back this:",
        "",
        "400 - OperationOutcome",
        '{ "resourceType": "OperationOutcome", "issue": [ { "severity": "error", "code": "invalid" } ] }',
        "",
        "PUT /r4/{tenant}/Condition/123",
        "Authorization: Bearer <token with the write scope>",
      ].join("\n"),
    );
    expect(advice(d)).toContain("not an authorization problem");
    for (const c of AUTH_CAUSES) expect(codes(d)).not.toContain(c);
  });

  it("reads 'returns error' and an OperationOutcome cut off after its issue code as a content failure", () => {
    const d = run(
      [
        "Sending this JSON Patch to an Encounter returns error",
        "",
        "{",
        '  "resourceType": "OperationOutcome",',
        '  "issue": [',
        "    {",
        '      "severity": "error",',
        '      "code": "business-rule",',
        '      "details": { "coding": [ { "system": "http://termin',
      ].join("\n"),
    );
    expect(d.summary).not.toMatch(/^No (?:scope )?problem/i);
    expect(advice(d)).toContain("not an authorization problem");
  });

  it("reads an OperationOutcome told in words ('failing with an OperationOutcome … Invalid request') as a content failure", () => {
    const d = run(
      "Creating a Condition keeps failing with an OperationOutcome response that says Invalid request.\n\nPayload:\n{",
    );
    expect(advice(d)).toContain("not an authorization problem");
    for (const c of AUTH_CAUSES) expect(codes(d)).not.toContain(c);
  });

  it("does not take an OperationOutcome's 'forbidden' issue as a content failure", () => {
    const d = run(
      [
        "The search returns error",
        '{ "resourceType": "OperationOutcome",',
        '  "issue": [ { "severity": "error", "code": "forbidden" } ] }',
      ].join("\n"),
    );
    expect(advice(d)).not.toContain("not an authorization problem");
  });

  it("reads 'Failed to call FHIR service' as a failed FHIR call and asks for the token response and the registration", () => {
    const d = run("My app shows: Failed to call FHIR Service\nIt happens right after the sandbox login.");
    expect(d.summary).not.toMatch(/^No (?:scope )?problem/i);
    expect(codes(d)).toContain("FAILURE_UNEXPLAINED");
    expect(advice(d)).toContain("token response");
    expect(advice(d)).toMatch(/registered/);
  });
});

describe("a scope said to be missing from the token", () => {
  it("reads 'the response is missing the openid scope' with the granted list as openid not granted", () => {
    const d = run(
      [
        "The token response is missing the **openid** scope, so no id_token comes back.",
        "",
        "The scope returned from the token endpoint is:",
        "",
        "launch online_access",
        "patient/Patient.read",
      ].join("\n"),
    );
    expect(codes(d)).toContain("SCOPE_NOT_GRANTED");
    expect(advice(d)).toContain("openid");
    expect(d.summary).not.toMatch(/no problem found/i);
  });

  it("does not read a scope the text only says is present", () => {
    const d = run("The token has the openid scope and the id_token comes back.\nThe scope returned is: openid launch");
    expect(codes(d)).not.toContain("SCOPE_NOT_GRANTED");
  });
});

describe("an error named by its catalogue name", () => {
  it("reads a quoted error page title ('\"Launch Code Required\" error') as the catalogue URN, with standalone advice", () => {
    const d = run(
      'Our standalone flow opens the authorize endpoint without a launch value and I get a "Launch Code Required" error.',
    );
    expect(codes(d)).toContain("KNOWN_ERROR_CODE");
    expect(advice(d)).toContain("launch/patient");
  });

  it("reads a kebab-case name in backticks (`client-persona-mismatch`) as the catalogue URN", () => {
    const d = run("| patient authorize endpoint | ❌ `client-persona-mismatch` |");
    expect(codes(d)).toContain("KNOWN_ERROR_CODE");
    expect(advice(d)).toContain("persona");
  });

  it("does not read an ordinary quoted phrase, or a title case phrase that is not called an error", () => {
    expect(codes(run('The docs call this step "Launch Code Required" in the diagram.'))).not.toContain(
      "KNOWN_ERROR_CODE",
    );
    expect(codes(run('We named our build "fast-track-release" and it works.'))).not.toContain("KNOWN_ERROR_CODE");
  });
});

describe("refresh failures and the browser's CORS check", () => {
  it("reads a refresh refused for want of offline_access as a refresh failure, with the scopes that issue one", () => {
    const d = run("Calling client.refresh() gives: Error: Unable to refresh. No offline_access scope found.");
    expect(d.summary).not.toMatch(/^No (?:scope )?problem/i);
    expect(advice(d)).toMatch(/online_access/);
    expect(advice(d)).toMatch(/offline_access/);
  });

  it("says to keep the refresh token when a refresh response carries none", () => {
    const d = run(
      "Our sync re-authorizes with the refresh token; reauthorization fails after the first time because the server does not return a new refresh token in the response.",
    );
    expect(advice(d)).toMatch(/keep|reuse/);
    expect(advice(d)).toContain("refresh token");
  });

  it("reads 'blocked by CORS policy' as the browser's refusal, not an authorization problem", () => {
    const d = run(
      "Access to fetch at 'https://authorization.cerner.com/tenants/t/protocols/oauth2/profiles/smart-v1/token' from origin 'http://localhost:3000' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
    );
    expect(advice(d)).toContain("cors");
    for (const c of AUTH_CAUSES) expect(codes(d)).not.toContain(c);
  });
});

describe("a launch page opened without iss", () => {
  it("reads 'no authorization server is identified' as a launch without iss and launch", () => {
    const d = run(
      "Opening my launch.html in the browser shows an error: no authorization server is identified. Should I pass 'iss' myself?",
    );
    expect(advice(d)).toContain("iss and launch");
  });
});

describe("the SMART profile of the endpoints against the app's SMART version", () => {
  const authorize = (profile: string) =>
    `https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/${profile}/personas/patient/authorize?response_type=code&client_id=app&scope=openid+launch%2Fpatient+patient%2FPatient.rs`;

  it("flags a SMART v2 app sent to the smart-v1 authorize endpoint", () => {
    const d = run(`The app is registered as SMART v2. The tokens come back without scopes.\n${authorize("smart-v1")}`);
    expect(codes(d)).toContain("PROFILE_VERSION_MISMATCH");
    expect(advice(d)).toContain("smart-v2");
  });

  it("reads the profile through markdown bold in an abbreviated path", () => {
    const d = run(
      "App summary: **SMART Version = SMART v2**\n| `…/profiles/**smart-v1**/personas/patient/authorize` | ❌ |",
    );
    expect(codes(d)).toContain("PROFILE_VERSION_MISMATCH");
  });

  it("is silent when the profile matches the app's version, or the app's version is not known", () => {
    expect(codes(run(`The app is registered as SMART v2.\n${authorize("smart-v2")}`))).not.toContain(
      "PROFILE_VERSION_MISMATCH",
    );
    expect(codes(run(authorize("smart-v1")))).not.toContain("PROFILE_VERSION_MISMATCH");
  });
});

describe("what the findings around those readings say", () => {
  it("does not claim a 403 when the only failure is a scope said to be missing", () => {
    const d = run(
      "The token response is missing the openid scope.\nThe scope returned is: launch patient/Patient.read",
    );
    expect(d.summary).not.toMatch(/403/);
  });

  it("explains unknown-tenant at the wrong profile's endpoint by the profile, not by provisioning", () => {
    const d = run(
      "App: SMART v2.\n`…/profiles/smart-v1/personas/patient/authorize` → `unknown-tenant`\n`…/profiles/smart-v2/personas/patient/authorize` → login page",
    );
    expect(codes(d)).toContain("PROFILE_VERSION_MISMATCH");
    expect(codes(d)).not.toContain("CLIENT_NOT_ON_TENANT");
  });
});

describe("the third batch's readers stay linear", () => {
  it("a log with a named error, a refresh and CORS failure, a missing scope, an outcome and a profile on every line", () => {
    const make = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `${i} returns error \`unknown-tenant\` "Launch Code Required" error; unable to refresh, blocked by CORS policy; missing the openid scope; 400 - OperationOutcome {"resourceType": "OperationOutcome", "code": "business-rule"} …/profiles/smart-v1/x no authorization server is identified`,
      ).join("\n");
    expect(growth(make, (text) => void run(`SMART v2 app.\n${text}`), 400)).toBeLessThan(6);
  });
});
