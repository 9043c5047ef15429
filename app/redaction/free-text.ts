// Free-text PHI in the sweep: the spans findFreeTextPhi reports become placeholders, except over diagnostic tokens
// (IDs, URNs, scopes, request timestamps) and never inside a placeholder already in the text.
import type { ItemContext } from "./context";
import { findFreeTextPhi } from "./detectors/free-text-phi";
import { KeptTokens } from "./kept-tokens";
import { CLOSE_CODE, OPEN_CODE, isSentinelCode } from "./placeholders";

/**
 * Free-text PHI (findFreeTextPhi) over the whole text at once — placeholders included, so a placeholder inside a
 * narrative or a logged JSON string does not cut it into pieces the detector no longer recognises — never over a
 * diagnostic token (kept-tokens.ts, searched only on the lines a span touches), never inside a placeholder. One
 * pass: spans and kept tokens are both in text order, so each list is walked once (linear however many of each).
 */
export function redactFreeText(text: string, ctx: ItemContext): string {
  if (!text.trim()) return text;
  const spans = findFreeTextPhi(text);
  if (spans.length === 0) return text;
  const keep = new KeptTokens(text);
  let k = 0;
  let out = "";
  let pos = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    let { start, end } = span;
    // A span never starts or ends inside a placeholder's sentinel: widen it to the whole sentinel.
    while (start > 0 && isSentinelCode(text.charCodeAt(start)) && text.charCodeAt(start) !== OPEN_CODE) start--;
    while (
      end < text.length &&
      end > 0 &&
      isSentinelCode(text.charCodeAt(end - 1)) &&
      text.charCodeAt(end - 1) !== CLOSE_CODE
    )
      end++;
    if (start < pos || end <= start || end > text.length) continue;
    keep.cover(start, end);
    while (k < keep.ends.length && keep.ends[k] <= start) k++;
    if (k < keep.ends.length && keep.starts[k] < end) continue;
    const value = text.slice(start, end);
    if (!value.trim()) continue;
    out += text.slice(pos, start) + ctx.phi(value, span.type.replace(/[^a-z0-9_]/gi, "_").toLowerCase() || "phi");
    pos = end;
  }
  return out + text.slice(pos);
}
