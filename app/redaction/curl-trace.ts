// `curl --trace-ascii` dumps (and libcurl's CURLOPT_DEBUGFUNCTION example, which prints the same): each block of sent or
// received bytes opens with `=> Send header, 152 bytes (0x98)` (`<= Recv data`, `=> Send SSL data`…), then its bytes
// as lines of at most 64 characters, each after its offset (`0040: `). A line ends at 64 characters or where the data
// had CRLF (the next offset then skips two bytes), so a header, a token or a form body is cut across lines. Each block's
// lines are read back into its text (a CRLF where the offsets skip two bytes), the text is redacted like any pasted
// text, and each replaced stretch is put back on the lines: its placeholder where the stretch starts, the rest of its
// characters dropped; the offsets and the line layout stay. `curl --trace` prints the same blocks as hex + ASCII
// lines; those are left to the hex-dump reader (hex-dumps.ts), which reads a run of them the same way.
// Every line is looked at once or twice and lines longer than a data line are never read: linear in the text.
import { readDumpLine, replacedSpans } from "./hex-dumps";
import { splitLines } from "./http-text";
import { protectAround } from "./placeholders";

/** A block's title after its prefix: the direction, what, and its size. */
const TITLE = /^(?:=> Send|<= Recv) (?:header|data|SSL data), \d{1,12} bytes \(0x[0-9a-f]{1,12}\)[ \t]*$/;
/** What `--trace-time` and `--trace-ids` print before a title (not before its data lines). */
const TITLE_STAMP = /(?:\d\d:\d\d:\d\d\.\d{6} )?(?:\[[0-9x]{1,12}-[0-9x]{1,12}\] )?$/;
/** A data line's offset (`%04x: `), with a pasted line's indentation. */
const OFFSET = /^[ \t]*([0-9a-f]{4,8}):(?: |$)/;
/** curl prints 64 bytes a data line (0x40, its `--trace-ascii` width). */
const WIDTH = 64;
const MAX_BLOCK_LINE = 120;
/** At most this long, what a log or a quote puts before each line of a trace (`2024-05-01 12:00:00 DEBUG http: `). */
const MAX_LEAD = 100;

interface DataLine {
  /** What a log or a quote put before the line (the title's, its digits aside), or "". */
  lead: string;
  /** The offset and its `: `, and the bytes shown after it. */
  prefix: string;
  data: string;
  offset: number;
  end: string;
}

/** Every title holds " bytes (0x" (TITLE): a line without it is not read further. */
export const mayBeTitle = (line: string) => line.includes(" bytes (0x");

/**
 * What stands before a block's title (blanks, a log line's time and logger, a quote's `> `), or null when the line is
 * no title: its data lines carry the same, digits aside (a log's clock moves on).
 */
export function titleLead(line: string): string | null {
  const body = line.replace(/\r?\n$/, "");
  const at = Math.max(body.indexOf("=> Send "), body.indexOf("<= Recv "));
  if (at < 0 || at > MAX_LEAD + 30 || !TITLE.test(body.slice(at))) return null;
  const before = body.slice(0, at);
  const lead = before.slice(0, TITLE_STAMP.exec(before)!.index);
  return lead.length <= MAX_LEAD ? lead : null;
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/** Whether `line` starts with `lead`, a digit standing for a digit. */
function startsWithLead(line: string, lead: string): boolean {
  if (line.length < lead.length) return false;
  for (let k = 0; k < lead.length; k++) {
    const a = line.charCodeAt(k);
    const b = lead.charCodeAt(k);
    if (a !== b && !(isDigit(a) && isDigit(b))) return false;
  }
  return true;
}

function readDataLine(line: string, lead: string): DataLine | null {
  // Blanks alone before the title: each line keeps its own indentation, as pasted.
  const own = /^[ \t]*$/.test(lead) ? "" : lead;
  if (line.length > own.length + MAX_BLOCK_LINE + 2 || !startsWithLead(line, own)) return null;
  const end = line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
  const body = line.slice(own.length, line.length - end.length);
  const m = OFFSET.exec(body);
  if (!m || body.length - m[0].length > WIDTH) return null;
  return {
    lead: line.slice(0, own.length),
    prefix: m[0],
    data: body.slice(m[0].length),
    offset: parseInt(m[1], 16),
    end,
  };
}

/**
 * Every `--trace-ascii` block in `text` rejoined, `readPayload` (the text redactor) run on its bytes and the result put
 * back on its lines; each untouched piece of a line read goes through `protect` (held from the later sweep).
 */
export function redactCurlTraces(
  text: string,
  readPayload: (payload: string) => string,
  protect: (piece: string) => string = (piece) => piece,
): string {
  if (!text.includes(" bytes (0x")) return text;
  const lines = splitLines(text);
  let out = "";
  let changed = false;
  for (let i = 0; i < lines.length;) {
    const head = lines[i++];
    out += head;
    const lead = head.length <= MAX_BLOCK_LINE + MAX_LEAD && mayBeTitle(head) ? titleLead(head) : null;
    if (lead === null) continue;
    const block: DataLine[] = [];
    while (i + block.length < lines.length) {
      const data = readDataLine(lines[i + block.length], lead);
      if (!data) break;
      block.push(data);
    }
    if (block.length === 0) continue;
    i += block.length;
    // A `--trace` block (hex + ASCII) is the hex-dump reader's.
    const done = readDumpLine(block[0].prefix + block[0].data) ? null : redactBlock(block, readPayload, protect);
    if (done === null) out += block.map((d) => d.lead + d.prefix + d.data + d.end).join("");
    else {
      changed = true;
      out += done;
    }
  }
  return changed ? out : text;
}

/** The block's lines with what the reader replaced put back, or null when nothing changed or it could not be lined up. */
function redactBlock(
  block: DataLine[],
  readPayload: (payload: string) => string,
  protect: (piece: string) => string,
): string | null {
  // The bytes, and where each stands: its line and its place in the line's data (-1 for a line break put back).
  let payload = "";
  const lineOf: number[] = [];
  const colOf: number[] = [];
  for (let k = 0; k < block.length; k++) {
    const d = block[k];
    if (k > 0 && d.offset !== block[k - 1].offset + block[k - 1].data.length) {
      payload += "\n";
      lineOf.push(k);
      colOf.push(-1);
    }
    payload += d.data;
    for (let c = 0; c < d.data.length; c++) {
      lineOf.push(k);
      colOf.push(c);
    }
  }
  const redacted = readPayload(payload);
  if (redacted === payload) return null;
  const spans = replacedSpans(payload, redacted);
  if (spans === null || spans.length === 0) return null;
  // Per line: what stands in for a character (a placeholder where a stretch starts, "" for the rest of it).
  const put = block.map(() => new Map<number, string>());
  for (const { from, to, by } of spans) {
    let placed = false;
    for (let b = from; b < to; b++) {
      if (colOf[b] < 0) continue;
      put[lineOf[b]].set(colOf[b], placed ? "" : by);
      placed = true;
    }
  }
  let out = "";
  for (let k = 0; k < block.length; k++) {
    const d = block[k];
    let data = "";
    for (let c = 0; c < d.data.length; c++) data += put[k].get(c) ?? d.data[c];
    // The lead stays open to the later sweep (a log's prefix can name its user).
    out += d.lead + protectAround(d.prefix + data, protect) + d.end;
  }
  return out;
}
