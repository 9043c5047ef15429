// Review findings on the s15-E refactors, marked `.fails` while the behaviour stands: each passes once fixed.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const PROOF = [
  b64({ typ: "dpop+jwt", alg: "ES256", jwk: { kty: "EC", crv: "P-256", x: "l8tFrhx", y: "9VE4jf_" } }),
  b64({ jti: "-BwC3ESc6acc2lTc", htm: "POST", htu: "https://server.example.com/token", iat: 1562262616 }),
  "b64urlSignatureOfTheProofXyz0123456789abcdefABCDEF",
].join(".");

describe("s15-E: a typed user account's display name", () => {
  it.each(["Test Jane", "user-jane", "jdoe-test", "Jane Bot"])(
    "an Okta actor typed User loses its display name %s (redacted before the merge)",
    (name) => {
      const out = redact(
        JSON.stringify({ actor: { id: "00u1", type: "User", alternateId: "jane.doe@contoso.com", displayName: name } }),
      );
      gone(out, name);
    },
  );

  it.each([
    { type: "User", displayName: "Test Jane" },
    { userPrincipalName: "jane.doe@contoso.com", displayName: "jdoe-test" },
    { "@odata.type": "#microsoft.graph.user", name: "Jane Bot" },
  ])("a directory user %j loses the name that reads as a person's", (account) => {
    const name = account.displayName ?? account.name;
    gone(redact(JSON.stringify({ principal: account })), name!);
  });
});

describe("s15-E: a DPoP setting under the `dpop` key", () => {
  it.each(["required", "enabled", "ES256"])("keeps %s (kept before the merge)", (value) => {
    const out = redact(JSON.stringify({ token_endpoint_auth_method: "private_key_jwt", dpop: value }));
    kept(out, `"dpop":"${value}"`);
  });

  it("keeps a DPoP header's setting word in a pasted request", () => {
    kept(redact("GET /r4/Patient HTTP/1.1\nHost: fhir.example.test\nDPoP: required\n"), "DPoP: required");
  });

  it.each([
    ["a whole proof", PROOF],
    ["a proof cut after its payload", PROOF.slice(0, PROOF.lastIndexOf("."))],
  ])("still replaces %s under the key and as a header", (_, proof) => {
    gone(redact(JSON.stringify({ headers: { DPoP: proof } })), proof.slice(0, 40));
    gone(redact(`POST /token HTTP/1.1\nDPoP: ${proof}\n`), proof.slice(0, 40));
  });
});

describe("the DPoP reader on hostile input", () => {
  it("reads 1 MB of dotted base64url runs and of one unbroken run under the name to the end", () => {
    for (const value of ["abcdefgh.".repeat(116_509), "A".repeat(1 << 20)])
      expect(redact(JSON.stringify({ dpop: value })).length).toBeGreaterThan(0);
    const cut = "eyJ".repeat(349_526);
    expect(redact(JSON.stringify({ dpop: cut }))).not.toContain(cut);
  });
});
