// The pattern sweep over text that structure did not cover (or could not: logs, notes, bodies of unknown type).
// Order matters only for naming: headers and URLs first (they know what a value is), then JWTs, schemes, key=value
// assignments, PEM keys, the user's terms, and free-text PHI. Every step is one linear pass; placeholders are
// sentinels by then, so no step can cut or re-redact one.
import type { ItemContext } from "./context";
import { redactPemKeys } from "./detectors/private-keys";
import { redactJwtsInText } from "./detectors/jwts";
import { redactAuthSchemes, redactHeadersInText, redactKeyValues } from "./detectors/credentials";
import { redactUrlsInText } from "./detectors/url";
import { redactTerms, termsPattern } from "./detectors/terms";
import { findFreeTextPhi } from "./detectors/free-text-phi";

export interface SweepOptions {
  /** Also look for personal data in prose (log lines, notes, free-text JSON strings). */
  freeText: boolean;
}

const termCache = new WeakMap<ItemContext, RegExp | null>();
const termsOf = (ctx: ItemContext) => {
  if (!termCache.has(ctx)) termCache.set(ctx, termsPattern(ctx.policy.terms));
  return termCache.get(ctx) ?? null;
};

/** Secrets only (no free-text PHI): for values inside structure (header values, URL parameters). */
export function sweepValue(text: string, ctx: ItemContext): string {
  // A short value alone (a=b, _count=10) cannot hold any secret pattern (a JWT, a scheme and its credential, a
  // key=value pair); only the user's terms could match it.
  if (text.length < 8 && ctx.policy.terms.length === 0) return text;
  return sweepText(text, ctx, { freeText: false });
}

export function sweepText(text: string, ctx: ItemContext, options: SweepOptions): string {
  if (!text) return text;
  const inner = (v: string) => sweepSecretsNoUrls(v, ctx);
  let out = redactPemKeys(text, ctx);
  out = redactHeadersInText(out, ctx, inner);
  out = redactUrlsInText(out, ctx, inner);
  if (ctx.clientDomain && out.includes("Patient/")) {
    out = out.replace(/Patient\/([A-Za-z0-9.-]{1,64})/g, (_m, id: string) => "Patient/" + ctx.phi(id, "patient_id"));
  }
  out = sweepSecretsNoUrls(out, ctx);
  if (options.freeText) out = redactFreeText(out, ctx);
  return out;
}

/** The sweep minus URLs and headers (used on values already inside a URL or header, to avoid re-entering). */
function sweepSecretsNoUrls(text: string, ctx: ItemContext): string {
  let out = redactJwtsInText(text, ctx);
  out = redactAuthSchemes(out, ctx);
  out = redactKeyValues(out, ctx);
  out = redactTerms(out, ctx, termsOf(ctx));
  return out;
}

/** Diagnostic tokens that free-text PHI detection must never take: IDs, URNs, scopes, request timestamps. */
const KEEP_IN_PROSE = new RegExp(
  [
    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
    "\\b[0-9a-fA-F]{32}\\b",
    "\\burn:[A-Za-z0-9:._-]+",
    "\\b(?:patient|user|system)\\/[A-Za-z*]+\\.[a-z*]+",
    "\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?",
    "\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT",
  ].join("|"),
  "g",
);

/** Free-text PHI (findFreeTextPhi) on the stretches between placeholders, never over a diagnostic token. */
function redactFreeText(text: string, ctx: ItemContext): string {
  return text
    .split(/(\uE000[\uE010-\uE019]+\uE001)/)
    .map((part) => {
      if (!part.trim() || /^\uE000/.test(part)) return part;
      const spans = findFreeTextPhi(part);
      if (spans.length === 0) return part;
      const keep: Array<[number, number]> = [];
      for (const m of part.matchAll(KEEP_IN_PROSE)) keep.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
      let out = "";
      let pos = 0;
      for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
        if (span.start < pos || span.end <= span.start || span.end > part.length) continue;
        if (keep.some(([s, e]) => span.start < e && s < span.end)) continue;
        const value = part.slice(span.start, span.end);
        if (!value.trim()) continue;
        out += part.slice(pos, span.start) + ctx.phi(value, span.type.replace(/[^a-z0-9_]/gi, "_").toLowerCase() || "phi");
        pos = span.end;
      }
      return out + part.slice(pos);
    })
    .join("");
}
