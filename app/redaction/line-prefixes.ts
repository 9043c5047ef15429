// Text pasted with a prefix on every line, read with the prefixes taken off so that the structure under them (an HTTP
// capture, an HL7 message, a JSON or YAML block, a wrapped token) reaches the reader it needs, and every prefix put
// back byte for byte. The prefixes people paste, besides a reply's `> ` (quoted.ts):
//   ` `, `+`, `-` after `@@ … @@` or a diff fence     a unified diff's hunk (`git show`, a pull request's review;
//                                                     `@@@` and two marker columns for a merge's combined diff)
//   `  12 | `, `12: `, `     12\t`                       a numbered listing (an editor, a review tool, `cat -n`, `nl`)
//   `12 13 `, `12 13 │ `                                 a side-by-side review copy's old and new line numbers
//   `# `, `| ` under a quote                              a capture kept as comments in a script, a quoted block's bar
//   a run of a log multiplexer's tokens (TOKENS)          `api-1  | `, `[pod/api-5c/api] `, `2024-…Z `,
//                                                         `Mar 05 10:00:01 host unit[pid]: `, stern's `pod container `
// A prefix counts on two or more consecutive lines of one shape (the same kinds of tokens, whatever their values;
// numbers that follow each other), or on a hunk's lines; the lines of one source (a service, a pod) are read together,
// so another service's line in the middle does not break them. The whole text is read once with those prefixes taken off, so what stands around them keeps its
// meaning; a prefix under a prefix (`api-1  | # > …`) is taken off in turn, a few levels deep, and a quote under them
// goes to the quote reader, which brings its own quoted text back here. When the reader did not keep the line count
// the text is read as written. One pass over the lines a level, every pattern anchored and bounded.
import { splitLines } from "./http-text";
import { redactQuoted } from "./quoted";

type Read = (text: string) => string;

/**
 * A hunk's header (`@@ … @@`, or a combined diff's `@@@ … @@@` whose lines carry two marker columns), or a Markdown
 * fence opening a diff or a patch (``` or ~~~, indented under a list item at most eight blanks, which the hunk's
 * lines carry too).
 */
const HUNK_HEADER =
  /^(?:(@{2,3})(?: [-+]\d{1,10}(?:,\d{1,10})?){2,3} \1|([ \t]{0,8})(?:`{3,8}|~{3,8})[ \t]*(?:diff|patch)[ \t]*\r?\n?$)/;
/** The markers of a hunk's line: context, added, removed, or "\ No newline at end of file". */
const HUNK_MARKERS = /^[ +-]{1,2}|^\\/;
const BLANK_LINE = /^\r?\n?$/;
/**
 * A line number and its separator: a bar (`│` from bat) or a colon that starts no time, after at most eight blanks;
 * or `cat -n`'s and `nl`'s six-wide number and tab (an id column of a TSV export or a pg_dump COPY block is no wider
 * than its digits).
 */
const GUTTER = /^(?:[ \t]{0,8}(\d{1,7})[ \t]{0,4}[|│:](?![\d/])[ \t]?|(?=[ \d]{6}\t) {0,5}(\d{1,6})\t)/;
/**
 * A review copy's two line-number columns (old, new: GitLab's and Bitbucket's side-by-side or inline views), then a
 * bar or a blank; the two numbers of a run's lines follow each other a constant distance apart.
 */
const DOUBLE_GUTTER = /^[ \t]{0,8}(\d{1,7})[ \t]{1,4}(\d{1,7})(?:[ \t]{0,4}[|│][ \t]?|[ \t]|(?=\r?\n|$))/;
/** A table's column separator: a psql row (` 1 | Yoan | …`) is no line under a gutter. */
const COLUMN_SEPARATOR = /[ \t][|│][ \t]/;
/** A shell or Python comment marker, or a bar (a quoted block's, `> | `), and the blank after it. */
const MARKER = /^([ \t]{0,8}[#|│])(?:[ \t]|(?=\r?\n|$))/;
/** A Markdown table's row ends with its bar (`| Name |`), where a bar block's line does not. */
const ROW_END = /[|│][ \t]*\r?\n?$/;

/**
 * The tokens a log multiplexer or viewer writes before each line, each followed by a blank, ANSI colours around any.
 * A token naming the line's source (a service, a pod, a unit, a column) captures it; a timestamp differs line to line.
 */
interface Token {
  kind: string;
  pattern: RegExp;
  /** Only right after a timestamp: a unit or a column alone would take too many lines' first words. */
  afterTime?: boolean;
  /** Only as a line's first token. */
  first?: boolean;
  /** Its source must be the same on every line of the run: free words are a prefix only when they repeat. */
  repeats?: boolean;
  /** The blank after it: a tab after a timestamp starts a TSV row's next column. */
  blank?: RegExp;
}
const TOKENS: readonly Token[] = [
  // RFC 3339 (`docker logs -t`, `kubectl logs --timestamps`, heroku, a log viewer's `… UTC` column) or syslog's.
  {
    kind: "time",
    pattern:
      /\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2}|[ \t]UTC)?|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}/y,
    blank: / |(?=\r?\n|$)/y,
  },
  // A docker compose service (`api-1  | `, `keycloak_1 | `, `keycloak      | `).
  { kind: "service", pattern: /([\w.-]{1,64}?(?:[-_]\d{1,4}[ \t]+|[ \t]{2,}))\|/y },
  // `kubectl logs --prefix`: `[pod/name/container]`.
  { kind: "pod", pattern: /(\[pod\/[^\]\s]{1,253}\])/y },
  // heroku's `app[web.1]:`, journalctl's and syslog's `host unit[pid]:`.
  { kind: "unit", pattern: /((?:[\w.-]{1,64} )?[\w./-]{1,64}\[[\w.-]{1,64}\]):/y, afterTime: true },
  // stern's `pod container`: a pod name (DNS labels, the last its hash) and a container.
  {
    kind: "stern",
    pattern: /([a-z\d]{1,63}(?:-[a-z\d]{1,63}){1,8} [a-z\d][a-z\d-]{0,62})(?= )/y,
    first: true,
    repeats: true,
  },
];
/** How many tokens one line's prefix holds at most (journalctl: time, then host and unit). */
const MAX_TOKENS = 4;
const ANSI = new RegExp(`(?:${String.fromCharCode(27)}\\[[\\d;]{0,16}m){1,4}`, "y");
const DOCKER_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{1,9}(?:Z|[+-]\d{2}:\d{2}) /;
const TOKEN_BLANK = /[ \t]|(?=\r?\n|$)/y;

/** How many prefixes under a prefix are taken off; deeper text is read as it stands. */
const MAX_NESTING = 3;

/**
 * A line's prefix: its text, its shape (what kind of prefix; lines of one shape make a run) and its source (a gutter's
 * number, which must follow the line before's; else what names the line's source, by which a run's lines are grouped).
 */
interface LinePrefix {
  text: string;
  shape: string;
  source: string | number;
}

/** What `pattern` (sticky) matches at `pos` of `line`. */
function matchAt(pattern: RegExp, line: string, pos: number): RegExpExecArray | null {
  pattern.lastIndex = pos;
  return pattern.exec(line);
}

/** A log multiplexer's or viewer's prefix: a run of TOKENS, each after optional ANSI codes and before a blank. */
function tokensPrefixOf(line: string): LinePrefix | undefined {
  let pos = 0;
  let shape = "";
  let source = "";
  for (let n = 0; n < MAX_TOKENS; n++) {
    let start = pos + (matchAt(ANSI, line, pos)?.[0].length ?? 0);
    let m: RegExpExecArray | null = null;
    const token = TOKENS.find(
      (t) =>
        (!t.first || n === 0) && (!t.afterTime || shape.endsWith("time ")) && (m = matchAt(t.pattern, line, start)),
    );
    if (!token || !m) break;
    const found: RegExpExecArray = m;
    start += found[0].length;
    start += matchAt(ANSI, line, start)?.[0].length ?? 0;
    const blank = matchAt(token.blank ?? TOKEN_BLANK, line, start);
    if (!blank) break;
    pos = start + blank[0].length;
    shape += token.repeats ? `${token.kind}(${found[1]}) ` : `${token.kind} `;
    if (found[1]) source += `${found[1].trimEnd()} `;
  }
  // A time alone is a prefix only in the form `docker logs -t` writes: a log's first column is mostly a time too, and a
  // header (W3C `#Fields:`, CSV) names it with the columns after it.
  if (!shape || (shape === "time " && !DOCKER_TIME.test(line))) return undefined;
  return { text: line.slice(0, pos), shape, source };
}

/** Is the rest of a line after a gutter or a bar a table's row (`1 | a | b`, `| Name | Value |`)? */
const isTableRow = (rest: string, bar: boolean): boolean => COLUMN_SEPARATOR.test(rest) || (bar && ROW_END.test(rest));

/** The prefix of `line`; a bar (`| `) only where `bars` (text under a quote): at the top a bar starts a broken
 *  Markdown table's row as often as a block's line. */
function prefixOf(line: string, bars: boolean): LinePrefix | undefined {
  let m = DOUBLE_GUTTER.exec(line);
  if (m && !isTableRow(line.slice(m[0].length), false))
    return { text: m[0], shape: `gutter+${Number(m[2]) - Number(m[1])}`, source: Number(m[1]) };
  m = GUTTER.exec(line);
  if (m && !isTableRow(line.slice(m[0].length), false))
    return { text: m[0], shape: "gutter", source: Number(m[1] ?? m[2]) };
  m = MARKER.exec(line);
  if (!m) return tokensPrefixOf(line);
  const bar = !m[1].endsWith("#");
  return bar && (!bars || isTableRow(line.slice(m[0].length), true))
    ? undefined
    : { text: m[0], shape: m[1], source: "" };
}

/** A column header: indented, two or more names apart (R's data.table prints one above its `1:`, `2:` row index). */
const COLUMN_HEADER = /^[ \t]{2,40}\S{1,200}(?:[ \t]{1,200}\S{1,200}){1,200}[ \t]{0,200}\r?\n?$/;

/**
 * A colon "gutter" right under a column header is a data.table's row index, and two number columns under one are a
 * data frame's row names and first column: their rows are read with them, as a table.
 */
const isRowIndex = (first: LinePrefix, before: string | undefined): boolean =>
  ((first.shape === "gutter" && first.text.includes(":")) || first.shape.startsWith("gutter+")) &&
  before !== undefined &&
  COLUMN_HEADER.test(before);

/** Do two consecutive lines' prefixes make one run? Of one shape, and numbers must follow each other. */
const continues = (a: LinePrefix, b: LinePrefix): boolean =>
  a.shape === b.shape && (typeof a.source !== "number" || b.source === a.source + 1);

/** Does one source (one service, one pod; all of a gutter's numbers count as one) hold more than half the run? */
function mostlyOneSource(run: readonly LinePrefix[]): boolean {
  const counts = new Map<string | number, number>();
  let most = 0;
  for (const p of run) {
    const key = typeof p.source === "number" ? 0 : p.source;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    most = Math.max(most, n);
  }
  return most * 2 > run.length;
}

/** The markers a hunk's line carries after the fence's indent, or undefined when it is no line of the hunk. */
function hunkMarkers(line: string, indent: string, width: number): string | undefined {
  if (!line.startsWith(indent)) return undefined;
  const m = HUNK_MARKERS.exec(line.slice(indent.length, indent.length + width));
  return m && (m[0] === "\\" || m[0].length === width) ? indent + m[0] : undefined;
}

/**
 * The prefix each line has (`""`: none) and the order to read the lines in (a run's lines grouped by source, so that
 * a service's lines interleaved with another's are read together), or undefined when no line has one.
 */
function linePrefixes(lines: readonly string[], bars: boolean): { taken: string[]; order: number[] } | undefined {
  const taken: string[] = new Array(lines.length).fill("");
  const order: number[] = [];
  let found = false;
  for (let i = 0; i < lines.length;) {
    const header = HUNK_HEADER.exec(lines[i]);
    if (header) {
      const indent = header[2] ?? "";
      const width = header[1] ? header[1].length - 1 : 1;
      order.push(i);
      for (i++; i < lines.length; i++) {
        const markers = hunkMarkers(lines[i], indent, width);
        if (markers === undefined && !BLANK_LINE.test(lines[i])) break;
        taken[i] = markers ?? "";
        order.push(i);
        found = true;
      }
      continue;
    }
    const run: LinePrefix[] = [];
    for (let p = prefixOf(lines[i], bars); p && (run.length === 0 || continues(run[run.length - 1], p));) {
      run.push(p);
      p = i + run.length < lines.length ? prefixOf(lines[i + run.length], bars) : undefined;
    }
    // One line under a prefix is left to the line reader, which reads a line whatever stands before it. Lines whose
    // sources mostly differ are a table's rows (psql's `firstName | …`), not a multiplexer's.
    if (run.length < 2 || !mostlyOneSource(run)) {
      order.push(i++);
      continue;
    }
    // A table's row index is read with all its rows: its second row is no run's start either.
    if (isRowIndex(run[0], lines[i - 1])) {
      for (const end = i + run.length; i < end; i++) order.push(i);
      continue;
    }
    const bySource = new Map<string | number, number[]>();
    run.forEach((p, k) => {
      taken[i + k] = p.text;
      const group = bySource.get(p.source);
      if (group) group.push(i + k);
      else bySource.set(p.source, [i + k]);
    });
    // One push a line: spreading a group of hundreds of thousands of lines overflows the call's arguments.
    for (const group of bySource.values()) for (const k of group) order.push(k);
    found = true;
    i += run.length;
  }
  return found ? { taken, order } : undefined;
}

/**
 * Reads `text` with `read`, with the line prefixes above taken off and put back (each line its own), and a reply's
 * quoted runs read by quoted.ts, their text under the quote read here again.
 */
export function redactLinePrefixes(text: string, read: Read, nesting = 0): string {
  const readQuoted: Read = (t) => (nesting < MAX_NESTING ? redactLinePrefixes(t, read, nesting + 1) : read(t));
  const readWithQuotes = (t: string) => redactQuoted(t, read, readQuoted);
  const lines = splitLines(text);
  const prefixes: string[] = new Array(lines.length).fill("");
  // stripped[k] is what is left of lines[source[k]]: the lines are read in the order linePrefixes gives.
  let stripped = lines;
  let source = lines.map((_, k) => k);
  for (let level = 0; level < MAX_NESTING; level++) {
    const found = linePrefixes(stripped, nesting > 0);
    if (!found) break;
    const { taken, order } = found;
    for (let k = 0; k < stripped.length; k++) prefixes[source[k]] += taken[k];
    stripped = order.map((k) => stripped[k].slice(taken[k].length));
    source = order.map((k) => source[k]);
  }
  if (stripped === lines) return readWithQuotes(text);
  const back = splitLines(readWithQuotes(stripped.join("")));
  if (back.length === lines.length) {
    const out: string[] = new Array(lines.length);
    back.forEach((line, k) => (out[source[k]] = prefixes[source[k]] + line));
    return out.join("");
  }
  // A reader joined lines, so prefixes can no longer be matched to lines: read as written, failing closed (what the
  // first reading found is counted twice in the findings; no file of the real corpus comes here).
  return readWithQuotes(text);
}
