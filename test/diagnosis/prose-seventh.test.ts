// Shapes the diagnosis did not read, found in the seventh batch of public reports: a request's format refused (406 on
// the Accept header, 415 on the body's Content-Type), a client assertion refused for its times or its key, a patient
// context missing, a role the caller lacks, parameters the server says it did not get, and a FHIR "forbidden" issue
// pasted without its status. One group per class, in wordings of several servers and tools — never a report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { readContextRefusals } from "~/diagnosis/prose/context-refusals";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();
const AUTHORIZATION_CAUSES = ["SCOPE_NOT_GRANTED", "SCOPE_REQUIRED_MISSING", "INVALID_TOKEN", "TOKEN_EXPIRED"];

describe("the Accept header refused (406)", () => {
  for (const said of [
    "GET https://fhir.example.org/dstu2/Patient/12 returned HTTP 406 Not Acceptable",
    "HttpClientErrorException: 406 NOT_ACCEPTABLE: Accept header application/fhir+json",
    'The response body says "Invalid Accept type: see the docs for supported formats"',
    "Our FHIR calls now fail, the server tells us the accept header is not supported.",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as a format refusal, not an authorization one`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("accept");
      expect(advice(d)).toContain("application/json+fhir");
      expect(advice(d)).toContain("not an authorization problem");
      for (const code of AUTHORIZATION_CAUSES) expect(codes(d)).not.toContain(code);
    });
  }

  // Held-out report client-py #111: the Accept header named before the 406, the server's behaviour told as a habit.
  it("reads the Accept header named before its 406, and a 406 shown only by its status", () => {
    for (const said of [
      "Since the upgrade the gateway checks our Accept values and answers 406 for the old one.",
      "GET https://fhir.example.org/r4/abc/Patient/7 - 406",
      "Every metadata call fails with status 406.",
    ]) {
      const d = run(said);
      expect(codes(d), said).toContain("NAMED_REFUSAL");
      expect(advice(d), said).toContain("accept");
      expect(advice(d), said).toContain("not an authorization problem");
    }
  });

  it("does not read a 406 that is only a number, or a sentence that is not a refusal", () => {
    for (const said of [
      "Patient 406 loads fine, Observation too.",
      "We set Accept: application/fhir+json on every call.",
      "That answer is not acceptable to our product team.",
    ])
      expect(codes(run(said)), said).not.toContain("NAMED_REFUSAL");
  });
});

describe("the body's media type refused (415)", () => {
  for (const said of [
    "POST /fhir/Observation -> 415 Unsupported Media Type",
    "error: media type 'text/plain' is not supported for this resource",
    "The PATCH fails because the Content-Type header is invalid, says the server.",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the Content-Type refused`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("content-type");
      expect(advice(d)).toContain("not an authorization problem");
    });
  }
});

describe("a client assertion refused for its times", () => {
  for (const said of [
    [
      "POST /oauth2/token grant_type=client_credentials&client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer",
      '{"error":"invalid_client","error_description":"iat claim is in the future"}',
    ].join("\n"),
    "invalid_client: client assertion rejected, exp claim too far in the future",
    "Our backend services token call fails: the JWT has expired before it reached the server (clock skew on the VM?)",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the assertion's iat/exp refused`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("iat");
      expect(advice(d)).toContain("clock");
    });
  }

  it("leaves an id_token's times to the app's own check", () => {
    const d = run("Login fails in our library: id_token iat is in the future, clock skew of 2 minutes");
    expect(d.findings.some((f) => f.title.includes("client assertion"))).toBe(false);
  });
});

describe("a client assertion refused for its key", () => {
  for (const said of [
    'token endpoint: {"error":"invalid_client","error_description":"Public key not found: abc123"}',
    "the redirect carried error=invalid_client&error_description=Public+key+not+found:+k-9",
    "private_key_jwt login fails with: kid not registered for this client",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as no registered key for the kid`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("kid");
      expect(advice(d)).toContain("jwks");
    });
  }
});

describe("a patient context missing", () => {
  for (const said of [
    'OperationOutcome: "patient/* scopes cannot be used without a patient context"',
    "The token works for user calls but the server says: no patient in context",
    "ERROR SmartFilter - launch context is missing for patient-scoped request",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as launch/patient not requested`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("launch/patient");
    });
  }
});

describe("a role the caller lacks", () => {
  for (const said of [
    '403 {"message":"The service principal does not have the required role for this operation"}',
    "Access denied: user is not in an authorized role",
    "WARN authz - app role missing for client 3f2a, request refused",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as a role to grant`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("role");
    });
  }
});

describe("parameters the server says it did not get", () => {
  it("names them from the message, quoted or after a colon", () => {
    const d = run("authorize answered invalid_request: Missing required parameter: redirect_uri");
    expect(codes(d)).toContain("NAMED_REFUSAL");
    expect(d.summary).toContain("redirect_uri");
    const pkce = run("Sorry, there was an error: The mandatory 'code_challenge' parameter is missing.");
    expect(advice(pkce)).toContain("code_challenge");
  });

  it("names the empty fields of a request dump, mapped to their wire names", () => {
    const d = run(
      'Error: required request parameters are missing {"clientId":"abc","redirectUri":null,"scope":"","aud":"https://fhir.example.org"}',
    );
    expect(d.summary).toContain("redirect_uri");
    expect(d.summary).toContain("scope");
    expect(d.summary).not.toContain("client_id");
  });

  it("reads nothing from a missing parameter that names no OAuth parameter", () => {
    expect(readContextRefusals(["Missing required parameter: customerNumber"])).toEqual([]);
    expect(readContextRefusals(["If a parameter is missing, the server answers 400."])).toEqual([]);
    // A list of required parameters quoted from documentation is a rule, not a refusal.
    expect(readContextRefusals(["Parameters required: response_type, client_id, redirect_uri"])).toEqual([]);
  });
});

describe("a FHIR forbidden issue pasted without its status", () => {
  it("reads it as a 403 and names the caller's role or privileges besides the scope", () => {
    const d = run(
      [
        "metadata works, but reading an Encounter gives:",
        '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","diagnostics":"Access denied."}]}',
      ].join("\n"),
    );
    expect(d.summary).not.toMatch(/no scope problem|no blocking problem/i);
    expect(advice(d)).toContain("403");
    expect(advice(d)).toContain("role");
  });
});
