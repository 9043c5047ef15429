// Review RD of the ninth diagnosis batch (s21-D): misreadings the new readers (consent refused, client authentication
// refused, the audience called the "resource", the redirect URI called the "reply address", an error named after its
// response, expiry named as the cause, "After <event>" narratives) bring on ordinary text of the same classes, in other
// words. Each is an expected failure: the assertion is what a user needs. Every over-reading here was read correctly
// (no such finding) before the merge.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { placeholderReason } from "~/ticket/identifiers";

const run = (text: string): Diagnosis => diagnose({ evidence: [{ id: "e1", text }] });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const titles = (d: Diagnosis) => d.findings.map((f) => f.title.toLowerCase()).join("\n");
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();

describe("review RD: the consent reader takes a patient's privacy consent for the app's permissions", () => {
  // CONSENT_REFUSED matches "consent is required" / "has not consented" with any subject: a FHIR Consent (the patient's
  // privacy choice, enforced by the FHIR server) becomes "the identity provider issues no token … grant admin consent".
  for (const said of [
    "Patient consent is required before the server returns data governed by a FHIR Consent resource; GET Observation returns an empty Bundle.",
    "The patient has not consented to share her records (Consent.status = rejected), so GET /Observation?patient=123 returns 403.",
    "Consent is required only for patient-facing apps; our backend service gets 403 on GET /Observation.",
  ])
    it(`does not advise admin consent for: ${said.slice(0, 60)}…`, () => {
      const d = run(said);
      expect(advice(d)).not.toContain("admin consent");
      expect(titles(d)).not.toContain("identity provider issues no token");
    });
});

describe("review RD: the client-auth reader takes a public client's description for a refusal", () => {
  // "no client credentials" / "no client authentication" describe a public (PKCE) client; the reader calls it the token
  // endpoint refusing the client's authentication, and the summary hides the invalid_grant actually shown.
  for (const said of [
    "We use a public client with no client credentials (PKCE only); GET /Patient/123 returns 403 insufficient_scope.",
    "The app is a native public client: no client authentication at the token endpoint, just PKCE. Token request returns 400 invalid_grant.",
    "Our service has no client authentication failed alerts; the token endpoint returns 400 invalid_grant.",
  ])
    it(`does not read a refusal of the client's authentication in: ${said.slice(0, 60)}…`, () => {
      const d = run(said);
      expect(titles(d)).not.toContain("did not accept how the client authenticated");
    });
});

describe("review RD: the 'resource' audience reader takes a FHIR resource for the audience", () => {
  // The lookahead accepts "resource identifier" / "resource URI" after "invalid resource": a FHIR OperationOutcome about
  // a resource body becomes "the authorization server refused the aud (audience)".
  for (const said of [
    "POST /Observation returns 400 OperationOutcome: Invalid resource: the resource identifier Observation/abc is not valid for update.",
    "The invalid resource in the bundle (resource URI urn:uuid:abc) makes the transaction fail with 400.",
  ])
    it(`does not read an audience refusal in: ${said.slice(0, 60)}…`, () => {
      expect(advice(run(said))).not.toContain("aud (audience)");
    });
});

describe("review RD: 'reply address' read as the redirect URI wherever it appears", () => {
  // REDIRECT_MENTION now takes any "reply address": a mailbox's is read as the redirect_uri refused, over a 403.
  it("does not read an e-mail reply address as the redirect_uri refused", () => {
    const d = run(
      "Our support mailbox rejected the reply address, but that's unrelated. GET /Observation returns 403 insufficient_scope.",
    );
    expect(titles(d)).not.toContain("redirect_uri");
  });
});

describe("review RD: expiry named as the cause, also when denied", () => {
  // The new "due to token expiry" branch is not checked for negation: "it is not due to token expiry" adds TOKEN_EXPIRED.
  it("does not read 'not due to token expiry' as the token expiring", () => {
    const d = run(
      "Token works, but it is not due to token expiry: the token was issued two minutes ago and GET Patient returns 401.",
    );
    expect(codes(d)).not.toContain("TOKEN_EXPIRED");
  });
});

describe("review RD: an OAuth error named after its response, quoted from the docs", () => {
  // NAMED_OAUTH's new "response with …" branch is not checked with toldAsFact: a documented case becomes the error seen.
  it("does not take the docs' 'a 400 response with invalid_grant' for the error received", () => {
    const d = run(
      "The docs describe a 400 response with invalid_grant when the refresh token is revoked. Our refresh succeeds, but GET /Patient returns 403.",
    );
    expect(codes(d)).not.toContain("KNOWN_ERROR_CODE");
  });

  // Same branch, "an error saying …" in a conditional tip: invalid_client leads over the 403 insufficient_scope shown.
  it("does not take a tip's 'an error saying invalid_client' for the error received", () => {
    const d = run(
      "If you ever see an error saying invalid_client, rotate the secret. Our GET /Observation returns 403 insufficient_scope.",
    );
    expect(codes(d)).not.toContain("KNOWN_ERROR_CODE");
  });
});

describe("review RD: 'After <event>' narratives read only with a one-word event", () => {
  // RULE_BEFORE's exception wants determiner + ONE word + subject: "After the EHR launch, …" or "After upgrading the
  // library, …" stays a rule, so the refusal told is dropped and the summary says no problem shows.
  for (const said of [
    "After the EHR launch, the token endpoint says client authentication failed.",
    "After upgrading the library, the token endpoint says client authentication failed.",
    "After the Epic launch, the sign-in page says the administrator has not consented to the app.",
  ])
    it(`reads the refusal told in: ${said.slice(0, 60)}…`, () => {
      expect(codes(run(said))).toContain("NAMED_REFUSAL");
    });
});

describe("review RD: the same classes in other languages", () => {
  // The consent reader knows English words and AADSTS codes only: Entra ID's own German and Japanese messages for
  // AADSTS65001, without the code, give "No scope problem shows" for a sign-in told to fail.
  for (const said of [
    'Sign-in fails: Der Benutzer oder Administrator hat der Verwendung der Anwendung mit der ID "x" nicht zugestimmt.',
    "サインインに失敗します:「ユーザーまたは管理者は、アプリケーションの使用に同意していません」と表示されます。",
  ])
    it(`reads consent not granted in: ${said.slice(0, 40)}…`, () => {
      expect(advice(run(said))).toContain("admin consent");
    });
});

describe("review RD: a value its author masked only in part", () => {
  // The masked-value marker takes only values with no hex digit: a UUID with its middle starred is called a malformed
  // Client ID (IDENTIFIER_FORMAT) in the diagnosis and "a UUID such as …" in the form, not a masked placeholder.
  it("takes a partly starred UUID for a masked placeholder", () => {
    expect(placeholderReason("ecd13b72-****-****-****-8b0a57a130fd")).not.toBeNull();
    expect(codes(run("Client ID: ecd13b72-****-****-****-8b0a57a130fd. GET /Patient returns 403."))).not.toContain(
      "IDENTIFIER_FORMAT",
    );
  });
});
