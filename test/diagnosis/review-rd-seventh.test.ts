// Review of the seventh real-report batch's readers (NAMED_REFUSAL kinds: 406/415 format, client-assertion times and
// key, launch context, role, parameters missing): refusal words quoted from documentation, guessed, or told as fixed
// read as the failure; the same refusals in other servers' and libraries' words missed; an access token's expiry read
// as the client assertion's. Each `it.fails` states the behaviour a user needs and fails today.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";

const run = (text: string): Diagnosis => diagnose({ evidence: [{ id: "e1", text }] });
const titles = (d: Diagnosis) => d.findings.filter((f) => f.code === "NAMED_REFUSAL").map((f) => f.title);

describe("refusal words that the server did not say of this request", () => {
  // Wrong advice: a 406/415 quoted from documentation or told as fixed replaces the 401/403 the request really got.
  it("does not name a format refusal quoted from the docs or told as already fixed", () => {
    for (const said of [
      "I read in the docs that the server answers 415 Unsupported Media Type if the Content-Type is wrong, but my request gets 401.",
      "Per the HAPI documentation, a missing Accept header returns 406 Not Acceptable. Our call returns 401 Unauthorized.",
      "Solution: set the Content-Type to application/fhir+json, then the 415 went away and we got 403 Forbidden on Observation.",
    ])
      expect(titles(run(said)).join(" "), said).not.toMatch(/Accept header|media type/);
  });

  // Wrong advice: the author's guess ("Maybe … ?") and a documented rule are read as the server's refusal.
  it("does not name a client-assertion key, launch context or role refusal that is only guessed or quoted", () => {
    for (const said of [
      "Token call with client_credentials returns invalid_client. Maybe the kid is invalid? Not sure.",
      "The server returned 403 insufficient_scope. Note: without a launch context, patient/ scopes would not work, but we use user/ scopes.",
      "GET /Patient returns 403. The docs say a user not in an authorized role is refused.",
    ])
      expect(titles(run(said)), said).toEqual([]);
  });

  // Wrong cause: an access token's "jwt expired" on a FHIR call is read as the token endpoint refusing the assertion,
  // only because client_credentials is named on the line before.
  it("does not read an access token expired on a FHIR call as the client assertion's times", () => {
    const d = run(
      [
        "We use client_credentials (backend services) for our bulk job.",
        "After an hour GET /Observation returns 401: jwt expired",
      ].join("\n"),
    );
    expect(titles(d).join(" ")).not.toContain("client assertion");
  });
});

describe("the same refusals in other servers' and libraries' words", () => {
  // Missed: Azure AD's and Keycloak's words for an assertion out of its time window, summarised as no scope problem.
  it("reads a client assertion outside its valid time range (Azure AADSTS700024, Keycloak)", () => {
    for (const said of [
      "Token request with private_key_jwt fails: AADSTS700024: Client assertion is not within its valid time range.",
      "invalid_client: Client authentication with signed JWT failed: Token is not active",
    ])
      expect(titles(run(said)).join(" "), said).toContain("client assertion's times");
  });

  // Missed: "unable to find a public key matching kid" (words between "find" and "public key") and Azure's "key was not found".
  it("reads a client assertion's key not found in other words", () => {
    for (const said of [
      "invalid_client: Unable to find a public key matching kid k-9 for this client",
      "AADSTS700027: Client assertion contains an invalid signature. [Reason - The key was not found., Thumbprint of key used by client: 'ABC']",
    ])
      expect(titles(run(said)).join(" "), said).toContain("kid");
  });

  // Missed: node-oidc-provider's "missing required parameter(s) (redirect_uri)" and "redirect_uri is missing".
  it("names parameters said missing in brackets or without the word 'parameter'", () => {
    for (const said of [
      "error=invalid_request&error_description=missing+required+parameter(s)+(redirect_uri)",
      'Token request fails: {"error":"invalid_request","error_description":"redirect_uri is missing"}',
    ])
      expect(titles(run(said)).join(" "), said).toContain("redirect_uri");
  });

  // Missed: Spring's exception names and HttpStatus casing, and a bare status line, summarised as no scope problem.
  it("reads 406/415 in Java's words and an HTTP status line", () => {
    for (const said of [
      "org.springframework.web.HttpMediaTypeNotSupportedException: Content type 'text/plain;charset=UTF-8' not supported",
      "org.springframework.web.HttpMediaTypeNotAcceptableException: Could not find acceptable representation",
      "POST /fhir/Observation failed, response status: UNSUPPORTED_MEDIA_TYPE",
      "curl -H 'Accept: application/xml' https://fhir.example.org/r4/Patient/12 -> HTTP/1.1 406",
    ]) {
      const d = run(said);
      expect(d.summary, said).not.toMatch(/no scope problem|no blocking problem/i);
      expect(titles(d).join(" "), said).toMatch(/Accept header|media type/);
    }
  });
});

describe("a .NET HttpClient failure, whose message says 'does not indicate success'", () => {
  // Missed: the negation guard reads "does not indicate success: 406 (Not Acceptable)" as a denied 406 and the
  // reported failure is summarised as "No scope problem shows".
  it("reads .NET's 406 and 415 as format refusals", () => {
    for (const said of [
      "System.Net.Http.HttpRequestException: Response status code does not indicate success: 406 (Not Acceptable).",
      "System.Net.Http.HttpRequestException: Response status code does not indicate success: 415 (Unsupported Media Type).",
    ]) {
      const d = run(said);
      expect(d.summary, said).not.toMatch(/no scope problem|no blocking problem/i);
      expect(titles(d).join(" "), said).toMatch(/Accept header|media type/);
    }
  });

  // Pre-existing, same guard: .NET's 403 is summarised as no scope problem.
  it("never summarises .NET's 403 as no scope problem", () => {
    const d = run("GET Observation: Response status code does not indicate success: 403 (Forbidden).");
    expect(d.summary).not.toMatch(/no scope problem|no blocking problem/i);
  });
});

describe("parameters said missing", () => {
  // Wrong advice: a parameter name anywhere in the 600 characters after "Missing required parameter: <other>" — even
  // one said to be sent — is reported as the parameter the server did not get.
  it("does not name a parameter the text says was sent, after a refusal of another parameter", () => {
    for (const said of [
      "Missing required parameter: customerNumber. Note: client_id, state and scope are all sent.",
      "Billing API says: Missing required parameter: customerNumber. Our token request had 'scope' set to patient/Observation.read and worked.",
    ])
      expect(titles(run(said)), said).toEqual([]);
  });
});

describe("a FHIR search parameter said missing", () => {
  // Wrong advice: "Missing required parameter: code" in an Observation search's OperationOutcome is read as the OAuth
  // authorization code missing from a token request; the FHIR search's own parameter is the cause.
  it("does not read a FHIR search's missing 'code' parameter as an OAuth parameter", () => {
    const d = run(
      'GET https://fhir.example.org/r4/Observation?patient=123 returns 400: {"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"required","diagnostics":"Missing required parameter: code"}]}',
    );
    expect(titles(d).join(" ")).not.toContain("parameters it requires");
  });
});

describe("the numbers 406 and 415 that are not statuses", () => {
  // Wrong cause: "code 415.19" (an ICD-9 code), "LOINC code 406-1" and a Content-Length of 406 beside an Accept header
  // are read as HTTP 406/415, and a format refusal leads the summary over the 403/422/401 the request really got.
  it("does not read a clinical code or a Content-Length as a 406/415 status", () => {
    for (const said of [
      "POST Condition with ICD-9 code 415.19 (pulmonary embolism) fails with 403 Forbidden.",
      "Creating an Observation with LOINC code 406-1 returns 422 Unprocessable Entity",
      'curl -X POST -H "Accept: application/fhir+json" -H "Content-Length: 406" https://fhir.example.org/r4/Observation returns 401',
    ])
      expect(titles(run(said)).join(" "), said).not.toMatch(/Accept header|media type/);
  });
});

describe("a FHIR element named role", () => {
  // Wrong cause: a 422 validation message about a resource's role element ("Encounter.participant role missing") is
  // read as the caller lacking a role — a provisioning step for an administrator instead of a fix to the body.
  it("does not read a resource's missing role element as the caller's role refused", () => {
    const d = run("POST Encounter fails with 422: Encounter.participant role missing for practitioner");
    expect(titles(d).join(" ")).not.toContain("role it lacks");
  });
});
