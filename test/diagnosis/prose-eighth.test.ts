// Shapes the diagnosis did not read, found in the eighth batch of public reports: scope lists under bare markdown
// labels, a request refused for the app's registered client type, a token response said to come without its patient,
// an Authorization header sent empty (and FHIR's "login"/"security" issue types as refusals), a refusal naming the scope
// context it wanted, an app decoding an opaque access token, and an invalid_token on a JWT the caller signs itself.
// One group per class, in wordings of several servers and tools — never a report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { readScopeLists } from "~/diagnosis/prose/scope-lists";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();
const SCOPE_CAUSES = ["SCOPE_NOT_GRANTED", "SCOPE_REQUIRED_MISSING", "EMPTY_SCOPES", "PROVISIONING_QUESTION"];

describe("scope lists under a bare label", () => {
  it("reads **Asked:**-style one-word labels when a pure scope list follows", () => {
    const lists = readScopeLists([
      "The token comes back short.",
      "__Requested__:",
      "`patient/Patient.read patient/Observation.read launch/patient`",
      "",
      "### Granted:",
      "`patient/Patient.read launch/patient`",
    ]);
    expect(lists.map((l) => l.role)).toEqual(["requested", "granted"]);
    expect(lists[0].value).toContain("patient/Observation.read");
  });

  it("finds the scope dropped between the two lists, and names it", () => {
    const d = run(
      [
        "Observation reads fail with 403 after login.",
        "Requested:",
        "system/Patient.read system/Observation.read",
        "Returned:",
        "system/Patient.read",
      ].join("\n"),
    );
    expect(codes(d)).toContain("SCOPE_NOT_GRANTED");
    expect(advice(d)).toContain("observation");
  });

  it("takes no bare word for a label when no scope list follows it", () => {
    expect(readScopeLists(["Requested:", "a new token from the sandbox", "Returned:", "an error"])).toEqual([]);
  });
});

describe("a request refused for the app's client type", () => {
  for (const said of [
    '{"error":"invalid_request","error_description":"AADSTS9002326: Cross-origin token redemption is permitted only for the \'Single-Page Application\' client-type."}',
    "The token call fails: this grant type is not allowed for this client type.",
    "error: unauthorized_client — refresh tokens are only supported for confidential client types",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the registration and the call disagreeing`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("client type");
      expect(advice(d)).toContain("single-page application");
      for (const code of SCOPE_CAUSES) expect(codes(d)).not.toContain(code);
    });
  }

  it("does not read a type named in passing as a refusal", () => {
    const d = run("We registered the app with the web client type and the launch works.");
    expect(codes(d)).not.toContain("NAMED_REFUSAL");
  });
});

describe("a token response without its patient", () => {
  for (const said of [
    "The token response we get back has no patient field, so the app shows a blank chart.",
    'Our token call succeeds but the "patient" claim is missing from the JSON, and nothing loads.',
    "The access token response does not include the patient parameter even though we launched from the chart.",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as a missing patient context`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("launch/patient");
    });
  }

  it("reads a narrative opened by 'After the launch' as told, not as a rule", () => {
    const d = run("After the launch the token response has no patient field, so the app shows a blank chart.");
    expect(codes(d)).toContain("NAMED_REFUSAL");
  });

  it("does not read a FHIR search without a patient parameter as a missing launch context", () => {
    const d = run(
      "GET https://fhir.example.org/r4/Observation?code=1234 has no patient parameter and the token is fine.",
    );
    expect(advice(d)).not.toContain("needs a patient in context");
  });
});

describe("an Authorization header sent empty", () => {
  const refusal =
    '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"login","diagnostics":"Nicht angemeldet"}]}';
  for (const sent of [
    "curl -s https://fhir.example.org/r4/Patient/9 -H 'Accept: application/fhir+json' -H 'Authorization;'",
    "fetch(url, { headers: { Authorization: `Bearer undefined` } })",
    'headers = {"Authorization": ""}',
    "Authorization: Bearer null",
  ]) {
    it(`reads "${sent.slice(0, 50)}…" with a refusal as the credential never sent`, () => {
      const d = run(`${sent}\n${refusal}`);
      expect(codes(d)).toContain("INVALID_TOKEN");
      expect(advice(d)).toContain("empty");
      for (const code of SCOPE_CAUSES) expect(codes(d)).not.toContain(code);
    });
  }

  it("says nothing of an empty header when no refusal is shown", () => {
    const d = run("Our test sends -H 'Authorization;' on purpose to check the public metadata endpoint.");
    expect(codes(d)).not.toContain("INVALID_TOKEN");
  });

  it("reads a FHIR 'security' issue in another language as a failure, never as no problem", () => {
    const d = run(
      '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"security","diagnostics":"Acceso denegado: credenciales no válidas"}]}',
    );
    expect(d.findings.length).toBeGreaterThan(0);
    expect(d.summary).not.toMatch(/no blocking problem|^no problem/i);
  });
});

describe("a refusal naming the scope context it wanted", () => {
  it("names the context in the advice (a bulk export with no system/ scope)", () => {
    const d = run(
      [
        "Kick-off of the export fails:",
        '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","diagnostics":"Access denied: no system/ scopes granted for Group export"}]}',
      ].join("\n"),
    );
    expect(advice(d)).toContain("system/*.read");
  });
});

describe("an app decoding an opaque access token", () => {
  for (const said of [
    "TypeError: Cannot read properties of undefined (reading 'exp') at isTokenExpired (auth.js:12)",
    "Login works with the first EHR, but with the second jwtDecode(accessToken) crashes: Cannot read property 'scope' of null.",
    "It turns out their access tokens are not JWTs, so our expiry check breaks.",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the app's decoding, not the server's token`, () => {
      const d = run(said);
      expect(advice(d)).toContain("opaque");
      expect(codes(d)).not.toContain("TOKEN_EXPIRED");
      expect(codes(d)).not.toContain("INVALID_TOKEN");
    });
  }
});

describe("invalid_token on a JWT the caller signs itself", () => {
  it("tells to check the token's own header and signature", () => {
    const d = run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="jwt-signature", error="invalid_token", error_description="Token rejected"',
    );
    expect(codes(d)).toContain("INVALID_TOKEN");
    expect(advice(d)).toContain("signature verifies");
  });
});

// Held-out report FSE #874: an RFC 7807 problem body saying no token came, while the text says the header was sent.
describe("a gateway's problem body saying no token came", () => {
  for (const body of [
    '{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Missing bearer token"}',
    '{ "title": "AuthenticationRequired", "status": 401, "detail": "An access token is required for this API" }',
  ]) {
    it(`reads ${body.slice(0, 40)}… as no token seen, and says where a sent one gets lost`, () => {
      const d = run(`The call fails although we set the token header.\n${body}`);
      expect(codes(d)).toContain("INVALID_TOKEN");
      expect(advice(d)).toContain("underscores");
      for (const code of SCOPE_CAUSES) expect(codes(d)).not.toContain(code);
    });
  }

  it("reads a problem body's other statuses as a failure, not as no problem", () => {
    const d = run('{"title":"Forbidden","status":403,"detail":"Request content not authorized"}');
    expect(d.findings.length).toBeGreaterThan(0);
  });
});
