// Redacts a pasted text as the app does (kind detected, one item) and checks what went and what stayed.
import { expect } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { Environment } from "~/ticket/schema";

export const redactPasted = (text: string, environment: Environment = "sandbox") =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind: detectKind(text), text }).text;

/** Each of `gone` is absent from the redacted text, each of `kept` present; the redacted text. */
export function expectRedacted(text: string, gone: string[], kept: string[] = [], environment?: Environment) {
  const out = redactPasted(text, environment);
  for (const v of gone) expect(out, v).not.toContain(v);
  for (const v of kept) expect(out, v).toContain(v);
  return out;
}
