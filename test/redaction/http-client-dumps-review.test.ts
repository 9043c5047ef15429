// Review findings on HTTP-client-dump redaction: a URL's host skipped only when it is one, logins that are SMART or
// FHIR words, quoted cookies with `;` or escaped quotes, user headers among others, logins across items.
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

const SECRET = "Hunter2Secret99";

describe("a key after `//` is a URL's host only when a scheme precedes it and a port follows it", () => {
  it.each([`//client_secret=${SECRET}`, `//password=${SECRET}`, `see http://example.com//password=${SECRET}`])(
    "%s loses its secret",
    (text) => {
      expect(redact(text)).not.toContain(SECRET);
    },
  );

  it("a host and port (http://auth-server:9000/…) stays", () => {
    const out = redact("POST http://auth-server:9000/messages failed");
    expect(out).toContain("http://auth-server:9000/messages");
  });
});
