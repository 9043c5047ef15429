// Shapes the diagnosis did not read, found in the ninth batch of public reports: identity providers' refusals for
// consent not granted, for the audience called the "resource", and for the redirect URI called the "reply URL"; the
// client's own authentication refused at the token endpoint in words; an OAuth error named after the error that
// carried it; a token expiry named as the cause; a header value set in markdown bold; and a value its author masked.
// One group per class, in wordings of several servers and tools — never a report's own text.
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { parseAuthParams } from "~/diagnosis/errors";
import { placeholderReason } from "~/ticket/identifiers";

const run = (...texts: string[]): Diagnosis =>
  diagnose({ evidence: texts.map((text, i) => ({ id: `e${i + 1}`, text })) });
const codes = (d: Diagnosis) => d.findings.map((f) => f.code);
const advice = (d: Diagnosis) =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps])].join("\n").toLowerCase();
const SCOPE_CAUSES = ["SCOPE_NOT_GRANTED", "SCOPE_REQUIRED_MISSING", "EMPTY_SCOPES"];

describe("consent not granted", () => {
  for (const said of [
    "Sign-in ends with AADSTS65004: the user declined to consent to access the app.",
    "Our Okta tenant answers error=consent_required when the SMART app asks for patient/*.read.",
    "The error page says an administrator has not consented to the FHIR API permissions of this app.",
  ])
    it(`reads "${said.slice(0, 50)}…" as consent to grant, not as scopes`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("admin consent");
      for (const code of SCOPE_CAUSES) expect(codes(d)).not.toContain(code);
    });

  it("does not read consent given, or asked for, as a refusal", () => {
    const d = run("The patient has consented to sharing; we ask the user to consent on the first screen and it works.");
    expect(advice(d)).not.toContain("admin consent");
  });
});

describe("the audience called the resource", () => {
  it("reads 'the resource principal named … was not found' as the audience refused", () => {
    const d = run(
      "Token request fails: AADSTS500011: The resource principal named https://fhir.contoso.example was not found in the tenant named contoso.",
    );
    expect(codes(d)).toContain("NAMED_REFUSAL");
    expect(advice(d)).toContain("aud (audience)");
  });

  it("reads an invalid resource with the resource value it came with as the audience refused", () => {
    const d = run("ADFS says: Invalid resource. Resource value from request: https://wrong.example.org/fhir");
    expect(advice(d)).toContain("aud (audience)");
  });

  it("does not read a FHIR body's invalid resource as an audience", () => {
    const d = run("POST Observation returns 400: Invalid resource, Observation.status is required.");
    expect(advice(d)).not.toContain("aud (audience)");
  });
});

describe("the redirect URI called the reply URL", () => {
  for (const said of [
    "Login fails with AADSTS50011: The reply address 'https://app.example.org/cb' does not match the reply addresses configured for the application.",
    "Entra ID refuses us: the reply URL specified in the request is not registered.",
  ])
    it(`reads "${said.slice(0, 50)}…" as the redirect_uri refused`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("redirect_uri");
    });

  it("does not read a reply URL merely named as a refusal", () => {
    const d = run("Our reply URL is https://app.example.org/cb and sign-in works; only Observation reads are slow.");
    expect(advice(d)).not.toContain("refused the redirect_uri");
  });
});

describe("the client's own authentication refused in words", () => {
  for (const said of [
    "The token endpoint answers 401: client authentication failed.",
    "Response: Client secret is required in the Authorization header.",
    "Keycloak logs show missing client credentials for the token call.",
  ])
    it(`reads "${said.slice(0, 50)}…" with Basic credentials as the fix`, () => {
      const d = run(said);
      expect(codes(d)).toContain("NAMED_REFUSAL");
      expect(advice(d)).toContain("basic base64(client_id:client_secret)");
      expect(advice(d)).toContain("not url-encoded");
    });

  it("does not read a client ID sent in the header as a refusal", () => {
    const d = run("We send the client ID in the Authorization header and the token call works.");
    expect(codes(d)).not.toContain("NAMED_REFUSAL");
  });
});

describe("an OAuth error named after the error that carried it", () => {
  it("reads 'a 400 response containing invalid_grant' as that error", () => {
    const d = run("The code exchange comes back as a 400 response containing invalid_grant.");
    expect(codes(d)).toContain("KNOWN_ERROR_CODE");
    expect(advice(d)).toContain("invalid_grant");
  });

  it("says how Basic credentials are built for invalid_client, encoding included", () => {
    const d = run("Our token call gets an error with invalid_client in the JSON.");
    expect(advice(d)).toContain("not url-encoded");
  });
});

describe("a token expiry named as the cause", () => {
  for (const said of [
    "The nightly sync stops halfway due to an expired access token.",
    "Half the Observation calls break because of token expiration, the browser then shows a CORS error.",
  ])
    it(`reads "${said.slice(0, 50)}…" as an expired token`, () => {
      expect(codes(run(said))).toContain("TOKEN_EXPIRED");
    });

  it("does not read an expiry avoided as one that happened", () => {
    expect(codes(run("We refresh early to prevent token expiry; the Patient read works."))).not.toContain(
      "TOKEN_EXPIRED",
    );
  });
});

describe("a header value set in markdown emphasis", () => {
  it('reads error="*invalid_token*" in a pasted WWW-Authenticate as invalid_token', () => {
    const d = run(
      'HTTP/1.1 401\nWWW-Authenticate: Bearer realm="api", error="*invalid_token*", error_description="Token invalid"',
    );
    expect(codes(d)).toContain("INVALID_TOKEN");
  });

  it("keeps underscores that belong to the value", () => {
    expect(parseAuthParams('error="invalid_token", scope="__x"').error).toBe("invalid_token");
    expect(parseAuthParams('error="__insufficient_scope__"').error).toBe("insufficient_scope");
  });
});

describe("a value its author masked", () => {
  it("takes stars, bullets and x's for a placeholder, not a malformed identifier", () => {
    for (const masked of ["******", "•••••••", "*****(xxxxxx)"]) expect(placeholderReason(masked)).not.toBeNull();
    expect(placeholderReason("4d031c7c-21a3-11ef-8aa0-005056ae54fa")).toBeNull();
  });

  it("does not call a failure with masked IDs 'no blocking problem'", () => {
    const d = run("The token request fails with 400.\nClient app ID: *******(xxxxxx). Resource app ID: *****.");
    expect(codes(d)).not.toContain("IDENTIFIER_FORMAT");
    expect(d.summary).not.toMatch(/no blocking problem/i);
  });
});

describe("a scope dropped for a cause another finding names", () => {
  it("still says the scope was dropped, pointing to the cause, which leads", () => {
    const d = run(
      [
        "Requested scopes: launch/patient openid fhirUser patient/*.read",
        "Granted scopes: launch/patient openid fhirUser",
        "Then GET Patient/123 returns 403.",
      ].join("\n"),
    );
    expect(codes(d)).toContain("SCOPE_WILDCARD_UNSUPPORTED");
    const dropped = d.findings.find((f) => f.code === "SCOPE_NOT_GRANTED");
    expect(dropped?.scopes).toEqual(["patient/*.read"]);
    expect(dropped?.explanation).toContain("SCOPE_WILDCARD_UNSUPPORTED");
    expect(d.summary.toLowerCase()).toContain("wildcard");
  });
});

describe("'after' with an event named, not a rule", () => {
  it("reads 'after our login, the token response …' as told", () => {
    const d = run("After our login, the token response has no patient field and the chart stays empty.");
    expect(codes(d)).toContain("NAMED_REFUSAL");
  });

  it("still takes 'after the token expires, …' for a rule", () => {
    const d = run("After the token expires, the token response has no patient field — that is how the docs put it.");
    expect(codes(d)).not.toContain("NAMED_REFUSAL");
  });
});
