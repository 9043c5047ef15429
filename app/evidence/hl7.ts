// HL7 v2 messages (pipe-and-hat): the delimiters a message declares in MSH-1 and MSH-2, and the split of a pasted
// block of text into segments. A line that does not start a segment but looks like the rest of a wrapped one (a
// terminal or a mail client broke the segment) belongs to the segment before it. Linear: one pass over the lines.

export interface Hl7Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

import { samePrefixCut } from "./hl7-logged";

const isDelimiter = (c: string | undefined) => c !== undefined && c.length === 1 && !/[\sA-Za-z0-9]/.test(c);

/**
 * The delimiters of a message whose first line is `line` (MSH, the field separator, then MSH-2); null if it is not one.
 * MSH-2 as a page or an editor left it is read too: Markdown escapes before `~` or `^` (`^\\~\\&`, a Markdown file's
 * way of writing `^~\\&`), the escape character doubled by a string literal (`^~\\\\&`) or doubled twice, and three characters whose last is not a backslash (`^~&`: the escape character was eaten
 * by a web page on the way) — the third is then the subcomponent separator.
 */
export function hl7Delimiters(line: string): Hl7Delimiters | null {
  if (!line.startsWith("MSH")) return null;
  const field = line[3];
  if (!isDelimiter(field)) return null;
  const end = line.indexOf(field, 4);
  if (end < 0) return null;
  const encoding = line.slice(4, end);
  return (
    fromEncoding(field, encoding) ??
    fromEncoding(field, encoding.replace(MARKDOWN_ESCAPE, "$1")) ??
    fromEncoding(field, encoding.replace(DOUBLED_ESCAPE, "\\"))
  );
}

/**
 * An escape character doubled, as a string literal or a JSON string writes `^~\\&` (`"MSH|^~\\\\&|…"`), or doubled
 * again (`^~\\\\\\\\&`: a REPL's repr of a string that was already escaped). A run of backslashes stands for one.
 */
const DOUBLED_ESCAPE = /\\{2,}/g;

/** A Markdown escape of a character HL7 uses as a separator (the escape character itself is never escaped). */
const MARKDOWN_ESCAPE = /\\([~^])/g;

function fromEncoding(field: string, encoding: string): Hl7Delimiters | null {
  if (encoding.length < 2 || encoding.length > 5) return null;
  const [component, repetition, third = "\\", fourth = "&"] = encoding;
  // Three characters, the third not the escape character: it was lost, the third is the subcomponent separator.
  const lost = encoding.length === 3 && third !== "\\";
  const escape = lost ? "\\" : third;
  const subcomponent = lost ? third : fourth;
  const all = [field, component, repetition, escape, subcomponent];
  if (!all.every(isDelimiter) || new Set(all).size !== all.length) return null;
  return { field, component, repetition, escape, subcomponent };
}

/** Does `line` start a segment (three-character id, then the field separator)? */
export const isSegmentStart = (line: string, d: Hl7Delimiters): boolean =>
  /^[A-Z][A-Z0-9]{2}$/.test(line.slice(0, 3)) && line[3] === d.field;

/**
 * The shortest line a wrap can leave above its break: mail clients break at 72–78 columns, terminals at 80 or more,
 * and a mail client breaks at the last blank before the column, so the line above can be much shorter when a long
 * run of fields without blanks follows (`…|F|||1 Main` / `St^^Springfield^IL…`: 49 characters). A line shorter than
 * this ended where its writer ended it, so the line under it is not its continuation.
 */
export const MIN_WRAP_WIDTH = 32;

/** A YAML block scalar's indicator ends its line: `key: |`, `key: |-`, `key: >+2`. */
const YAML_BLOCK = /:[ \t]+[|>][-+0-9]*[ \t]*$/;
const isBlank = (code: number) => code === 0x20 || code === 0x09;

/**
 * Does `sep` occur in `line`, and never between blanks (or between a blank and the line's end) as a Markdown table's
 * cells, a log's `a | b` or prose's `x ^ 2` have it? HL7 writes its separators between values. Linear in the line.
 */
function joinsValues(line: string, sep: string): boolean {
  let at = line.indexOf(sep);
  if (at < 0) return false;
  for (; at >= 0; at = line.indexOf(sep, at + 1)) {
    const after = at + 1 < line.length ? line.charCodeAt(at + 1) : 0x20;
    if (at > 0 && isBlank(line.charCodeAt(at - 1)) && isBlank(after)) return false;
  }
  return true;
}

/**
 * Can `line` (without its line end) be the rest of a segment that a terminal or mail client wrapped after `before`
 * (the physical line above it)? Only under a line as long as a wrap, and only when it joins values with the field
 * separator — or, when a mail client broke a field at a blank and left only components below
 * (`St^^Springfield^IL^62701`), with the component separator of MSH-2 — never between blanks, and not as YAML's
 * `key: |`. Linear in the line.
 */
export function isSegmentContinuation(line: string, before: string, d: Hl7Delimiters): boolean {
  if (before.length < MIN_WRAP_WIDTH || !line.trim() || YAML_BLOCK.test(line)) return false;
  return line.includes(d.field) ? joinsValues(line, d.field) : joinsValues(line, d.component);
}

/** The line without its end (`\r\n`, `\r` or `\n`, and a written `<cr>` before it), by its last codes. */
function withoutLineEnd(line: string): string {
  const n = line.length;
  const last = line.charCodeAt(n - 1);
  const cut = last === 0x0d ? n - 1 : last !== 0x0a ? n : line.charCodeAt(n - 2) === 0x0d ? n - 2 : n - 1;
  return cut >= 4 && WRITTEN_CR.test(line.slice(cut - 4, cut)) ? line.slice(0, cut - 4) : line.slice(0, cut);
}

/** A segment terminator written out as text (`<cr>`, `<CR>`), as messages are quoted in mails and forums. */
const WRITTEN_CR = /^<cr>$/i;

/**
 * The lines of a block, each with its end: a line feed, a carriage return (HL7's own terminator, and a raw message
 * file has no other), their pair, or a written `<cr>` (with the line break that may follow it).
 */
const SEGMENT_LINES = /[^\r\n<]*(?:<(?![cC][rR]>)[^\r\n<]*)*(?:<[cC][rR]>(?:\r\n|\r|\n)?|\r\n|\r|\n)|[^\r\n]+$/g;

/**
 * How much of the start of `line` (a line of a message whose MSH line starts with `indent`) a reader reads past: its
 * own blanks when a segment follows them (a segment indented otherwise than the message: a tab under spaces, blanks
 * under a message that has none); a log prefix of the same shape as the MSH line's when a segment follows it
 * (samePrefixCut); else the message's indentation when the line starts with it, else nothing. Linear in the line.
 */
export function segmentIndent(line: string, d: Hl7Delimiters, indent = ""): number {
  let n = 0;
  while (n < line.length && isBlank(line.charCodeAt(n))) n++;
  if (isSegmentStart(line.slice(n, n + 4), d)) return n;
  if (n < indent.length) {
    const logged = samePrefixCut(line, indent, d);
    if (logged >= 0) return logged;
  }
  return indent && line.startsWith(indent) ? indent.length : 0;
}

/**
 * How many of `lines` (from `from`, each with its line end) belong to the message that starts there: segments, the
 * lines a wrap broke off a segment (see isSegmentContinuation), and blank lines with a segment after them. Stops at
 * any other line. Each line is read past its indentation (see segmentIndent).
 */
export function hl7BlockLength(lines: string[], from: number, d: Hl7Delimiters, indent = ""): number {
  const at = (k: number) => withoutLineEnd(lines[k].slice(segmentIndent(lines[k], d, indent)));
  let i = from + 1;
  let before = at(from);
  while (i < lines.length) {
    const l = at(i);
    if (!l.trim()) {
      // Blank lines between segments (a page or a mail client spacing the message out): the message goes on when a
      // segment follows them.
      let next = i + 1;
      while (next < lines.length && !at(next).trim()) next++;
      if (next === lines.length || !isSegmentStart(at(next), d)) break;
      i = next;
      continue;
    }
    if (!isSegmentStart(l, d) && !isSegmentContinuation(l, before, d)) break;
    before = l;
    i++;
  }
  return i - from;
}

/**
 * Segments of a block: each is its first line plus its continuation lines (see isSegmentContinuation), line ends kept
 * inside. A carriage return alone ends a line too: it is HL7's own segment terminator, and a raw message file has no
 * other. A line that neither starts a segment nor continues one (text after a message whose lines end with carriage
 * returns: hl7BlockLength only sees line feeds) is an entry of its own that does not start a segment.
 */
export function hl7Segments(block: string, d: Hl7Delimiters): string[] {
  const lines = block.match(SEGMENT_LINES) ?? [];
  const out: string[] = [];
  let before = "";
  for (const l of lines) {
    const line = withoutLineEnd(l);
    if (out.length === 0 || isSegmentStart(line, d) || !isSegmentContinuation(line, before, d)) out.push(l);
    else out[out.length - 1] += l;
    before = line;
  }
  return out;
}
