// Leaks found while reviewing the speed gates (present before them as well): each `.fails` until mended.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

describe("review leaks", () => {
  it("a form run's real authorization code is redacted even when a later `code` pair is short", () => {
    expect(redact("code=Zx81kQpLmN0a&state=af0ifjsldkj&code=x")).not.toContain("Zx81kQpLmN0a");
    expect(redact("CODE=Zx81kQpLmN0a&SESSION_STATE=5d2c&CODE=Zx8")).not.toContain("Zx81kQpLmN0a");
    // A short code alone beside a state is still a status, and a run with no generated code is left as it was.
    expect(redact("W/Sync: code=500&state=error&code=404")).toContain("code=500&state=error&code=404");
  });
  it("a keyed phone after a full-width colon is redacted", () => {
    expect(redact("mobile：13812345678")).not.toContain("13812345678");
    expect(redact('{"mobile"："13812345678"}')).not.toContain("13812345678");
  });
  it("identity claims after a full-width colon are redacted", () => {
    expect(redact("given_name：Jane family_name：Roe")).not.toContain("Roe");
    expect(redact("openid：oXk3b9mZpQ2rT7vW")).not.toContain("oXk3b9mZpQ2rT7vW");
    expect(redact('{"nickname"："jroe77", "city"："Springfield"}')).not.toContain("jroe77");
  });
});
