// Review findings on the s15-E refactors, marked `.fails` while the behaviour stands: each passes once fixed.
import { describe, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

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
  it.fails.each(["required", "enabled", "ES256"])("keeps %s (kept before the merge)", (value) => {
    const out = redact(JSON.stringify({ token_endpoint_auth_method: "private_key_jwt", dpop: value }));
    kept(out, `"dpop":"${value}"`);
  });
});
