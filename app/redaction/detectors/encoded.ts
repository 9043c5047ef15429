// Secrets hidden under an encoding: a URL-encoded (or double-encoded) query that carries a token
// (`next=%2Fapp%3Faccess_token%3D…`), a base64 / base64url JSON that holds a secret key (`state=eyJ…` decoding to
// {"access_token": …}, a Kubernetes `.dockercfg`), a base64 `client_id:secret` without the word Basic. A value is
// decoded at most MAX_DEPTH times, only up to MAX_LENGTH characters, each decode one linear pass.
import type { ItemContext } from "../context";
import { base64PrefixIsText, decodeBase64Text } from "~/evidence/base64";
import { SECRET_PARAMS, secretKey } from "./secret-keys";
import { isTemplateMarker } from "../context";
import { charTable } from "../char-table";
import { replaceRuns } from "../runs";
import { encodesHttpCredentials } from "./encoded-http";

const MAX_DEPTH = 3;
const MAX_LENGTH = 16 * 1024;
const BASE64 = /^[A-Za-z0-9+/_-]{16,}={0,2}$/;
const UUID_OR_HEX = /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]+)$/;
/** A query or form pair whose name is a secret parameter, with a value of 4+ characters. */
const SECRET_PAIR = /(?:^|[?&#;\s/])([A-Za-z_-]{2,40})=([^&#\s]{4,})/g;
/** `client_id:secret` — printable, no spaces, not a URL or a time. */
const ID_AND_SECRET = /^[\x21-\x39\x3b-\x7e]{1,200}:(?!\/\/)[\x21-\x7e]{4,}$/;
const PRINTABLE = /^[\P{Cc}\t\r\n]*$/u;

/** Does `value` hide a secret under one or more encodings? (`fromBase64`: it is the text a base64 token decoded to.) */
export function hidesSecret(value: string, depth = 0, fromBase64 = false): boolean {
  if (depth > MAX_DEPTH || value.length > MAX_LENGTH) return false;
  const t = value.trim();
  if (depth > 0 && (holdsSecretJson(t) || holdsSecretPair(t) || (fromBase64 && ID_AND_SECRET.test(t)))) return true;
  if (/%[0-9A-Fa-f]{2}/.test(t)) {
    let decoded: string | null = null;
    try {
      decoded = decodeURIComponent(t.replace(/\+/g, " "));
    } catch {
      decoded = null;
    }
    if (decoded !== null && decoded !== t && hidesSecret(decoded, depth + 1)) return true;
  }
  if (BASE64.test(t) && !UUID_OR_HEX.test(t) && decodesToText(t)) {
    const decoded = decodeBase64Text(t);
    if (decoded !== null && PRINTABLE.test(decoded) && hidesSecret(decoded, depth + 1, true)) return true;
  }
  return false;
}

/** A cheap first look at the first bytes a base64 token decodes to: the containers that hide a secret (JSON, a
 *  query, `id:secret`) are ASCII text; control or high bytes mean binary (most random tokens, after a byte or two). */
const decodesToText = (token: string) => base64PrefixIsText(token, 96);

function holdsSecretPair(text: string): boolean {
  if (!text.includes("=")) return false;
  SECRET_PAIR.lastIndex = 0;
  for (const m of text.matchAll(SECRET_PAIR)) {
    const name = m[1].toLowerCase();
    if ((SECRET_PARAMS[name] || name === "code") && !isTemplateMarker(m[2])) return true;
  }
  return false;
}

/** A JSON object (or array) with a key that names a secret over a non-empty value, at any depth. Iterative. */
function holdsSecretJson(text: string): boolean {
  if (!/^[{[]/.test(text) || !/[}\]]$/.test(text)) return false;
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return false;
  }
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (!node || typeof node !== "object") continue;
    for (const [k, v] of Object.entries(node as Record<string, unknown>)) {
      if (typeof v === "string" && v.trim() && !isTemplateMarker(v) && !Array.isArray(node) && secretKey(k))
        return true;
      if (v && typeof v === "object") stack.push(v);
    }
  }
  return false;
}

/** Tokens in text that look encoded (base64, or with %XX escapes) and hide a secret: replaced whole. One pass. */
// Whole runs of 16 or more token characters, with up to two `=` of padding.
const isEncodedChar = charTable(/[A-Za-z0-9+/_%.-]/);

export function redactEncodedInText(text: string, ctx: ItemContext): string {
  if (text.length < 16) return text;
  const padded = (end: number) => (text[end] !== "=" ? end : text[end + 1] !== "=" ? end + 1 : end + 2);
  return replaceRuns(
    text,
    isEncodedChar,
    16,
    (token, at) => {
      // Part of a longer word or a key: skipped (a URL's own parts are judged by the URL redactor).
      const before = text[at - 1] ?? "";
      if (/[A-Za-z0-9]/.test(before)) return token;
      return hidesSecret(token) || encodesHttpCredentials(token) ? ctx.secret(token, "encoded_secret") : token;
    },
    padded,
  );
}
