// Headers printed as a flat map, one value per name and no brackets around it: AWS API Gateway's execution log
// (`Method request headers: {Accept=*/*, Cookie=…, X-Forwarded-For=…}`, `Endpoint response headers: {Date=Wed, 05 Oct
// 2022 …, Set-Cookie=a=…; Path=/,b=…; Path=/, Server=…}`) and Java's `Map<String, String>.toString()`. A value may hold
// `, ` itself (a date, joined cookies), so an entry ends only where `, ` is followed by a name that reads as a header's.
// A pair whose name is a credential's, a cookie's, a user's or a client address's header has its value redacted by that
// name (headers.ts); every other pair and the punctuation stay byte for byte. The bracketed maps (`{Set-Cookie=[…]}`)
// are printed-header-pairs.ts's.
import type { ItemContext } from "../context";
import {
  isCredentialByWordOnly,
  isCredentialHeader,
  isPersonsHeader,
  looksLikeCredential,
  redactHeaderValue,
} from "../headers";

/** A map's opening: `{` right before a header-like name and `=` (not `=[`, which is a bracketed map's). */
const OPENING = /\{([A-Za-z][A-Za-z0-9-]{0,63})=(?!\[)/g;
/** An entry's start inside a map: `, `, a header-like name, `=`. */
const ENTRY = /, ([A-Za-z][A-Za-z0-9-]{0,63})=/g;
/** Header names as printed: Title-Case words joined by `-` (`Set-Cookie`, `X-Forwarded-For`, `Server`), or lower-case
 *  words joined by `-` (`user-agent`, `x-request-id`), the way HTTP/2 and API Gateway's lower-cased maps print them. */
const HEADER_NAME = /^(?:[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|[a-z][a-z0-9]*(?:-[a-z0-9]+)+)$/;
/** One-word header names printed in lower case. */
const LOWER_WORDS = new Set([
  "accept",
  "age",
  "allow",
  "authorization",
  "connection",
  "cookie",
  "date",
  "etag",
  "expect",
  "forwarded",
  "host",
  "link",
  "location",
  "origin",
  "pragma",
  "range",
  "referer",
  "server",
  "upgrade",
  "vary",
  "via",
  "warning",
]);
/** A cookie's attributes (RFC 6265): after `, ` inside a joined Set-Cookie they continue a cookie, not a map. */
const COOKIE_ATTRIBUTES = new Set([
  "path",
  "domain",
  "expires",
  "max-age",
  "samesite",
  "secure",
  "httponly",
  "priority",
]);

const readsAsHeaderName = (name: string): boolean =>
  !COOKIE_ATTRIBUTES.has(name.toLowerCase()) && (HEADER_NAME.test(name) || LOWER_WORDS.has(name));

/** A name whose value is judged by it: a credential's, a cookie's, a user's or a client address's header. */
const judgedByName = (lower: string): boolean => isCredentialHeader(lower) || isPersonsHeader(lower);

export function redactFlatHeaderMaps(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("{")) return text;
  let out = "";
  let pos = 0;
  // The current line's end and its last `}`, found once per line (the openings only move forward).
  let lineEnd = -1;
  let close = -1;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    if (m.index >= lineEnd) {
      lineEnd = text.indexOf("\n", m.index);
      if (lineEnd < 0) lineEnd = text.length;
      close = text.lastIndexOf("}", lineEnd - 1);
    }
    if (!readsAsHeaderName(m[1]) || close < m.index) {
      OPENING.lastIndex = m.index + 1;
      continue;
    }
    // The map runs to the last `}` of its line; the next opening is looked for after it.
    const bodyStart = m.index + 1;
    OPENING.lastIndex = close + 1;
    const entries = entriesOf(text, bodyStart, close);
    for (const e of entries) {
      const lower = e.name.toLowerCase();
      if (!judgedByName(lower)) continue;
      const value = text.slice(e.valueStart, e.end);
      if (isCredentialByWordOnly(lower) && !looksLikeCredential(value.trim())) continue;
      const redacted = redactHeaderValue(e.name, value, ctx, sweep);
      if (redacted === value) continue;
      out += text.slice(pos, e.valueStart) + redacted;
      pos = e.end;
    }
  }
  return pos ? out + text.slice(pos) : text;
}

/** The map's entries between `from` (after `{`) and `to` (its `}`): each name, where its value starts and ends. The
 *  map's body is read on its own, so each map costs its own length. */
function entriesOf(text: string, from: number, to: number) {
  const body = text.slice(from, to);
  const entries: Array<{ name: string; valueStart: number; end: number }> = [];
  const firstEq = body.indexOf("=");
  let current = { name: body.slice(0, firstEq), valueStart: from + firstEq + 1, end: to };
  ENTRY.lastIndex = firstEq + 1;
  for (let m = ENTRY.exec(body); m; m = ENTRY.exec(body)) {
    if (!readsAsHeaderName(m[1])) continue;
    current.end = from + m.index;
    entries.push(current);
    current = { name: m[1], valueStart: from + m.index + m[0].length, end: to };
  }
  entries.push(current);
  return entries;
}
