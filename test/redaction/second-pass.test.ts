// Shapes where a second redaction found something the first had left: each one is a counterexample of a property
// (test/redaction/properties*.test.ts), shrunk, with the seed that found it. A second pass that changes the text means
// the first pass either leaked or will remove something on the next save: each case checks both passes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { Environment } from "~/ticket/schema";

const redact = (text: string, environment: Environment = "client-prod") =>
  createRedactor({ environment, terms: ["acme"], restored: [] }).redact({ id: "e1", kind: detectKind(text), text })
    .text;

/** The first pass, after checking that a second pass leaves it as it is. */
const stable = (text: string, environment?: Environment) => {
  const once = redact(text, environment);
  expect(redact(once, environment), "a second pass changed the text").toBe(once);
  return once;
};

describe("a line that continues a secret goes with it, however the secret was found", () => {
  // Seeds 1749159922, -2121442652, 584084784: the value under `X-Api-Key:` (or a JSON string broken by a line break)
  // is a secret, so its second occurrence is replaced by the pass over known secrets — after the pass that drops a
  // token's continuation lines had run, so the token-like line under it stayed, and a second pass dropped it.
  it("under a secret replaced by the pass over known secrets", () => {
    const out = stable("X-Api-Key: \npassword=\npassword=\nabc123XYZ789");
    expect(out).toBe("X-Api-Key: \n[REDACTED:secret#1]\n[REDACTED:secret#1]\n");
  });

  it("under a JSON string broken by a line break, repeated", () => {
    const pid = "PID|||4455667^^^H^MR||ROE^RICHARD||19800202|M";
    const out = stable(`"access_token":"\n${pid}\n${pid}\nabc123XYZ789`);
    expect(out).not.toContain("abc123XYZ789");
    expect(out).not.toContain("ROE");
  });
});
