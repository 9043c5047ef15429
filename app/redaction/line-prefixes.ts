// Text pasted with a prefix on every line, read with the prefixes taken off so that the structure under them (an HTTP
// capture, an HL7 message, a JSON or YAML block, a wrapped token) reaches the reader it needs, and every prefix put
// back byte for byte. The prefixes people paste, besides a reply's `> ` (quoted.ts):
//   ` `, `+`, `-` after `@@ … @@` or a ```diff fence   a unified diff's hunk (`git show`, a pull request's review)
//   `  12 | `, `12: `, `     12\t`                       a numbered listing (an editor, a review tool, `cat -n`, `nl`)
//   `api-1  | `                                           a docker compose service
//   `[pod/api-5c/api] `                                   `kubectl logs --prefix`
//   `2024-…+00:00 app[web.1]: `                           `heroku logs`
//   `# `                                                  a capture kept as comments in a script
// A prefix counts on two or more consecutive lines under it (one service, one pod, numbers that follow each other), or
// on a hunk's lines. The whole text is read once with those prefixes taken off, so what stands around them keeps its
// meaning; a prefix under a prefix (`api-1  | # > …`) is taken off in turn, a few levels deep, and a quote under them
// goes to the quote reader, which brings its own quoted text back here. When the reader did not keep the line count
// the text is read as written. One pass over the lines a level, every pattern anchored and bounded.
import { splitLines } from "./http-text";
import { redactQuoted } from "./quoted";

type Read = (text: string) => string;

/** A hunk's header, or a Markdown fence opening a diff: the lines after it carry the diff's one-character markers. */
const HUNK_HEADER = /^(?:@@ -\d{1,10}(?:,\d{1,10})? \+\d{1,10}(?:,\d{1,10})? @@|`{3,8}diff[ \t]*\r?\n?$)/;
/** A line of a hunk: context, added, removed, or "\ No newline at end of file". */
const HUNK_LINE = /^[ +\-\\]/;
const BLANK_LINE = /^\r?\n?$/;
/**
 * A line number and its separator: a bar (`│` from bat) or a colon that starts no time, after at most eight blanks;
 * or `cat -n`'s and `nl`'s six-wide number and tab (an id column of a TSV export or a pg_dump COPY block is no wider
 * than its digits).
 */
const GUTTER = /^(?:[ \t]{0,8}(\d{1,7})[ \t]{0,4}[|│:](?![\d/])[ \t]?|(?=[ \d]{6}\t) {0,5}(\d{1,6})\t)/;
/** A table's column separator: a psql row (` 1 | Yoan | …`) is no line under a gutter. */
const COLUMN_SEPARATOR = /[ \t][|│][ \t]/;
/** A docker compose service (`api-1  | `, `keycloak_1 | `, `keycloak      | `): the name is the run. */
const SERVICE = /^([\w.-]{1,64}?(?:[-_]\d{1,4}[ \t]+|[ \t]{2,}))\|(?:[ \t]|(?=\r?\n|$))/;
/** `kubectl logs --prefix`: `[pod/name/container] `. */
const POD = /^(\[pod\/[^\]\s]{1,253}\])[ \t]?/;
/** `heroku logs`: a timestamp, then the source and dyno (`app[web.1]: `), which are the run. */
const HEROKU =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?[ \t]+([\w.-]{1,64}\[[\w.-]{1,64}\]):[ \t]?/;
/** A shell or Python comment marker, and the blank after it. */
const COMMENT = /^([ \t]{0,8}#)(?:[ \t]|(?=\r?\n|$))/;

/** How many prefixes under a prefix are taken off; deeper text is read as it stands. */
const MAX_NESTING = 3;

/** A line's prefix, and the run it belongs to: a gutter's number, else what lines of one run share. */
interface LinePrefix {
  text: string;
  run: string | number;
}

function prefixOf(line: string): LinePrefix | undefined {
  let m = GUTTER.exec(line);
  if (m && !COLUMN_SEPARATOR.test(line.slice(m[0].length))) return { text: m[0], run: Number(m[1] ?? m[2]) };
  m = HEROKU.exec(line) ?? POD.exec(line) ?? SERVICE.exec(line) ?? COMMENT.exec(line);
  return m ? { text: m[0], run: m[1].trimEnd() } : undefined;
}

/** Do two consecutive lines' prefixes make one run? Numbers must follow each other. */
const continues = (a: LinePrefix, b: LinePrefix): boolean =>
  typeof a.run === "number" ? b.run === a.run + 1 : a.run === b.run;

/** The prefix each line has (`""`: none), or undefined when no line has one. */
function linePrefixes(lines: readonly string[]): string[] | undefined {
  const out: string[] = new Array(lines.length).fill("");
  let found = false;
  for (let i = 0; i < lines.length;) {
    if (HUNK_HEADER.test(lines[i])) {
      for (i++; i < lines.length && (HUNK_LINE.test(lines[i]) || BLANK_LINE.test(lines[i])); i++) {
        out[i] = HUNK_LINE.test(lines[i]) ? lines[i][0] : "";
        found = true;
      }
      continue;
    }
    const first = prefixOf(lines[i]);
    let end = i + 1;
    for (let last = first; last && end < lines.length; end++) {
      const p = prefixOf(lines[end]);
      if (!p || !continues(last, p)) break;
      out[end] = p.text;
      last = p;
    }
    // One line under a prefix is left to the line reader, which reads a line whatever stands before it.
    if (first && end - i >= 2) {
      out[i] = first.text;
      found = true;
    }
    i = end;
  }
  return found ? out : undefined;
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
  let stripped = lines;
  for (let level = 0; level < MAX_NESTING; level++) {
    const taken = linePrefixes(stripped);
    if (!taken) break;
    stripped = stripped.map((line, k) => line.slice(taken[k].length));
    for (let k = 0; k < lines.length; k++) prefixes[k] += taken[k];
  }
  if (stripped === lines) return readWithQuotes(text);
  const back = splitLines(readWithQuotes(stripped.join("")));
  if (back.length === lines.length) return back.map((line, k) => prefixes[k] + line).join("");
  // A reader joined lines, so prefixes can no longer be matched to lines: read as written, failing closed (what the
  // first reading found is counted twice in the findings; no file of the real corpus comes here).
  return readWithQuotes(text);
}
