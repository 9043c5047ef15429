// Headers a program printed as name/value pairs, several on one line: a Python or ASGI list of tuples
// (`[(b'host', b'…'), (b'cookie', b'…')]`, `('Authorization', '…')`), Go's `http.Header` (`map[Set-Cookie:[…] …]`),
// Java's `Map<String, List<String>>` (`{Set-Cookie=[…], …}`) and PowerShell's KeyValuePairs (`{[Set-Cookie, …], …}`).
// A pair whose name is a credential's, a cookie's, a user's or a client address's header has its value redacted by that
// name (headers.ts); every other pair, and the punctuation around each, stays byte for byte. One pass of the opening
// patterns over the text; each value ends at the first closing delimiter after it (a bounded search), so the work is
// linear in the text.
import type { ItemContext } from "../context";
import {
  isCredentialByWordOnly,
  isCredentialHeader,
  isPersonsHeader,
  looksLikeCredential,
  redactHeaderValue,
} from "../headers";

/**
 * The opening of a pair, up to where its value starts:
 * 1–3. a tuple: `(`, an optional `b`, a quote, the name, the same quote, `,`, blanks, an optional `b`, a quote;
 * 4–5. a map's entry: the name at a line's start or after `[`, `{`, a blank or `,`, then `:[` (Go) or `=[` (Java);
 * 6. PowerShell: `[`, the name, `, `;
 * 7–8. Ruby's hash inspect: the quoted name, `=>[` (`"Set-Cookie"=>["…", "…"]`).
 */
const OPENING =
  /\(b?(['"])([A-Za-z][\w-]{0,63})\1,[ \t]{0,4}b?(['"])|(?<=^|[[{ \t,])([A-Za-z][\w-]{0,63})([:=])\[|(?<=[{ \t,])\[([A-Za-z][\w-]{0,63}), |(['"])([A-Za-z][\w-]{0,63})\7[ \t]?=>[ \t]?\[/gm;
/** A quoted string of a Ruby list, its escapes skipped over. */
const QUOTED = /(["'])((?:\\.|(?!\1)[^\\\n])*)\1/g;
/** A value is never longer than this: a close not found within it leaves the pair alone. */
const MAX_VALUE = 16_384;

export function redactPrintedHeaderPairs(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("[") && !text.includes("(")) return text;
  const nextIndex = nextIndexIn(text);
  let out = "";
  let pos = 0;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const name = m[2] ?? m[4] ?? m[6] ?? m[8];
    const start = m.index + m[0].length;
    const lower = name.toLowerCase();
    // A name with `_` is a form's field (`{client_secret=[…]}`, java-maps.ts; `('token_type', 'Bearer')` of a form
    // posted from Python), not a header: the form readers and the sweep judge it.
    if (!(isCredentialHeader(lower) || isPersonsHeader(lower)) || name.includes("_")) continue;
    // A tuple's value ends at its next quote, which `)` must follow; a map's, PowerShell's or Ruby's at the next `]`.
    const end = nextIndex(m[3] ?? "]", start);
    if (end < 0 || end - start > MAX_VALUE || (m[3] && text[end + 1] !== ")")) continue;
    // The value is read once: the next pair starts after it.
    OPENING.lastIndex = end;
    const value = text.slice(start, end);
    // `[Session-Timeout, 3600]`, `[Auth-Method, Basic]`: a name that only holds a credential's word, with a value that
    // reads as no credential, is a fact.
    if (isCredentialByWordOnly(lower) && !looksLikeCredential(value.trim())) continue;
    // Ruby's list holds one quoted string a header line: each is read as its own value.
    const redacted = m[8]
      ? value.replace(
          QUOTED,
          (_q, quote: string, inner: string) => quote + redactHeaderValue(name, inner, ctx, sweep) + quote,
        )
      : redactHeaderValue(name, value, ctx, sweep);
    if (redacted === value) continue;
    out += text.slice(pos, start) + redacted;
    pos = end;
  }
  return pos ? out + text.slice(pos) : text;
}

/**
 * A search for the next index of a character from a position that only grows: each search starts where the last one
 * found its character or beyond, so the text is scanned once per character looked for.
 */
function nextIndexIn(text: string): (char: string, from: number) => number {
  const found = new Map<string, number>();
  return (char, from) => {
    const known = found.get(char);
    if (known !== undefined && (known < 0 || known >= from)) return known;
    const at = text.indexOf(char, from);
    found.set(char, at);
    return at;
  };
}
