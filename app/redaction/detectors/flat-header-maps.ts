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
import { COOKIE_ATTRIBUTES } from "./cookies";

/** A map's opening: `{` right before a name and `=` (not `=[`, which is a bracketed map's). The name need not read as a
 *  header's (`{X_Custom=1, Cookie=…}`, HTTP/2's `{:authority=…, cookie=…}`): only the names judged below count. */
const OPENING = /\{([:A-Za-z_][\w:.-]{0,63})=(?!\[)/g;
/** An entry's start inside a map: `, ` (or `,` at a line's end, then the next line's indent), a header-like name, `=`. */
const ENTRY = /,(?: |\r?\n[ \t]*)([A-Za-z][A-Za-z0-9-]{0,63})=/g;
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

/** A cookie's attributes after `, ` continue a joined Set-Cookie; they do not start a map's next entry. */
const readsAsHeaderName = (name: string): boolean =>
  !COOKIE_ATTRIBUTES.has(name.toLowerCase()) && (HEADER_NAME.test(name) || LOWER_WORDS.has(name));

/** A name whose value is judged by it: a credential's, a cookie's, a user's or a client address's header. */
const judgedByName = (lower: string): boolean => isCredentialHeader(lower) || isPersonsHeader(lower);

export function redactFlatHeaderMaps(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("{")) return text;
  let out = "";
  let pos = 0;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const bodyStart = m.index + 1;
    const bodyEnd = mapEnd(text, bodyStart);
    // The next opening is looked for where this map's body ends, so each character is read by one map only.
    OPENING.lastIndex = bodyEnd;
    for (const e of entriesOf(text, bodyStart, bodyEnd)) {
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

/** Where a map's body ends: at its first `}`, at a `{` (a nested or the next map), or at its line's end: API Gateway
 *  cuts long lines (`… [TRUNCATED]`), so a map may never close. A line ending in `,` is continued by the next one (a
 *  map wrapped over lines). One forward scan, never past the map. */
function mapEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7d || c === 0x7b) return i;
    if (c === 0x0a && !endsWithComma(text, from, i)) return i;
  }
  return text.length;
}

/** Whether the line ending at `newline` ends in `,` (trailing blanks and `\r` aside), looking no further back than
 *  `from`. */
function endsWithComma(text: string, from: number, newline: number): boolean {
  let i = newline - 1;
  while (i >= from && (text[i] === " " || text[i] === "\t" || text[i] === "\r")) i--;
  return i >= from && text[i] === ",";
}

/** The map's entries between `from` (after `{`) and `to` (its end): each name, where its value starts and ends. The
 *  map's body is read on its own, so each map costs its own length. Inside a cookie header's value, a `, Name=` whose
 *  name is not plainly a header's (`, AWSALB=` after `Path=/`) is the next cookie of a joined list. */
function entriesOf(text: string, from: number, to: number) {
  const body = text.slice(from, to);
  const entries: Array<{ name: string; valueStart: number; end: number }> = [];
  const firstEq = body.indexOf("=");
  let current = { name: body.slice(0, firstEq), valueStart: from + firstEq + 1, end: to };
  ENTRY.lastIndex = firstEq + 1;
  for (let m = ENTRY.exec(body); m; m = ENTRY.exec(body)) {
    if (!readsAsHeaderName(m[1])) continue;
    if (isCookieHeader(current.name) && !plainlyHeaderName(m[1])) continue;
    current.end = from + m.index;
    entries.push(current);
    current = { name: m[1], valueStart: from + m.index + m[0].length, end: to };
  }
  entries.push(current);
  return entries;
}

const isCookieHeader = (name: string): boolean => /^(?:set-)?cookie$/i.test(name);

/** A name no cookie would carry: a known one-word header's, or hyphenated (`Cache-Control`, `X-Amzn-Trace-Id`). */
const plainlyHeaderName = (name: string): boolean => name.includes("-") || LOWER_WORDS.has(name.toLowerCase());
