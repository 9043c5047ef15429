// Findings, summary and questions never carry a token, a secret or a Basic credential — whatever the evidence holds.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { scrub } from "~/diagnosis/finding";
import { codeFixtures, loadFixture } from "./fixtures";

const SECRETS = [
  "synthetic-secret-not-real",
  "YjFlMmEyOTItZmJlNC00NjBhLWJlMzMtNTgyZTU3MmFiYmJl", // the seed's Basic credential (start)
  "c3ludGhldGljLXNpZ25hdHVyZS1ub3QtcmVhbA", // the seed JWT's signature
  "synthetic-opaque-token-value-0123456789",
  "eyJ", // any JWT
];

describe("no token or secret in a diagnosis", () => {
  it.each(["seed", ...codeFixtures().map((d) => `codes/${d}`)])("%s", (dir) => {
    const out = JSON.stringify(diagnose(loadFixture(dir)));
    for (const s of SECRETS) expect(out).not.toContain(s);
  });

  it("not from secrets scattered through every kind of field either", () => {
    const jwt = "eyJhbGciOiJSUzM4NCJ9.eyJzY29wZSI6InN5c3RlbS9QYXRpZW50LnJlYWQiLCJpc3MiOiJ4IiwiZXhwIjoxfQ.c2ln";
    const evidence = [
      {
        id: "a",
        text: `POST https://authorization.cerner.com/tenants/ec2458f2-1e24-41c8-b71b-0e701af7583d/protocols/oauth2/profiles/smart-v1/token\nclient_secret=TopSecretValue123&grant_type=client_credentials&scope=system%2FPatient.read&client_assertion=${jwt}`,
      },
      {
        id: "b",
        text: `GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/1 HTTP/1.1\nAuthorization: Bearer ${jwt}\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="x", error="invalid_token", error_description="token ${jwt} rejected"\n`,
      },
      { id: "c", text: `client_id: ${jwt}\nX-Request-Id: Bearer ${jwt}\nscope=system/Patient.read ${jwt}` },
    ];
    const d = diagnose({
      ticket: {
        application: {
          clientId: "Basic dXNlcjpwYXNzd29yZA==",
          requestedScopes: `system/Patient.read ${jwt}`,
          tenantId: jwt,
        },
      },
      evidence,
    });
    const out = JSON.stringify(d);
    expect(out).not.toContain("eyJhbGciOiJSUzM4NCJ9");
    expect(out).not.toContain("TopSecretValue123");
    expect(out).not.toContain("dXNlcjpwYXNzd29yZA");
  });

  it("the scrub removes credential shapes and keeps diagnostic ones", () => {
    expect(scrub("Authorization: Bearer abcdefghijklmnop")).toBe("Authorization: Bearer [credential removed]");
    expect(scrub("client_secret=abcd1234efgh")).toBe("client_secret=[removed]");
    expect(scrub("GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Specimen → 403")).toBe(
      "GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Specimen → 403",
    );
    expect(scrub("opc-request-id /4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A")).toContain(
      "4B7BCF043117301F1B647EF553C7F250",
    );
    expect(scrub('Bearer realm="fhir-ehr-code.cerner.com"')).toBe('Bearer realm="fhir-ehr-code.cerner.com"');
  });
});

describe("never throws", () => {
  it("on arbitrary evidence text and odd ticket values", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.option(fc.string(), { nil: undefined }),
            kind: fc.option(fc.constantFrom("har", "http", "jwt", "text", "token-response", "nonsense"), {
              nil: undefined,
            }),
            text: fc.string({ maxLength: 400 }),
          }),
          { maxLength: 4 },
        ),
        fc.anything(),
        (evidence, ticket) => {
          const d = diagnose({ evidence, ticket: ticket as never });
          expect(Array.isArray(d.findings)).toBe(true);
          expect(typeof d.summary).toBe("string");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("on text built from the pieces the parsers look for", () => {
    const piece = fc.constantFrom(
      "GET https://fhir-ehr.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Specimen?_id=1 → 403",
      "scope=system/Specimen.read system\\/Patient.read",
      '"scope":"system/Patient.read"',
      'error="insufficient_scope"',
      "urn:cerner:error:authorization-server:oauth2:token:empty-scopes",
      "X-Request-Id: ",
      "2025-07-28 15:21:14",
      "HTTP/1.1 403 Forbidden",
      "{",
      "}",
      "\n",
      "[REDACTED:access_token#1 · JWT exp=x; scope=system/",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        expect(() =>
          diagnose({ evidence: [{ text: pieces.join(" ") }], ticket: { application: { scopesChangedAt: "bad" } } }),
        ).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });

  it("on a null or empty input", () => {
    expect(diagnose({ evidence: [] }).summary).toMatch(/Nothing to diagnose yet/);
    expect(() => diagnose(null as never)).not.toThrow();
    expect(() => diagnose({ evidence: null, ticket: null })).not.toThrow();
  });
});
