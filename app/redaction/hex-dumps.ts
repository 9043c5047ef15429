// Hex + ASCII dumps of packets (`tcpdump -X`/`-XX`, `xxd`, `hexdump -C`, `tshark -x`, Wireshark's "Copy as Hex + ASCII
// Dump"): each line an offset, 16 bytes in hex (groups of 2 or 4 digits) and the same bytes as ASCII, so an HTTP message
// is cut into 16-byte pieces and a token split across lines, with an offset and its hex in between. A run of such lines
// is read back into its bytes, the message is redacted as text, and the bytes it replaced are masked in both columns
// (`**` for each hex byte, `*` in the ASCII column): the layout, the offsets and every other byte stay. Lines of a run
// read are protected from the later sweep, whose number detectors would take hex groups for phone or card numbers.
// A line counts only when its ASCII column shows exactly its bytes; lines longer than a dump line are never read, so
// the work is linear in the text.
import { SENTINEL } from "./placeholders";
import { indexOfHttpStartLine } from "~/lib/http-start-line";
import { splitLines } from "./http-text";

/** Longer than any dump line (a line number, an 8-digit offset, 16 bytes in hex and in ASCII, some indentation). */
const MAX_LINE = 200;
/** At most this many bytes a line (`tcpdump -XX` and `xxd -c 32` print 16 or 32). */
const MAX_BYTES = 32;
/**
 * An optional editor line number, then the offset: `0x0010:`, `00000010:`, `00000010`, `0010`, `000010` (od -A x),
 * `0000000000000010` (PowerShell 7's Format-Hex).
 */
const OFFSET = /^[ \t]*(?:\d{1,7}[ \t]+)?(?:0x[0-9a-fA-F]{2,8}:?|[0-9a-fA-F]{4,16}:?)[ \t]{1,3}(?=[0-9a-fA-F])/;
/** Where an HTTP message starts in a payload (the IP and TCP headers come first in `tcpdump -X`). */

interface DumpLine {
  /** Each byte's value and where its hex digits and its ASCII character stand in the line. */
  bytes: number[];
  hexAt: number[];
  asciiAt: number[];
}

const isHex = (c: number) => (c >= 48 && c <= 57) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
/** Whether the first character after a line's blanks is a hex digit (what OFFSET's first character is). */
export function startsHex(line: string): boolean {
  let k = 0;
  while (line.charCodeAt(k) === 0x20 || line.charCodeAt(k) === 0x09) k++;
  return isHex(line.charCodeAt(k));
}

const printable = (byte: number) => byte >= 0x20 && byte < 0x7f;

/**
 * The character a dump shows for a byte: itself when printable, `.` otherwise (a space may be either); PowerShell 7
 * shows a byte it cannot print as `\uFFFD`, Windows PowerShell a byte above ASCII as `?`.
 */
const showsByte = (shown: string, byte: number) =>
  shown === "." ||
  (printable(byte) ? shown === String.fromCharCode(byte) : shown === "\uFFFD" || (shown === "?" && byte >= 0x80));

/** A line of a hex + ASCII dump read into its bytes, or null. */
export function readDumpLine(line: string): DumpLine | null {
  if (line.length > MAX_LINE) return null;
  const offset = OFFSET.exec(line);
  if (!offset) return null;
  // Hex groups of one width, one space apart (two once, for hexdump -C's gap after eight bytes).
  const groups: Array<{ at: number; end: number }> = [];
  let width = 0;
  let i = offset[0].length;
  while (i < line.length) {
    let j = i;
    while (j < line.length && isHex(line.charCodeAt(j))) j++;
    const w = j - i;
    // tcpdump ends an odd number of bytes with a group of one.
    const lastOfOdd = width === 4 && w === 2;
    if ((w !== 2 && w !== 4) || (width && w !== width && !lastOfOdd)) break;
    width = width || w;
    groups.push({ at: i, end: j });
    if (lastOfOdd) break;
    let k = j;
    while (k < line.length && line[k] === " ") k++;
    if (k - j > 2 || k === j) break;
    i = k;
  }
  // The hex area ends after the last group that is followed by two spaces or more and an ASCII column that fits.
  for (let n = groups.length; n > 0; n--) {
    const end = groups[n - 1].end;
    let asciiStart = end;
    while (asciiStart < line.length && (line[asciiStart] === " " || line[asciiStart] === "\t")) asciiStart++;
    // Two blanks or more before the ASCII column; one in PowerShell 7's Format-Hex, whose full rows leave no more.
    if (asciiStart === end && asciiStart < line.length) continue;
    const read = readBytes(line, groups.slice(0, n));
    if (read.bytes.length > MAX_BYTES) continue;
    // xxd, tshark -x and Wireshark show a space byte as a space, so the column may start with spaces of its own: the
    // column is tried from the first non-blank character back to one space after the hex (a line is at most MAX_LINE).
    for (let start = asciiStart; start > end && (start === asciiStart || line[start] === " "); start--) {
      const asciiAt = asciiColumn(line, start, read.bytes);
      if (asciiAt) return { ...read, asciiAt };
    }
  }
  return null;
}

/** Where each byte's character stands when the ASCII column starts at `start`, or null when the column does not fit. */
function asciiColumn(line: string, start: number, bytes: number[]): number[] | null {
  let ascii = line.slice(start).replace(/[ \t]+$/, "");
  let at = start;
  // hexdump -C writes the column between `|…|`, od -t x1z between `>…<`.
  if (ascii.length >= 2 && ((ascii[0] === "|" && ascii.endsWith("|")) || (ascii[0] === ">" && ascii.endsWith("<")))) {
    ascii = ascii.slice(1, -1);
    at++;
  }
  if (!fits(ascii, bytes)) return null;
  return bytes.map((_, b) => (b < ascii.length ? at + b : -1));
}

function readBytes(line: string, groups: Array<{ at: number; end: number }>) {
  const bytes: number[] = [];
  const hexAt: number[] = [];
  for (const g of groups)
    for (let at = g.at; at < g.end; at += 2) {
      bytes.push(parseInt(line.slice(at, at + 2), 16));
      hexAt.push(at);
    }
  return { bytes, hexAt };
}

/** The ASCII column shows the bytes (trailing spaces may have been trimmed from the line). */
function fits(ascii: string, bytes: number[]): boolean {
  if (ascii.length > bytes.length || bytes.length === 0) return false;
  for (let b = 0; b < bytes.length; b++) {
    if (b >= ascii.length) {
      if (bytes[b] !== 0x20) return false;
    } else if (!showsByte(ascii[b], bytes[b])) return false;
  }
  return true;
}

/** The payload as text, one character a byte: control bytes as spaces, and the part before an HTTP message blanked. */
function payloadText(bytes: number[]): string {
  let text = "";
  for (const b of bytes)
    text += b === 9 || b === 10 || b === 13 || (b >= 0x20 && b !== 0x7f) ? String.fromCharCode(b) : " ";
  const start = indexOfHttpStartLine(text);
  if (start > 0) text = " ".repeat(start - 1) + "\n" + text.slice(start);
  return text;
}

/**
 * Which characters of `payload` the reader replaced, from its output, and by what: the text between its placeholders is
 * found again in order, and what lies between is what went (`by`: the placeholder sentinels that stand there). Null when
 * the output is not the payload with parts replaced.
 */
export function replacedSpans(
  payload: string,
  redacted: string,
): Array<{ from: number; to: number; by: string }> | null {
  const literals = redacted.split(SENTINEL);
  if (literals.length === 1) return redacted === payload ? [] : null;
  const sentinels = redacted.match(SENTINEL) ?? [];
  const spans: Array<{ from: number; to: number; by: string }> = [];
  const first = literals[0];
  const last = literals[literals.length - 1];
  if (!payload.startsWith(first) || !payload.endsWith(last)) return null;
  let pos = first.length;
  let by = sentinels[0] ?? "";
  for (let k = 1; k < literals.length - 1; k++) {
    // Two placeholders side by side: one replaced stretch.
    if (literals[k] === "") {
      by += sentinels[k] ?? "";
      continue;
    }
    const found = payload.indexOf(literals[k], pos + 1);
    if (found < 0) return null;
    spans.push({ from: pos, to: found, by });
    pos = found + literals[k].length;
    by = sentinels[k] ?? "";
  }
  const tail = payload.length - last.length;
  if (tail <= pos) return null;
  spans.push({ from: pos, to: tail, by });
  return spans;
}

/** Which characters of `payload` the reader replaced (replacedSpans without what replaced them). */
export function replacedRanges(payload: string, redacted: string): Array<[number, number]> | null {
  return replacedSpans(payload, redacted)?.map((s): [number, number] => [s.from, s.to]) ?? null;
}

/** Replaces the characters of `line` at the given positions. */
function mask(line: string, at: Map<number, string>): string {
  if (at.size === 0) return line;
  let out = "";
  for (let i = 0; i < line.length; i++) out += at.get(i) ?? line[i];
  return out;
}

/**
 * Every run of hex + ASCII dump lines in `text` read back into its payload, `readPayload` (the text redactor) run on
 * it, and the replaced bytes masked; each line of a run read goes through `protect` (held from the later sweep).
 */
export function redactHexDumps(
  text: string,
  readPayload: (payload: string) => string,
  protect: (line: string) => string = (line) => line,
): string {
  if (!text.includes("  ")) return text;
  const lines = splitLines(text);
  let out = "";
  let changed = false;
  for (let i = 0; i < lines.length;) {
    const run: Array<{ body: string; end: string; dump: DumpLine }> = [];
    while (i + run.length < lines.length) {
      const line = lines[i + run.length];
      // Every dump line starts (after its blanks) with a hex digit: its offset, or a line number before it.
      if (!startsHex(line)) break;
      const body = line.replace(/\r?\n$/, "");
      const dump = readDumpLine(body);
      if (!dump) break;
      run.push({ body, end: line.slice(body.length), dump });
    }
    if (run.length === 0) {
      out += lines[i++];
      continue;
    }
    i += run.length;
    const done = redactRun(run, readPayload);
    if (done === null) {
      out += run.map((r) => r.body + r.end).join("");
      continue;
    }
    changed = true;
    out += done.map((body, k) => protect(body) + run[k].end).join("");
  }
  return changed ? out : text;
}

/** The lines of one run with the bytes the reader replaced masked, or null when its output could not be lined up. */
function redactRun(
  run: Array<{ body: string; dump: DumpLine }>,
  readPayload: (payload: string) => string,
): string[] | null {
  const bytes = run.flatMap((r) => r.dump.bytes);
  const payload = payloadText(bytes);
  const ranges = replacedRanges(payload, readPayload(payload));
  if (ranges === null) return null;
  const masks = run.map(() => new Map<number, string>());
  // Byte number → its line and its place in that line.
  let line = 0;
  let first = 0;
  for (const [from, to] of ranges)
    for (let b = from; b < to; b++) {
      while (b >= first + run[line].dump.bytes.length) first += run[line++].dump.bytes.length;
      const { hexAt, asciiAt } = run[line].dump;
      masks[line].set(hexAt[b - first], "*").set(hexAt[b - first] + 1, "*");
      if (asciiAt[b - first] >= 0) masks[line].set(asciiAt[b - first], "*");
    }
  return run.map((r, k) => mask(r.body, masks[k]));
}
