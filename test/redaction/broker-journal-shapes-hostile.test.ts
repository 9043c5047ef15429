// Hostile input for the readers this batch touched: each must finish on 1 MB of its own trigger repeated, unclosed or
// run together (linear scans; no timing asserted here — measured by hand, 250 KB against 1 MB).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import { findEmailSpans } from "~/redaction/detectors/phi-emails";
import { readPrintedPairs } from "~/redaction/printed-pairs";

const MB = 1 << 20;
const fill = (piece: string) => piece.repeat(Math.ceil(MB / piece.length)).slice(0, MB);
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "h", kind: detectKind(text), text })
    .text;

describe("1 MB of this batch's triggers", () => {
  it("unit names and algorithm names run together, no blank between", () => {
    expect(findEmailSpans(fill("user@1000.service"))).toBeDefined();
    expect(findEmailSpans(fill("chacha20-poly1305@openssh.com@"))).toBeDefined();
  });

  it("a toString's `, key=` followed by digits that never close", () => {
    const text = "Patient{name='x'" + fill(", dateOfBirth=1983-08-15").slice(0, MB - 40);
    expect(readPrintedPairs(text).length).toBeGreaterThan(0);
    expect(readPrintedPairs("P{a=" + fill("1234567890")).length).toBeGreaterThanOrEqual(0);
  });

  it("broker URLs with masked and unmasked passwords, one after another", () => {
    const out = redact(fill("amqp://qlarkwell:**@mq:5672// amqp://qlarkwell:pw@mq/qlarkwell "));
    expect(out).not.toContain("qlarkwell:pw");
  });

  it("an e-mail-like run of `@` with no domain end", () => {
    expect(findEmailSpans(fill("a-1@") + "openssh.com")).toBeDefined();
  });
});
