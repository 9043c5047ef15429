// A HAR's `cookies` array in text that no longer parses as JSON (a piece of a HAR pasted into a write-up or an issue,
// cut off before its end): every `"value"` inside the array is a cookie's value and goes; the names, paths, domains,
// expiry dates and flags stay. The array ends at its closing `]` outside strings, at a key of the request or response
// when it was cut before its `]`, or after MAX_ARRAY characters. One pass: the scan for the end of an array resumes
// the search for the next `"cookies"` key after it.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

const COOKIES_KEY = /"cookies"[ \t]*:[ \t\r\n]*\[/g;
/** `"value": "…"` (escapes allowed, one line). */
const VALUE_PAIR = /"value"[ \t]*:[ \t]*"((?:[^"\\\n]|\\.){1,4096})"/g;
const MAX_ARRAY = 65536;

export function redactCookieArrays(text: string, ctx: ItemContext): string {
  if (!text.includes('"cookies"')) return text;
  let out = "";
  let pos = 0;
  COOKIES_KEY.lastIndex = 0;
  for (let m = COOKIES_KEY.exec(text); m; m = COOKIES_KEY.exec(text)) {
    const start = m.index + m[0].length;
    const end = arrayEnd(text, start);
    const array = text.slice(start, end);
    const redacted = array.replace(VALUE_PAIR, (pair: string, value: string) =>
      value.trim() && !isSentinelOnly(value)
        ? pair.slice(0, pair.length - value.length - 1) + ctx.secret(value, "cookie") + '"'
        : pair,
    );
    if (redacted !== array) {
      out += text.slice(pos, start) + redacted;
      pos = end;
    }
    COOKIES_KEY.lastIndex = end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** Keys of a HAR request, response or entry: a cookie object never holds one, so a cut array ends before it. */
const HAR_SIBLING_KEYS = new Set([
  "headers",
  "queryString",
  "postData",
  "params",
  "url",
  "method",
  "httpVersion",
  "status",
  "statusText",
  "content",
  "redirectURL",
  "headersSize",
  "bodySize",
  "request",
  "response",
  "timings",
  "cache",
  "serverIPAddress",
  "connection",
  "startedDateTime",
  "pageref",
  "mimeType",
  "text",
  "cookies",
]);

/**
 * Where the array that opens before `from` closes: its `]` at depth 0 outside strings, or a key standing where the
 * array cannot hold one (any key at depth 0, a HAR request or response key at any depth: the array was cut), or the
 * limit, or the end. JSON's quoting (`"` only, `\` escapes), but a line break ends a string: the text may be cut.
 */
function arrayEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_ARRAY);
  let depth = 0;
  let stringStart = -1;
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (stringStart >= 0) {
      if (c === "\\") i++;
      else if (c === "\n") stringStart = -1;
      else if (c === '"') {
        if (isKeyEnd(text, i + 1, limit) && (depth === 0 || HAR_SIBLING_KEYS.has(text.slice(stringStart + 1, i))))
          return stringStart;
        stringStart = -1;
      }
    } else if (c === '"') stringStart = i;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      if (depth === 0) return i;
      depth--;
    }
  }
  return limit;
}

/** Whether a `:` follows at `at` after spaces or tabs (the string before it was a key). */
function isKeyEnd(text: string, at: number, limit: number): boolean {
  let i = at;
  while (i < limit && (text[i] === " " || text[i] === "\t")) i++;
  return text[i] === ":";
}
