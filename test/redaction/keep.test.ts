// The policy's `keep`: values the user marked as not personal data stay as typed — PHI only, never a secret or a term.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";

const TOKEN = "synthetic0bearer0token0value0for0tests0only";
const NOTE = `Patient: Jane Doe called about it.\nAuthorization: Bearer ${TOKEN}`;
const redact = (keep: string[], terms: string[] = []) => {
  const redactor = createRedactor({ environment: "sandbox", terms, restored: [], keep });
  const item = redactor.redact({ id: "e1", kind: "text", text: NOTE });
  return { item, known: redactor.knownValues().map((k) => k.value) };
};

describe("RedactionPolicy.keep", () => {
  it("redacts a detected name unless the user kept it, and then leaves it out of the leak check", () => {
    const plain = redact([]);
    expect(plain.item.text).not.toContain("Jane Doe");
    expect(plain.item.text).toContain("[REDACTED:name#1]");
    expect(plain.known).toContain("Jane Doe");

    const kept = redact(["Jane Doe"]);
    expect(kept.item.text).toContain("Patient: Jane Doe called");
    expect(kept.item.text).not.toContain("[REDACTED:name");
    expect(kept.known).not.toContain("Jane Doe");
  });

  it("still redacts a bearer token listed in keep", () => {
    const { item, known } = redact([TOKEN, `Bearer ${TOKEN}`]);
    expect(item.text).not.toContain(TOKEN);
    expect(item.findings.some((f) => f.category === "secret")).toBe(true);
    expect(known).toContain(TOKEN);
  });

  it("still redacts one of the user's terms listed in keep", () => {
    const { item } = redact(["Jane Doe"], ["Jane"]);
    expect(item.text).not.toContain("Jane");
  });
});
