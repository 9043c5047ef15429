// Envoy (and Istio's sidecar) at debug level prints a request's or a response's headers one a line, each as
// `'name', 'value'` (under "request headers complete", "router decoding headers:", "upstream response headers:"), the
// value written as it came, quotes and all. A line that is exactly such a pair (blanks before it allowed), beside
// another one, is read as the header it is and its value redacted by the header's name (headers.ts): the credential
// of `authorization`, every cookie value, API-key headers. Found by a character scan, line by line: linear in the text.
import type { ItemContext } from "../context";
import { redactHeaderValue } from "../headers";

/** Between the name's closing quote and the value's opening one. */
const SEPARATOR = "', '";
/** A header name as Envoy prints it: a token, HTTP/2 pseudo-headers with their leading colon. */
const NAME = /^:?[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

export function redactQuotedHeaderLines(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes(SEPARATOR)) return text;
  const lines = text.split("\n");
  const pairs = lines.map(headerPair);
  // A header dump holds several headers (Envoy prints `:authority`, `:path`, `:method` first): a pair line counts
  // only beside another one, so a lone quoted pair in prose is left alone.
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const pair = pairs[i];
    if (!pair || !(pairs[i - 1] || pairs[i + 1])) continue;
    const value = lines[i].slice(pair.valueAt, pair.valueEnd);
    const redacted = redactHeaderValue(pair.name, value, ctx, sweep);
    if (redacted === value) continue;
    lines[i] = lines[i].slice(0, pair.valueAt) + redacted + lines[i].slice(pair.valueEnd);
    changed = true;
  }
  return changed ? lines.join("\n") : text;
}

interface HeaderPair {
  name: string;
  /** Where the value starts and ends in its line (inside its quotes). */
  valueAt: number;
  valueEnd: number;
}

/** The header of a line that is exactly `'name', 'value'` (blanks before it, a carriage return after it); else null. */
function headerPair(line: string): HeaderPair | null {
  const last = line.endsWith("\r") ? line.length - 2 : line.length - 1;
  let open = 0;
  while (open < last && (line[open] === " " || line[open] === "\t")) open++;
  if (line[open] !== "'" || line[last] !== "'") return null;
  const sep = line.indexOf(SEPARATOR, open + 1);
  if (sep < 0 || sep + SEPARATOR.length > last) return null;
  const name = line.slice(open + 1, sep);
  return NAME.test(name) ? { name, valueAt: sep + SEPARATOR.length, valueEnd: last } : null;
}
