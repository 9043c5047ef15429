// The pattern sweep over text that structure did not cover (or could not: logs, notes, bodies of unknown type).
// Order matters only for naming: headers and URLs first (they know what a value is), then e-mail addresses (before
// the user's terms, so a term glued to an address cannot hide the rest of it), JWTs, schemes, key=value assignments,
// vendor-prefixed keys, the user's terms, client-domain ids, and free-text PHI. Every step is one linear pass;
// placeholders are sentinels by then, so no step can cut or re-redact one.
import type { ItemContext } from "./context";
import { redactPemKeys } from "./detectors/private-keys";
import { redactKubeSecrets } from "./detectors/kube-secrets";
import { redactJwtsInText } from "./detectors/jwts";
import {
  redactAuthSchemes,
  redactCurlUserInText,
  redactHeadersInText,
  redactKeyValues,
  redactNamedValues,
} from "./detectors/credentials";
import { redactVendorKeys } from "./detectors/vendor-keys";
import { redactUrlsInText } from "./detectors/url";
import { redactTerms, termsPattern } from "./detectors/terms";
import { findEmailSpans } from "./detectors/phi-emails";
import { pseudonymiseIdsInText } from "./detectors/patient-ids";
import { redactEncodedInText } from "./detectors/encoded";
import { redactNextLineSecrets } from "./detectors/next-line-secret";
import { redactRandomStrings } from "./detectors/random-strings";
import { redactYamlBlockSecrets } from "./detectors/yaml-block";
import { redactXmlSecrets } from "./detectors/xml-elements";
import { redactFreeText } from "./free-text";

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
  // key=value pair, an e-mail address); only the user's terms could match it.
  if (text.length < 6 && ctx.policy.terms.length === 0) return text;
  return sweepText(text, ctx, { freeText: false });
}

export function sweepText(text: string, ctx: ItemContext, options: SweepOptions): string {
  if (!text) return text;
  const inner = (v: string) => sweepSecretsNoUrls(v, ctx);
  let out = redactPemKeys(text, ctx);
  out = redactKubeSecrets(out, ctx);
  out = redactYamlBlockSecrets(out, ctx);
  out = redactXmlSecrets(out, ctx);
  out = redactHeadersInText(out, ctx, inner);
  out = redactUrlsInText(out, ctx, inner);
  out = redactEmails(out, ctx);
  if (ctx.clientDomain) out = pseudonymiseIdsInText(out, ctx);
  out = sweepSecretsNoUrls(out, ctx);
  // After the labelled values are gone: only unlabelled tokens are decoded and checked.
  out = redactEncodedInText(out, ctx);
  out = redactNextLineSecrets(out, ctx);
  if (options.freeText) out = redactRandomStrings(out, ctx);
  if (options.freeText) out = redactFreeText(out, ctx);
  return out;
}

/** The sweep minus URLs and headers (used on values already inside a URL or header, to avoid re-entering). */
function sweepSecretsNoUrls(text: string, ctx: ItemContext): string {
  let out = redactJwtsInText(text, ctx);
  out = redactAuthSchemes(out, ctx);
  out = redactCurlUserInText(out, ctx);
  out = redactKeyValues(out, ctx);
  out = redactNamedValues(out, ctx);
  out = redactVendorKeys(out, ctx);
  out = redactTerms(out, ctx, termsOf(ctx));
  return out;
}

/** E-mail addresses, whole: PHI (a user's term inside one makes the whole address a custom redaction). */
function redactEmails(text: string, ctx: ItemContext): string {
  if (!text.includes("@")) return text;
  let out = "";
  let pos = 0;
  for (const span of findEmailSpans(text)) {
    if (span.start < pos) continue;
    out += text.slice(pos, span.start) + ctx.phi(text.slice(span.start, span.end), "email");
    pos = span.end;
  }
  return out + text.slice(pos);
}
