// User-added terms ("always redact this string"): case-insensitive, everywhere, type `custom`.
import type { ItemContext } from "../context";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function termsPattern(terms: string[]): RegExp | null {
  const list = [...new Set(terms.map((t) => t.trim()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  return list.length ? new RegExp(list.map(escape).join("|"), "giu") : null;
}

export function redactTerms(text: string, ctx: ItemContext, pattern: RegExp | null): string {
  if (!pattern) return text;
  // The same term in another case is the same value: one placeholder, keyed by the term as the user typed it.
  const byLower = new Map(ctx.policy.terms.map((t) => [t.trim().toLowerCase(), t.trim()]));
  return text.replace(pattern, (m) => ctx.custom(byLower.get(m.toLowerCase()) ?? m));
}
