// oauth2-proxy logs the session it made after a sign-in as a Go struct (`[AuthSuccess] Authenticated via OAuth2:
// Session{email:… user:… PreferredUsername:… token:true …}`); Keycloak's and Spring's Java objects and .NET's
// OpenID Connect types name the same claim `preferredUsername` / `PreferredUsername`. The login goes under every
// spelling; the session's facts (times, token flags, groups) stay.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("a login under the preferred-username claim in any language's spelling", () => {
  it("oauth2-proxy's AuthSuccess line", () => {
    const out = redact(
      "127.0.0.6:51671 - b849e58b-fd76-4ba5-a0d7-e977a32bd848 - jqpublic@example.org [2025/02/21 02:31:30] [AuthSuccess] " +
        "Authenticated via OAuth2: Session{email:jqpublic@example.org user:e3614025-4600-40f0-871c-b63db8afd107 " +
        "PreferredUsername:qlvkremer token:true id_token:true created:2025-02-21 02:31:30.883345773 +0000 UTC}",
    );
    gone(out, "qlvkremer", "jqpublic@example.org");
    kept(out, "b849e58b-fd76-4ba5-a0d7-e977a32bd848", "[AuthSuccess]", " token:true id_token:true created:2025-02-21");
  });

  it("camel case in a printed Java object and a log line", () => {
    gone(redact("AccessToken{preferredUsername='qlvkremer', realmAccess=[offline_access]}"), "qlvkremer");
    gone(redact("mapped claims: preferredUsername=qlvkremer, loginName=qlvkremer2"), "qlvkremer");
  });

  it("a setting about the claim keeps its value", () => {
    const text = "user-name-attribute: preferred_username";
    expect(redact(text)).toBe(text);
  });

  it("finishes on a megabyte of claim keys without values", () => {
    for (const text of [
      "PreferredUsername:".repeat(55_000),
      "{preferredUsername=".repeat(52_000),
      "loginName ".repeat(100_000),
    ])
      expect(typeof redact(text)).toBe("string");
  });
});
