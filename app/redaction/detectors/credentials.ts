// Credentials by pattern, for the text that structure did not cover: Authorization-style schemes (Bearer, Basic,
// DPoP, Negotiate), header lines inside text, and `key = value` assignments whose key names a secret
// (access_token, client_secret, password, api_key, DB_PASSWORD, …) — quoted, JSON-escaped or bare.
// Each pattern is entered only at a word start (lookbehind) and reads its value with a linear scan: no backtracking.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";
import { TEXT_HEADER_NAMES, looksLikeCredential, redactAuthorizationValue, redactHeaderValue } from "../headers";
import { SECRET_PARAMS } from "./url";
import { isTemplateMarker } from "../context";

// No word-start lookbehind here and below: a replacement made earlier (a user term glued to the word) must not
// change what matches, or a second pass would differ from the first. Each attempt is bounded, so it stays linear.
const AUTH_SCHEME = /(bearer|basic|dpop|negotiate|ntlm)[ \t]+([A-Za-z0-9._~+/=-]+)/gi;

export function redactAuthSchemes(text: string, ctx: ItemContext): string {
  if (!/bearer|basic|dpop|negotiate|ntlm/i.test(text)) return text;
  let out = "";
  let pos = 0;
  AUTH_SCHEME.lastIndex = 0;
  for (;;) {
    const m = AUTH_SCHEME.exec(text);
    if (!m) break;
    const [whole, scheme, credential] = m;
    const next = text[m.index + whole.length] ?? "";
    const isParam = /^[a-z_]+=$/i.test(credential) && next === '"'; // realm="…", error="…"
    if (isParam || !looksLikeCredential(credential)) {
      // Not a credential: the word after the scheme is scanned again (it may be a scheme itself).
      AUTH_SCHEME.lastIndex = m.index + scheme.length;
      continue;
    }
    out += text.slice(pos, m.index) + redactAuthorizationValue(whole, ctx, (v) => v);
    pos = m.index + whole.length;
  }
  return out + text.slice(pos);
}

/** Reads the value after `key: ` / `key=`: quoted (also \" escaped) up to its closing quote on the same line, else a
 *  bare run. Never looks past the end of the line, so many unclosed quotes cannot make the scan quadratic. */
function readValue(text: string, start: number, quote: string): { value: string; end: number } | null {
  if (quote) {
    const q = quote[quote.length - 1];
    const escaped = quote.length > 1;
    for (let i = start; i < text.length && text[i] !== "\n"; i++) {
      if (text[i] !== q) continue;
      // An escaped opening quote (\") closes at the next quote, escaped or not (pasted JSON is often half-escaped).
      if (escaped || text[i - 1] !== "\\") {
        let end = i;
        while (escaped && end > start && text[end - 1] === "\\") end--;
        return end > start ? { value: text.slice(start, end), end } : null;
      }
    }
  }
  // A template reference (${VAR}, {{var}}, <value>) is read whole, so it can be recognised as one.
  const template = /^(\$\{[^}\n]{0,80}\}|\{\{[^}\n]{0,80}\}\}|<[^<>\n]{0,80}>)/.exec(text.slice(start, start + 90));
  if (template) return { value: template[1], end: start + template[1].length };
  let end = start;
  while (end < text.length && !/[\s,;&"'<>\\)}\]]/.test(text[end])) end++;
  if (end === start) return null;
  return { value: text.slice(start, end), end };
}

const SAFE_KEY_SUFFIX = /(type|types|endpoint|endpoints|url|uri|uris|expires|expiresin|expires_in|expiry|expiration|ttl|length|len|name|names|method|methods|supported|hint|path|file|count|format|lifetime|usage|alg|enc|location|header|prefix|field|policy|id_token_signed_response_alg)$/;
const EXACT_SECRET_KEYS: Record<string, string> = {
  ...SECRET_PARAMS,
  "x-api-key": "api_key",
  auth_token: "token",
  authtoken: "token",
  session_token: "session",
  csrf_token: "token",
  private_key: "private_key",
  privatekey: "private_key",
  secret: "secret",
  secret_key: "secret",
  client_key: "secret",
  passphrase: "password",
  pass: "password",
};
const GENERIC_KEY = /(secret|passw(or)?d|pwd|token|api[_-]?key|apikey|credential|private[_-]?key|access[_-]?key|auth[_-]?key|session[_-]?id)/i;

/** The placeholder type when a key names a secret (client_secret, DB_PASSWORD, apiKey, …); null otherwise. */
export function secretTypeOfKey(key: string): string | null {
  const lower = key.toLowerCase().replace(/^[$@]/, "");
  if (lower === "key" || lower === "sig" || lower === "code" || lower === "session") return null; // too common in prose and FHIR
  if (EXACT_SECRET_KEYS[lower]) return EXACT_SECRET_KEYS[lower];
  if (!GENERIC_KEY.test(lower)) return null;
  if (SAFE_KEY_SUFFIX.test(lower.replace(/[-.]/g, "_"))) return null;
  if (/passw|pwd/.test(lower)) return "password";
  if (/private/.test(lower)) return "private_key";
  if (/refresh/.test(lower)) return "refresh_token";
  if (/id_?token/.test(lower)) return "id_token";
  if (/access_?token|bearer/.test(lower)) return "access_token";
  if (/secret/.test(lower)) return "secret";
  if (/api_?key|apikey|access_?key/.test(lower)) return "api_key";
  if (/session/.test(lower)) return "session";
  if (/credential/.test(lower)) return "secret";
  return "token";
}

/** Words that every secret-naming key contains (access_token, client_secret, DB_PASSWORD, apiKey, SAMLResponse, …). */
const KEY_ANCHOR = /token|secret|passw|pwd|key|assertion|verifier|saml|session|sig|otp|credential|pass/gi;
const KEY_CHAR = /[A-Za-z0-9_.$@-]/;
/** What follows a key: optional closing quote (JSON-escaped too), the separator, optional opening quote. */
const AFTER_KEY = /(\\{0,3}["']?)[ \t]{0,8}(?::=|=>|[:=])[ \t]{0,8}(\\{0,3}["']?)/y;

/**
 * `key = value` assignments whose key names a secret. Anchored on the secret words, so plain text and long URLs cost
 * one regex scan; the key is then read around the anchor (at most 80 characters each way) — linear on any input.
 */
export function redactKeyValues(text: string, ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  let floor = 0;
  KEY_ANCHOR.lastIndex = 0;
  for (;;) {
    const a = KEY_ANCHOR.exec(text);
    if (!a) break;
    if (a.index < floor) continue;
    let keyStart = a.index;
    while (keyStart > floor && a.index - keyStart < 80 && KEY_CHAR.test(text[keyStart - 1])) keyStart--;
    let keyEnd = a.index + a[0].length;
    while (keyEnd < text.length && keyEnd - keyStart < 160 && KEY_CHAR.test(text[keyEnd])) keyEnd++;
    KEY_ANCHOR.lastIndex = keyEnd;
    const key = text.slice(keyStart, keyEnd);
    const type = secretTypeOfKey(key);
    if (!type) continue;
    AFTER_KEY.lastIndex = keyEnd;
    const m = AFTER_KEY.exec(text);
    if (!m) continue;
    const quote = m[2];
    const valueStart = keyEnd + m[0].length;
    const read = readValue(text, valueStart, quote);
    if (!read) continue;
    const trimmed = read.value.trim();
    if (!trimmed || isSentinelOnly(trimmed) || isTemplateMarker(trimmed) || /^[{[]/.test(trimmed) || /^(true|false|null|\d{1,3})$/i.test(trimmed)) {
      // Nothing to redact here; the value is scanned again (it may hold another key).
      KEY_ANCHOR.lastIndex = valueStart;
      continue;
    }
    const replaced = TOKEN_TYPES.has(type) ? ctx.token(read.value, type) : ctx.secret(read.value, type);
    out += text.slice(pos, valueStart) + replaced;
    pos = read.end;
    floor = read.end;
    KEY_ANCHOR.lastIndex = read.end;
  }
  return out + text.slice(pos);
}

const TOKEN_TYPES = new Set(["access_token", "refresh_token", "id_token", "client_assertion", "token"]);

/** An Authorization value with no scheme and more than one word. */
const isProse = (value: string): boolean => !/^\s*(bearer|basic|dpop|negotiate|ntlm|digest|token|aws4-hmac-sha256)\s/i.test(value) && /\S\s+\S/.test(value.trim());

const HEADER_IN_TEXT = new RegExp(`(${TEXT_HEADER_NAMES.map((n) => n.replace(/-/g, "[-_]")).join("|")})(\\\\{0,3}["']?)[ \\t]*:[ \\t]*(\\\\{0,3}["']?)`, "gi");

/** `Authorization: …`, `Cookie: …`, `X-Api-Key: …` anywhere in text (log lines, JSON-in-text, curl -H). */
export function redactHeadersInText(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!/authorization|cookie|dpop|-key|token|secret|password/i.test(text)) return text;
  let out = "";
  let pos = 0;
  HEADER_IN_TEXT.lastIndex = 0;
  for (;;) {
    const m = HEADER_IN_TEXT.exec(text);
    if (!m) break;
    const [whole, name, , quote] = m;
    const valueStart = m.index + whole.length;
    // The value ends at the line's end or, inside a quoted shell word or JSON string, at the quote.
    const stop = quote ? quote[quote.length - 1] : "";
    let end = valueStart;
    while (end < text.length && text[end] !== "\n" && text[end] !== "\r") {
      if (stop ? text[end] === stop && (quote.length === 1 || text[end - 1] === "\\") : text[end] === "'" || text[end] === '"') break;
      end++;
    }
    if (stop && quote.length > 1 && text[end] === stop) end -= quote.length - 1;
    const value = text.slice(valueStart, end);
    const lower = name.toLowerCase().replace(/_/g, "-");
    if ((lower === "authorization" || lower === "proxy-authorization") && isProse(value)) {
      // "Authorization: the app gets a 403" is prose, not a credential: leave it to the rest of the sweep.
      HEADER_IN_TEXT.lastIndex = valueStart;
      continue;
    }
    const redacted =
      lower === "authorization" || lower === "proxy-authorization"
        ? redactAuthorizationValue(value, ctx, sweep, false)
        : redactHeaderValue(lower, value, ctx, sweep);
    out += text.slice(pos, valueStart) + redacted;
    pos = end;
    HEADER_IN_TEXT.lastIndex = Math.max(end, valueStart);
  }
  return out + text.slice(pos);
}
