// Java's `HttpURLConnection` logs its headers (java.util.logging at FINE, `-Djavax.net.debug`, a `toString()` in an
// application's log) as `sun.net.www.MessageHeader@5e9f23b4 pairs: {POST /token HTTP/1.1: null}{Host: x}{…}`: every
// header in braces on one line, the request or status line first with the value `null`. Read as one line, the first
// credential header took the rest of the line with it (Host, User-Agent and the others after it). Each `{Name: value}`
// is read as its own header line instead, and put back in its braces. One scan of each line: linear in the text.
import { splitLines } from "./http-text";
import { protectAround } from "./placeholders";

const MARK = "MessageHeader@";
/** The object's hash glued to its count of pairs (`toString()` prints `super.toString() + nkeys + " pairs: "`). */
const HEAD = /MessageHeader@[0-9a-f]{1,16}[ \t]{0,4}pairs: (?=\{)/;

/**
 * Every printed MessageHeader in `text` with each `{Name: value}` pair read by `readLine` (the text redactor) as a
 * header line of its own; the text around the pairs goes through `protect` (held from the later sweep).
 */
export function redactMessageHeaders(
  text: string,
  readLine: (line: string) => string,
  protect: (piece: string) => string = (piece) => piece,
): string {
  if (!text.includes(MARK)) return text;
  let changed = false;
  const out = splitLines(text).map((line) => {
    const head = line.includes(MARK) ? HEAD.exec(line) : null;
    if (!head) return line;
    const done = redactPairs(line, head.index + head[0].length, readLine, protect);
    if (done !== null) changed = true;
    return done ?? line;
  });
  return changed ? out.join("") : text;
}

/** The line with each pair from `start` on read, or null when no pair changed. */
function redactPairs(
  line: string,
  start: number,
  readLine: (line: string) => string,
  protect: (piece: string) => string,
): string | null {
  let out = line.slice(0, start);
  let pos = start;
  let changed = false;
  while (line[pos] === "{") {
    // A pair ends at `}{` (the next pair) or at its line's last `}`.
    const next = line.indexOf("}{", pos + 1);
    const end = next >= 0 ? next : line.lastIndexOf("}");
    if (end <= pos) break;
    const pair = line.slice(pos + 1, end);
    const colon = pair.indexOf(": ");
    const read = colon > 0 ? readLine(pair) : pair;
    if (read !== pair) changed = true;
    out += "{" + protectAround(read, protect) + "}";
    pos = end + 1;
  }
  return changed ? out + line.slice(pos) : null;
}
