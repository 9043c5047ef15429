// PEM private keys (RSA, EC, PKCS#8, OpenSSH, encrypted, PGP blocks), found by a linear scan for the markers.
import type { ItemContext } from "../context";

const BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----/g;

/**
 * `text.indexOf(needle, from)` for `from` that only grows, remembering each answer: many BEGIN markers with no END
 * (or no quote) after them search the rest of the text once, not once per marker.
 */
function forwardSearch(text: string): (needle: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    const known = last.get(needle);
    if (known && from >= known.from && (known.at === -1 || from <= known.at)) return known.at;
    const at = text.indexOf(needle, from);
    last.set(needle, { from, at });
    return at;
  };
}

/** A line of a PEM body: base64 (maybe indented, maybe a JSON string's escaped `\\n` at its end), or one of the
 *  headers an encrypted or PGP key carries before its body. */
const KEY_BODY_LINE =
  /^[ \t]*(?:[A-Za-z0-9+/=]+(?:\\n)?|(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):[^\n]*)[ \t]*\r?$/;

/** Longest line prefix (`api-1  | `, `# `, a log's timestamp) a key's body lines may repeat from its BEGIN line. */
const MAX_LINE_PREFIX = 64;

/** What stands before a BEGIN marker on its line, when short: a body line written under the same prefix (compose's
 *  `api-1  | `, a commented-out key's `# `) is still body. Read in a bounded window: many markers on one long line
 *  read it once each. */
function linePrefix(text: string, start: number): string {
  const window = text.slice(Math.max(0, start - MAX_LINE_PREFIX), start);
  const nl = window.lastIndexOf("\n");
  return nl >= 0 || start <= MAX_LINE_PREFIX ? window.slice(nl + 1) : "";
}

/** A line of the key's body once the BEGIN line's prefix and a `.properties` continuation's trailing `\` are set
 *  aside. */
function isKeyBodyLine(line: string, prefix: string): boolean {
  const unprefixed = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
  return KEY_BODY_LINE.test(unprefixed.replace(/\\(\r?)$/, "$1"));
}

/** Where a key with no END marker stops: at the end of the first line after its BEGIN line that is no key body, or
 *  -1 (every line to the end is one). The answer holds for any BEGIN inside the body it found under the same prefix
 *  (a quote may end a key sooner, and the next BEGIN starts inside the same run of body lines): remembered, so each
 *  line is read once. */
function keyBodyEnds(text: string): (start: number) => number {
  let from = -1;
  let found = -1;
  let foundPrefix = "";
  return (start) => {
    const prefix = linePrefix(text, start);
    if (from >= 0 && start >= from && (found < 0 || start < found) && prefix === foundPrefix) return found;
    let lineEnd = text.indexOf("\n", start);
    while (lineEnd >= 0) {
      const next = text.indexOf("\n", lineEnd + 1);
      if (!isKeyBodyLine(text.slice(lineEnd + 1, next < 0 ? text.length : next), prefix)) break;
      lineEnd = next;
    }
    from = start;
    found = lineEnd;
    foundPrefix = prefix;
    return lineEnd;
  };
}

export function redactPemKeys(text: string, ctx: ItemContext): string {
  if (!text.includes("PRIVATE KEY")) return text;
  const find = forwardSearch(text);
  const keyBodyEnd = keyBodyEnds(text);
  let out = "";
  let pos = 0;
  BEGIN.lastIndex = 0;
  for (;;) {
    BEGIN.lastIndex = pos;
    const m = BEGIN.exec(text);
    if (!m) break;
    const start = m.index;
    let end: number;
    const endMarker = find("-----END ", start + m[0].length);
    const close = endMarker >= 0 ? find("-----", endMarker + 9) : -1;
    if (close >= 0 && close - endMarker < 80) {
      end = close + 5;
    } else {
      // No END marker (a truncated paste): the key runs to a blank line, a quote, the first line that is no key body
      // (`…client-secret=-----BEGIN PRIVATE KEY-----…` in a .properties file, the next key after it), or the end.
      const stops = [
        find("\n\n", start),
        find("\r\n\r\n", start),
        find('"', start),
        find("'", start),
        keyBodyEnd(start),
      ].filter((i) => i >= 0);
      end = stops.length ? Math.min(...stops) : text.length;
    }
    out += text.slice(pos, start) + ctx.secret(text.slice(start, end), "private_key");
    pos = end;
  }
  return out + text.slice(pos);
}

/** JWK members that are private key material (RFC 7518): d, p, q, dp, dq, qi, oth; k of symmetric keys. */
export const JWK_PRIVATE_MEMBERS = new Set(["d", "p", "q", "dp", "dq", "qi", "oth", "k"]);
