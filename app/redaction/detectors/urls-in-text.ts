// URLs in free text, found from their "://" (one native search) instead of a regular expression that tries a scheme
// at every position of the text. The same matches as /[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'<>\\`]+/gi: a scheme of 2–21
// characters starting with a letter right before "://", then everything up to white space, a quote, < > \ or `.
import { charTable } from "../char-table";

const isSchemeChar = charTable(/[a-z0-9+.-]/i);
const endsUrl = charTable(/[\s"'<>\\`]/);
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** Replaces each URL of the text by `fn(url)`; the text itself when nothing changes. */
export function replaceUrls(text: string, fn: (url: string) => string): string {
  const n = text.length;
  let out = "";
  let pos = 0;
  let from = 0;
  for (;;) {
    const p = text.indexOf("://", from);
    if (p < 0) break;
    // The scheme: scheme characters back from "://" (at most 21, never before the end of the last URL); it starts
    // at the first letter among them that leaves at least one character after it.
    let b = p;
    while (b > from && b > p - 21 && isSchemeChar(text.charCodeAt(b - 1))) b--;
    let s = b;
    while (s <= p - 2 && !isAsciiLetter(text.charCodeAt(s))) s++;
    // No scheme: the next "://" is looked for from here, before reading on (else a run of "://" would read to its end
    // from each of them).
    if (s > p - 2) {
      from = p + 1;
      continue;
    }
    let e = p + 3;
    while (e < n && !endsUrl(text.charCodeAt(e))) e++;
    if (e === p + 3) {
      from = p + 1;
      continue;
    }
    const url = text.slice(s, e);
    const replaced = fn(url);
    if (replaced !== url) {
      out += text.slice(pos, s) + replaced;
      pos = e;
    }
    from = e;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/**
 * Paths with a query in free text, without a scheme or a host: an access log's `"GET /callback?code=…&state=… HTTP/1.1"`,
 * a filter chain's `: /login?code=…`. A path starts at a "/" right after white space, a quote or the start of the
 * text (so no character of a path or a query starts another: each is read once), and holds a "?" then a query.
 */
const PATH_QUERY = /(?<![^\s"'<>\\`])\/[A-Za-z0-9._~%/-]{0,2048}\?[^\s"'<>\\`]+/g;

/** Replaces each path-with-query of the text by `fn(path)`; the text itself when nothing changes. */
export function replacePathQueries(text: string, fn: (pathAndQuery: string) => string): string {
  if (!text.includes("?")) return text;
  return text.replace(PATH_QUERY, (m) => (m.includes("=") ? fn(m) : m));
}
