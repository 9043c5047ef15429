// Where an HL7 v2 message starts inside a line rather than at its start — after a log line's text (`… DEBUG - Socket[…]
// << MSH|…`, `… Error processing message: MSH|…`), an MLLP start block, or a string's opening quote and a written `\v`
// (a message in a C# or Java string, a JSON string in a log message) — and which later lines carry the same log prefix
// before their segment (`2025-01-02 10:00:01 INFO  PID|…`). Linear: each line is read once, a prefix compared once.
import { hl7Delimiters, isSegmentStart, type Hl7Delimiters } from "./hl7";

/** The characters of a segment id and an MSH-2 of the longest written form (`^\~\&` with Markdown escapes). */
const MSH_HEAD = 16;

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isDigit = (c: number) => c >= 48 && c <= 57;

/** A written vertical tab (MLLP's start block as a string literal writes it) ending at `at`. */
const WRITTEN_VT = /(?:\\v|\\x0[bB]|\\u000[bB])$/;

/**
 * The first MSH of `line` that opens a message: at the line's start, after a character that is no letter, digit or
 * underscore (a blank, `>`, `=`, `:`, a quote, MLLP's VT), or after a written `\v`; with the delimiters its MSH-1 and
 * MSH-2 declare. Null when the line holds none (`the MSH segment`, `MSH|^ and …` declare no delimiters).
 */
export function messageStart(line: string): { at: number; d: Hl7Delimiters } | null {
  for (let at = line.indexOf("MSH"); at >= 0; at = line.indexOf("MSH", at + 3)) {
    if (at > 0 && isWordCode(line.charCodeAt(at - 1)) && !WRITTEN_VT.test(line.slice(Math.max(0, at - 6), at)))
      continue;
    const d = hl7Delimiters(line.slice(at, at + MSH_HEAD));
    if (d) return { at, d };
  }
  const lone = loneSegmentStart(line);
  return lone >= 0 ? { at: lone, d: STANDARD } : null;
}

/** The delimiters HL7 v2 recommends, which nearly every interface uses: assumed when no MSH declares them. */
const STANDARD: Hl7Delimiters = { field: "|", component: "^", repetition: "~", escape: "\\", subcomponent: "&" };

/** Segments that carry a person, logged on their own (a PID written to a log without its message). */
const PERSON_IDS = ["PID", "NK1", "GT1", "IN1"];

/**
 * Where a person segment logged without its MSH starts (`2024-01-01 INFO PID|1||987654^^^MRN||Quillfeather^Odessa…`):
 * at the line's start or after a character that is no letter, digit or underscore (the end of a log prefix), written
 * with the standard `|` and at least three more fields, one of them a `^`-component value. -1 when there is none.
 * Linear in the line.
 */
export function loneSegmentStart(line: string): number {
  const joined = joinedFragmentStart(line);
  let first = joined;
  for (const id of PERSON_IDS) {
    for (let at = line.indexOf(id + "|"); at >= 0 && (first < 0 || at < first); at = line.indexOf(id + "|", at + 4)) {
      if (at > 0 && isWordCode(line.charCodeAt(at - 1))) continue;
      const fields = line.slice(at + 4, at + 4 + SEGMENT_REACH);
      if (THREE_FIELDS.test(fields) && fields.includes("^")) {
        first = at;
        break;
      }
    }
  }
  return first;
}

/** A segment after a written carriage return (`\\rOBX|`), the way code and issues quote a message on one line. */
const JOINED_SEGMENT = /\\r[A-Z][A-Z0-9]{2}\|/g;

/**
 * Where a fragment of a message quoted on one line starts (segments joined by a written `\\r`, the first one cut:
 * `T|1|…|\\rOBX|70|ST|…\\rOBX|71|…`): at the line's first non-blank character, when at least two segments follow a
 * written `\\r` on it (the cut segment is read with the message, so the words of the values removed from the whole
 * segments go from it too). -1 otherwise. One scan of the line, stopped at the second match.
 */
function joinedFragmentStart(line: string): number {
  if (!line.includes("\\r")) return -1;
  JOINED_SEGMENT.lastIndex = 0;
  const first = JOINED_SEGMENT.exec(line);
  if (!first || !JOINED_SEGMENT.exec(line)) return -1;
  // A whole segment before the first written `\\r` (after a log prefix, an opening quote) starts the message there.
  const head = HEAD_SEGMENT.exec(line.slice(0, first.index));
  if (head) return head.index + head[0].length - 4;
  // Else the cut segment before it belongs to the message (its values are the whole segments' values), unless code
  // stands there (an assignment, a quote).
  let at = 0;
  while (at < first.index && (line.charCodeAt(at) === 0x20 || line.charCodeAt(at) === 0x09)) at++;
  return /["'=]/.test(line.slice(at, first.index)) ? first.index + 2 : at;
}
/** A segment id and its field separator at the start or after a character that is no letter, digit or underscore. */
const HEAD_SEGMENT = /(?:^|[^A-Za-z0-9_])[A-Z][A-Z0-9]{2}\|/;

/** How far into a segment its fields are looked at to tell it from prose. */
const SEGMENT_REACH = 256;

/** Three more fields after the segment id's. */
const THREE_FIELDS = /^(?:[^|\r\n]*\|){3}/;

/**
 * Where a message that starts at `at` inside a quoted string ends on its line: at the first quote of the same kind
 * that no backslash escapes (a JSON or C# string closes there; what follows is the code or log text around it); the
 * line's length when the string never closes (cut off). -1 when no quote opens the string before the message.
 */
export function quotedEnd(line: string, at: number): number {
  const open = line.slice(Math.max(0, at - 7), at).replace(WRITTEN_VT, "");
  const quote = open[open.length - 1];
  if (quote !== '"' && quote !== "'") return -1;
  for (let i = line.indexOf(quote, at); i >= 0; i = line.indexOf(quote, i + 1)) {
    let slashes = 0;
    while (line.charCodeAt(i - 1 - slashes) === 92) slashes++;
    if (slashes % 2 === 0) return i;
  }
  return line.length;
}

/** A line that goes on a string in code: blanks, perhaps a concatenation operator (`+` in Java, C# and JavaScript, `&`
 *  in Visual Basic, `.` in PHP; none for Python's and C's adjacent literals), an appending one (`msg += `, `msg .= `)
 *  or a builder's append call (`sb.append(`, `sb.Append(`, `.AppendLine(` chained), blanks, and an opening quote.
 *  Anchored, each run bounded: linear. */
const CONCATENATED =
  /^[ \t]{0,80}(?:[+&.][ \t]{0,8}|[\w$]{1,40}[ \t]{0,8}[+.&]=[ \t]{0,8}|(?:[\w$]{1,40})?\.(?:append|Append)(?:Line)?\([ \t]{0,8})?(["'])/;

/**
 * Where the segment that a line of concatenated code strings holds starts and ends (`   + "PID||123^^^MR||…\r"`):
 * after the opening quote, up to the closing one (quotedEnd). Null when the line is no such string or no segment of
 * the message's delimiters opens it. Linear in the line.
 */
export function concatenatedSegment(line: string, d: Hl7Delimiters): { at: number; end: number } | null {
  const m = CONCATENATED.exec(line);
  if (!m) return null;
  const at = m[0].length;
  if (!isSegmentStart(line.slice(at, at + 4), d)) return null;
  const end = quotedEnd(line, at);
  return end > at ? { at, end } : null;
}

/**
 * How much of `line` is a log prefix of the same shape as `prefix` (the text before MSH on the message's first line),
 * followed by a segment: the same characters, any run of digits for a run of digits (a timestamp, a thread number).
 * -1 when the line does not start that way. Linear in the prefix.
 */
export function samePrefixCut(line: string, prefix: string, d: Hl7Delimiters): number {
  let i = 0;
  let j = 0;
  while (j < prefix.length) {
    const p = prefix.charCodeAt(j);
    if (isDigit(p)) {
      if (!isDigit(line.charCodeAt(i))) return -1;
      while (j < prefix.length && isDigit(prefix.charCodeAt(j))) j++;
      while (i < line.length && isDigit(line.charCodeAt(i))) i++;
    } else {
      if (line.charCodeAt(i) !== p) return -1;
      i++;
      j++;
    }
  }
  return isSegmentStart(line.slice(i, i + 4), d) ? i : -1;
}
