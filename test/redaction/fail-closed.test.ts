// Fail closed: an error inside redaction throws RedactionError, never returns text, and never quotes the evidence.
import { describe, expect, it, vi } from "vitest";
import { createRedactor, RedactionError } from "~/redaction/redact";

vi.mock("~/redaction/detectors/free-text-phi", () => ({
  findFreeTextPhi: (text: string) => {
    if (text.includes("explode")) throw new Error(`detector crashed on: ${text}`);
    return [];
  },
}));

describe("fail closed", () => {
  it("throws RedactionError when a detector fails, with a message that quotes nothing", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    const secret = "password=hunter2hunter2 explode";
    let caught: unknown;
    try {
      redactor.redact({ id: "e7", kind: "log", text: secret });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(RedactionError);
    expect((caught as Error).message).toBe(
      'Redaction failed for evidence item "e7" (Error); nothing from it was kept.',
    );
    expect((caught as Error).message).not.toContain("hunter2");
  });

  it("throws on input that is not text", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    expect(() => redactor.redact({ id: "x", kind: "text", text: undefined as unknown as string })).toThrow(
      RedactionError,
    );
  });

  it("keeps working for the next item after a failure", () => {
    const redactor = createRedactor({ environment: "sandbox", terms: [], restored: [] });
    expect(() => redactor.redact({ id: "a", kind: "text", text: "explode" })).toThrow(RedactionError);
    expect(redactor.redact({ id: "b", kind: "text", text: "password=hunter2hunter2" }).text).toBe(
      "password=[REDACTED:password#1]",
    );
  });
});
