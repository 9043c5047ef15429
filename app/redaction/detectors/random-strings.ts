// A standalone random-looking string in prose — no label in front of it — is taken for a secret by its shape: 32 or
// more characters mixing lower case, upper case and digits, high in entropy, that decode to no text. UUIDs, hex IDs
// and opc-request-id (one case only) stay; a value after `key:` / `key=` is left to its label. One regex pass.
import type { ItemContext } from "../context";
import { entropy } from "./secret-keys";
import { decodeBase64Text } from "~/evidence/base64";
import { charTable } from "../char-table";
import { replaceRuns } from "../runs";

/** Candidates: whole runs of 32 or more of these characters. */
const isTokenChar = charTable(/[A-Za-z0-9_-]/);
const LABELLED = /[:=][ \t]*["'`]?$/;

/** [start, end) of the PEM blocks of a text (a public key or certificate body is base64, not a secret). */
function pemRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  for (;;) {
    const start = text.indexOf("-----BEGIN", from);
    if (start < 0) break;
    const end = text.indexOf("-----END", start);
    out.push([start, end < 0 ? text.length : end]);
    if (end < 0) break;
    from = end + 8;
  }
  return out;
}

export function redactRandomStrings(text: string, ctx: ItemContext): string {
  if (text.length < 32) return text;
  const pem = text.includes("-----BEGIN") ? pemRanges(text) : [];
  let p = 0;
  return replaceRuns(text, isTokenChar, 32, (token, at) => {
    while (p < pem.length && pem[p][1] <= at) p++;
    if (p < pem.length && pem[p][0] <= at) return token;
    const before = text[at - 1] ?? "";
    const after = text[at + token.length] ?? "";
    // Part of a longer word, path, URL, e-mail address or number: not standalone.
    if (/[A-Za-z0-9/.@+%=]/.test(before) || /[A-Za-z0-9/@+%]/.test(after)) return token;
    if (LABELLED.test(text.slice(Math.max(0, at - 4), at))) return token;
    if (!hasRandomShape(token) || isJoinedWords(token, before === "(" || before === "[")) return token;
    // Base64 of readable text (a JSON config, a URL segment) is no random secret: other detectors judge its content.
    const decoded = decodeBase64Text(token);
    if (decoded !== null && /^[\x20-\x7e\t\r\n]*$/.test(decoded)) return token;
    return ctx.secret(token, "secret");
  });
}

/** A word (lower case, Capitalised or UPPER) or a number. */
const WORD = /^(?:[a-z]*|[A-Z][a-z]+|[A-Z]+|\d+)$/;
/** Words joined in camel case (`ManagedExecutorService`, `httpNio`), each hump after the first 2+ lower letters. */
const CAMEL_WORDS = /^[A-Z]?[a-z]+(?:[A-Z][a-z]{2,})+$/;

/**
 * Words and numbers joined by dashes or underscores (a thread's name, `http-nio-8080-exec-10`): a name. A generated
 * key of 32+ characters mixes letters and digits inside a part, or its letter groups mix case as no word does
 * (`AbcdEfghIjklMnop-2024-QrstUvwxYzab-77`). Camel-case parts (`EE-ManagedExecutorService-default-Thread-13`) count
 * as words only where a Java log writes its thread's name, inside `(…)` or `[…]` (`threadPosition`).
 */
function isJoinedWords(token: string, threadPosition: boolean): boolean {
  const parts = token.split(/[-_]/);
  if (parts.length < 3) return false;
  return parts.every((part) => WORD.test(part) || (threadPosition && CAMEL_WORDS.test(part)));
}

/** Mixes lower case, upper case and digits, high in entropy: the shape of a generated secret, not of a word or id. */
export function hasRandomShape(token: string): boolean {
  return /[a-z]/.test(token) && /[A-Z]/.test(token) && /\d/.test(token) && entropy(token) >= 4;
}
