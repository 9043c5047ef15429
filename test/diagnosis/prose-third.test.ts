// Shapes found in the third batch of public reports (test/fixtures/diagnosis/real/, the 14 added last) that the
// diagnosis did not read: one group per class of miss, each a short paste in that shape — never the report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";

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
