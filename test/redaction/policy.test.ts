import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { environmentFromOption } from "~/redaction/policy";
import { ACCESS_TOKEN, fixture } from "../evidence/helpers";

describe("restoring false positives", () => {
  const text = "Patient: John Smith, client_secret=s3cr3t-value-42";

  it("restores a PHI placeholder the user chose, never a secret", () => {
    const first = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "a",
      kind: "text",
      text,
    });
    const name = first.findings.find((f) => f.category === "phi")!;
    const secret = first.findings.find((f) => f.category === "secret")!;
    expect(name.restorable).toBe(true);
    expect(secret.restorable).toBe(false);
    const redactor = createRedactor({
      environment: "sandbox",
      terms: [],
      restored: [name.placeholder, secret.placeholder],
    });
    const again = redactor.redact({ id: "a", kind: "text", text });
    expect(again.text).toBe("Patient: John Smith, client_secret=[REDACTED:client_secret#1]");
    // The restored value is not leak-checked; the secret still is.
    expect(redactor.knownValues().map((k) => k.value)).toEqual(["s3cr3t-value-42"]);
  });
});

describe("known values", () => {
  it("lists every secret, also the decoded forms (Basic credentials, base64-wrapped JWTs), never short values", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: ["Lifebridge"], restored: [] });
    redactor.redact({ id: "a", kind: "http", text: fixture("token-request.http") });
    redactor.redact({
      id: "b",
      kind: "text",
      text: `cookie value ${Buffer.from(ACCESS_TOKEN).toString("base64")} at Lifebridge, pwd=abc`,
    });
    const values = redactor.knownValues().map((k) => k.value);
    expect(values).toEqual(
      expect.arrayContaining([
        ACCESS_TOKEN,
        Buffer.from(ACCESS_TOKEN).toString("base64"),
        "synthetic-secret-for-tests",
        "Lifebridge",
      ]),
    );
    expect(values).not.toContain("abc");
  });
});

describe("environment options", () => {
  it("maps the CLI/API names to the ticket's environments", () => {
    expect(environmentFromOption(undefined)).toBe("sandbox");
    expect(environmentFromOption("client")).toBe("client-prod");
    expect(environmentFromOption("client-nonprod")).toBe("client-nonprod");
    expect(environmentFromOption("prod")).toBeNull();
  });
});
