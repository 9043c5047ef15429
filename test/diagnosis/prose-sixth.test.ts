// Shapes the diagnosis did not read, found in the sixth batch of public reports: a refusal whose message names its
// cause (the audience, the redirect URI, a key set the server could not fetch, a grant that needs a new sign-in), an
// authorize URL whose aud is a bare server root, and a failed request logged as its URL followed by its status. One
// group per class, in wordings of several servers and tools — never a report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { readNamedRefusals } from "~/diagnosis/prose/named-refusals";
import { readLoggedRequests } from "~/diagnosis/prose/logged-requests";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();

describe("an audience refused, as the message says", () => {
  for (const said of [
    "The authorize call fails: Invalid audience parameter https://fhir.example.org/base",
    'Okta keeps answering "An invalid audience was specified on the authorize request."',
    "redirected back with error=bad_audience&error_description=Bad%20audience%20value",
    "We get the error: the aud parameter is not recognized by the server.",
    "ERROR AuthController - audience value does not match any known resource server",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the aud refused`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("aud");
      expect(advice(d)).toContain("fhir base url");
    });
  }

  it("does not read an audience merely mentioned, or a refusal in a hypothetical", () => {
    for (const said of [
      "We set aud to the FHIR base URL and the launch works.",
      "If the aud is invalid the server would show an error page.",
      "The audience field in Okta is https://fhir.example.org/base.",
    ])
      expect(codes(run(said)), said).not.toContain("NAMED_REFUSAL");
  });
});

describe("an authorize URL whose aud is a bare server root", () => {
  it("says the aud must be the FHIR base, not the server's root, when the authorize step failed", () => {
    const d = run(
      [
        "Our authorize request fails with invalid_request:",
        "https://auth.example.org/oauth2/authorize?response_type=code&client_id=abc&aud=https%3A%2F%2Fapi.example.org%2F&scope=openid&state=1",
      ].join("\n"),
    );
    expect(codes(d)).toContain("NAMED_REFUSAL");
    expect(advice(d)).toContain("fhir base url");
  });

  it("does not flag an aud that names a FHIR base with its path", () => {
    const d = run(
      [
        "Our authorize request fails with invalid_request:",
        "https://auth.example.org/oauth2/authorize?response_type=code&client_id=abc&aud=https%3A%2F%2Fapi.example.org%2Ffhir%2FR4&scope=openid",
      ].join("\n"),
    );
    expect(codes(d)).not.toContain("NAMED_REFUSAL");
  });
});

describe("a redirect URI refused, as the message says", () => {
  for (const said of [
    "Keycloak shows: Invalid parameter: redirect_uri",
    "Google answers Error 400: redirect_uri_mismatch",
    "The login page says the redirect URI specified in the request does not match the ones registered for the client.",
    'Error: "Unable to validate the redirect_uri passed in."',
    "authorization fails because the redirectUri is not whitelisted for this app",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the redirect URI refused`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("redirect_uri");
      expect(advice(d)).toContain("registered");
    });
  }

  it("does not read a redirect URI described as registered or working", () => {
    for (const said of [
      "The redirect URI I specify in the authorize call is registered with my app.",
      "After login we are redirected to the redirect_uri with a code.",
      "If the redirect_uri does not match, the server would show an error page.",
    ])
      expect(codes(run(said)), said).not.toContain("NAMED_REFUSAL");
  });
});

describe("a redirect URI altered by a trailing slash, told in words", () => {
  for (const said of [
    "The SDK appends a trailing slash to our redirect_uri, which breaks the login.",
    "Our framework is adding an extra trailing slash in the redirect URI and sign-in fails because of it.",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the redirect URI not matching its registration`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("trailing slash");
      expect(d.summary).not.toMatch(/no blocking problem/i);
    });
  }

  it("does not read a trailing slash described as registered, or as a hypothesis", () => {
    for (const said of [
      "We registered the redirect_uri with a trailing slash and send it the same way.",
      "If the library adds a trailing slash to the redirect_uri, the server would refuse it.",
    ])
      expect(codes(run(said)), said).not.toContain("NAMED_REFUSAL");
  });
});

describe("a key set the authorization server could not fetch", () => {
  it("says the server fetches the JWKS URL itself, and names the certificate chain when TLS failed", () => {
    const d = run(
      '{"error":"invalid_client","error_description":"Requesting the remote JWKS returned an error.\\nError: unable to get local issuer certificate"}',
    );
    expect(codes(d)).toContain("NAMED_REFUSAL");
    expect(advice(d)).toContain("jwks");
    expect(advice(d)).toContain("certificate chain");
  });

  for (const said of [
    "invalid_client: could not fetch the jwks_uri registered for this client",
    "The server failed to retrieve the JWK Set from our URL (timeout).",
  ]) {
    it(`reads "${said.slice(0, 50)}…" as the key set not fetched`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("jwks");
      expect(advice(d)).not.toContain("certificate chain");
    });
  }

  it("leaves a kid missing from a fetched key set to its own reading", () => {
    const d = run("id_token validation fails: could not find key ID abc in the JWKS");
    expect(codes(d)).not.toContain("NAMED_REFUSAL");
  });
});

describe("a grant the server will not renew", () => {
  it("says to start a new authorization when the refresh is refused with 'must re-authenticate'", () => {
    const d = run(
      'POST /token grant_type=refresh_token → {"error":"invalid_grant","error_description":"Refresh token expired. The user needs to sign in again."}',
    );
    expect(codes(d)).toContain("NAMED_REFUSAL");
    expect(advice(d)).toContain("authorize again");
    expect(advice(d)).toContain("refresh");
  });

  it("does not read advice to re-authenticate as a refusal", () => {
    expect(codes(run("If the session ends, the user should re-authenticate, as documented."))).not.toContain(
      "NAMED_REFUSAL",
    );
  });
});

describe("a failed request logged as its URL followed by its status", () => {
  for (const [line, status] of [
    ["request failed: error during request https://fhir.example.org/R4/ServiceRequest/123 - 403 - 403 Forbidden", 403],
    ["WARN fetch https://fhir.example.org/R4/Procedure?patient=1 returned 403", 403],
    ["GET https://fhir.example.org/R4/Goal/7 -> 404 Not Found", 404],
    ["https://fhir.example.org/R4/Device?patient=1: 403", 403],
  ] as const) {
    it(`reads "${line.slice(0, 50)}…"`, () => {
      const got = readLoggedRequests([line]);
      expect(got).toHaveLength(1);
      expect(got[0].status).toBe(status);
    });
  }

  it("names the resource type refused with 403 in the advice, as a scope matter and not a token failure", () => {
    const d = run(
      "Some resources sync, others fail:\nskipping resource: error during request https://fhir.example.org/R4/ServiceRequest/abc - 403 - 403 Forbidden []",
    );
    expect(advice(d)).toContain("servicerequest");
    expect(advice(d)).toContain("scope");
    expect(codes(d)).not.toContain("INVALID_TOKEN");
    expect(codes(d)).not.toContain("TOKEN_EXPIRED");
  });

  it("does not read a URL followed by a number that is no status", () => {
    expect(readLoggedRequests(["see https://fhir.example.org/R4/Patient/12724066 - 2024 notes"])).toHaveLength(0);
    expect(readLoggedRequests(["https://fhir.example.org/R4/Patient/1 200 OK"])).toHaveLength(0);
  });
});

describe("hostile input to the sixth batch's readers", () => {
  const MB = 1_000_000;
  it("reads 1 MB of repeated mentions without refusal words, with no line end", () => {
    const text = "redirect_uri aud= jwks key set audience re ".repeat(MB / 44);
    expect(readNamedRefusals([text])).toEqual([]);
  });
  it("reads 1 MB of authorize URLs with aud= and no closing delimiter", () => {
    const text = "https://a/authorize?aud=https%3A%2F%2F" + "x".repeat(MB);
    expect(readNamedRefusals([text, text]).length).toBeLessThanOrEqual(1);
  });
  it("reads 1 MB of URLs glued to one another and of lines of dashes", () => {
    expect(readLoggedRequests(["https://".repeat(MB / 8)])).toEqual([]);
    expect(readLoggedRequests(Array.from({ length: 1000 }, () => "http://h/" + "- ".repeat(500)))).toEqual([]);
  });
});
