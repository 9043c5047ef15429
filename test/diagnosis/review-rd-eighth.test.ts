// Review RD of the eighth diagnosis batch (s20-D): misreadings the new readers (empty credentials, token decoding,
// "no token", FHIR "security"/"login" issues, RFC 7807 bodies, a token response without its patient) bring on inputs
// of the same classes in other words. Each is an expected failure: the assertion is what a user needs.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";

const run = (text: string): Diagnosis => diagnose({ evidence: [{ id: "e1", text }] });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();

const SCOPE_403 =
  'HTTP/1.1 403 Forbidden\n{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","diagnostics":"Bearer realm=\\"fhir\\", error=\\"insufficient_scope\\", scope=\\"patient/Observation.read\\""}]}';

const CURL_EMPTY = "curl -H 'Authorization;' https://fhir-ehr-code.cerner.com/r4/t/Patient/1";

describe("review RD: the empty-credential reader over-reads", () => {
  // EMPTY_AUTHORIZATION's last branch takes code that concatenates the token ('"Bearer " + token') for an empty header.
  for (const code of [
    `Our code: headers = { Authorization: "Bearer " + accessToken }\n${SCOPE_403}`,
    `axios.get(url, { headers: { Authorization: 'Bearer ' + localStorage.getItem('token') } }) fails:\n${SCOPE_403}`,
  ])
    it(`does not read code building the header from a variable as sent empty: ${code.slice(0, 40)}…`, () => {
      const d = run(code);
      expect(advice(d)).not.toContain("sent empty");
      expect(codes(d)).not.toContain("INVALID_TOKEN");
    });

  // readEmptyAuthorization never asks toldAsFact: a rule quoted from the docs counts as what was sent.
  it("does not take a docs rule about 'Bearer undefined' for the request that was sent", () => {
    const d = run(
      'Per the docs, sending "Bearer undefined" returns a 401. We send a real token.\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    );
    expect(advice(d)).not.toContain("sent empty");
  });

  // Same: an empty header told as the fixed cause hides the 403 insufficient_scope that remains.
  it("does not let an empty header told as fixed replace the scope refusal still shown", () => {
    const d = run(
      'Fixed: we were sending Bearer undefined, now it works. Remaining: GET /Observation returns 403 insufficient_scope.\nHTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", scope="patient/Observation.read"',
    );
    expect(codes(d)).not.toContain("INVALID_TOKEN");
    expect(advice(d)).not.toContain("sent empty");
  });

  // EMPTY_STEP quotes "Bearer undefined"; the output's own redaction turns it into "Bearer [credential removed]".
  it("keeps its own advice readable (the example it quotes is not redacted away)", () => {
    const d = run(
      `${CURL_EMPTY}\n{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"login","diagnostics":"Authentication required"}]}`,
    );
    expect(advice(d)).toContain("sent empty");
    expect(advice(d)).not.toContain("[credential removed]");
  });

  // emptyCredential needs failureShown(): a 401 status line under the curl command is no "failure shown", so the
  // empty header the reader found is dropped and the summary blames an expired token instead.
  it("names the empty header when curl's 'Authorization;' is followed by a bare 401 status line", () => {
    const d = run(`${CURL_EMPTY}\nHTTP/1.1 401 Unauthorized`);
    expect(advice(d)).toContain("sent empty");
  });
});

describe("review RD: the token-decoding reader over-reads", () => {
  // CLAIM_OF_NOTHING takes any JS read of iss/scope/sub on undefined (a launch's lost state) for a decoded access token.
  it("does not blame access-token decoding for a launch's undefined state object", () => {
    const d = run(
      "The launch fails with \"TypeError: Cannot read properties of undefined (reading 'iss')\" in fhirclient when opening from Code Console. HTTP 400 on the authorize call.",
    );
    expect(advice(d)).not.toContain("decodes its access token");
  });

  // NOT_A_JWT is not checked with toldAsFact, and stageOf puts tokenDecoded before the scope reading of a 403.
  it("does not let a docs note that access tokens are opaque override a 403's scope advice", () => {
    const d = run(
      "Note from the SMART docs: the access token is not a JWT and clients must not parse it. Our app gets 403 Forbidden on every Observation search.",
    );
    expect(advice(d)).not.toContain("not an authorization or scope problem");
    expect(advice(d)).toContain("scope");
  });
  // The stage of the refusal: a 403 the FHIR server returned is its answer to the token, whatever the app's decoding.
  it("keeps a FHIR 403's scope advice when the app's own decoding also fails", () => {
    const d = run(
      "Our dashboard logs \"Cannot read property 'exp' of null\" and GET /Observation?patient=12724066 returns 403 Forbidden.",
    );
    expect(advice(d)).not.toContain("not an authorization or scope problem");
  });
});

describe('review RD: "no token" read in other contexts', () => {
  // TOKEN_REQUIRED matches "Token is required to …" and "no token signing key": a token was sent and refused.
  for (const description of [
    "Token is required to contain the aud claim",
    "no token signing key matches kid abc",
    "missing token audience",
  ])
    it(`does not say no token was sent for invalid_token "${description}"`, () => {
      const d = run(
        `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="fhir", error="invalid_token", error_description="${description}"`,
      );
      expect(codes(d)).toContain("INVALID_TOKEN");
      expect(advice(d)).not.toContain("no access token was sent");
    });
});

describe("review RD: new error shapes read as refusals", () => {
  // fromOperationOutcome takes issue code "security" without looking at severity: an information issue is no refusal.
  it("does not read an information-severity 'security' issue as a failure", () => {
    const d = run(
      '{"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"security","diagnostics":"Access logged for audit"}]}',
    );
    expect(codes(d)).not.toContain("FAILURE_UNEXPLAINED");
  });

  // Any 401 problem body counts as an access-token refusal, even a token endpoint's client-authentication failure.
  it("does not blame the access token for a 401 problem body about client authentication", () => {
    const d = run(
      '{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Client authentication failed: unknown client_id"}',
    );
    expect(advice(d)).not.toContain("refused the access token");
    expect(advice(d)).not.toContain("rejected the token itself");
  });
});

// Review RD's observation: the steps for a header a proxy drops and for a caller-signed token's x5c header came from one
// report each; they are shown only when their evidence is.
describe("review RD: single-report steps only with their evidence", () => {
  it("leaves out the caller-signed token step on a plain invalid_token", () => {
    const d = run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="fhir", error="invalid_token", error_description="Token rejected"',
    );
    expect(advice(d)).not.toContain("x5c");
  });

  it("gives it when the caller says it signs the token", () => {
    const d = run(
      'We sign the JWT with our certificate.\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="fhir", error="invalid_token", error_description="Token rejected"',
    );
    expect(advice(d)).toContain("x5c");
  });

  it("leaves out the underscore-header step when nothing says a token header was sent", () => {
    const d = run('{"type":"about:blank","title":"Unauthorized","status":401,"detail":"Missing bearer token"}');
    expect(codes(d)).toContain("INVALID_TOKEN");
    expect(advice(d)).not.toContain("underscores");
  });
});

describe("review RD: a token response without its patient, over-read", () => {
  // PATIENT_NOT_RETURNED fires on a search's patient parameter when the line names "launch" and no URL-shaped call.
  it("does not read a search's missing patient parameter as a missing launch context", () => {
    const d = run(
      "The token works but the launch page does not include the patient parameter in our Observation search so it returns 400.",
    );
    expect(advice(d)).not.toContain("patient in context");
  });
});
