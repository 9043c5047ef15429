// One evidence item redacted as the app would (kind detected unless given), and the two checks the shape tests make
// on its output: values that must be gone, facts that must be kept byte for byte.
import { expect } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/evidence/model";
import type { Environment } from "~/ticket/schema";

export const redact = (text: string, environment: Environment = "sandbox", kind: EvidenceKind = detectKind(text)) =>
  createRedactor({ environment, terms: [], restored: [] }).redact({ id: "e1", kind, text }).text;

export const gone = (out: string, ...values: string[]) => {
  for (const v of values) expect(out, `"${v}" survived`).not.toContain(v);
};

export const kept = (out: string, ...values: string[]) => {
  for (const v of values) expect(out, `"${v}" was lost`).toContain(v);
};

/** Redacted as the app would; each of `goneValues` absent and each of `keptValues` present; the redacted text. */
export function expectRedacted(
  text: string,
  goneValues: string[],
  keptValues: string[] = [],
  environment?: Environment,
) {
  const out = redact(text, environment);
  gone(out, ...goneValues);
  kept(out, ...keptValues);
  return out;
}
