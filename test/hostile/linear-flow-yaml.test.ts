// Pathological YAML flow mappings (flow-yaml.ts): deep nesting, long mappings, and many `{` lines that are not
// mappings (each tried, each refused) take work linear in their size, and the secret in them still goes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "y", kind: "text", text }).text;
const LINEAR = 5;
const SECRET = "ghp_8aF2kLm9QxT4vB7nR1sW3yZ6cD0eH5jU2pGq";

describe("flow-style YAML reader on hostile input", () => {
  it("nesting thousands deep: linear work, the secret at the bottom redacted", () => {
    const nested = (size: number) => {
      const depth = Math.max(1, Math.floor(size / 12));
      return "{\n" + "a: { # c\n".repeat(depth) + `token: ${SECRET}` + " }".repeat(depth) + "\n}\n";
    };
    expect(growth(nested, (t) => redact(t), 4_000)).toBeLessThan(LINEAR);
    expect(redact(nested(40_000))).not.toContain(SECRET);
  });

  it("a long mapping of plain values and comments: linear work", () => {
    const long = (size: number) =>
      "{\n" + "  key_n: plain value here, # a comment\n".repeat(Math.ceil(size / 40)) + "}\n";
    expect(growth(long, (t) => redact(t), 4_000)).toBeLessThan(LINEAR);
  });

  it("many `{` lines that are not mappings, each closing far below: linear work", () => {
    const many = (size: number) => "{ a: b c\n".repeat(Math.ceil(size / 9)) + `password: ${SECRET}\n` + "}\n";
    expect(growth(many, (t) => redact(t), 4_000)).toBeLessThan(LINEAR);
    expect(redact(many(20_000))).not.toContain(SECRET);
  });
});
