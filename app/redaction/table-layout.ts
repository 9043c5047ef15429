// Tables pasted as text, read by their layout: a Markdown table (a `|---|` separator under its header, outer bars or
// not), psql output (` a | b ` over a `---+---` rule), the MySQL client's box (`+---+` borders around `| a | b |`),
// fixed-width columns under an underline of dashes or equals signs (SQL*Plus, sqlcmd), columns aligned with blanks
// alone (`column -t`: the header's words, two or more blanks apart, start the columns), and a block of tab-separated lines (a result grid or a spreadsheet copied). The reader finds each table's header and rows
// and splits them into cells with their positions in the text; what a column holds is for the caller to judge. One
// pass over the lines: each line is classified once, and a line is split into cells only inside a table whose header
// the caller wants.

/** A cell's text (untrimmed) and where it starts in the whole text. */
export interface TableCell {
  text: string;
  start: number;
}

export type Layout = "markdown" | "psql" | "box" | "fixed" | "aligned" | "tab";

export interface TextTable {
  layout: Layout;
  header: TableCell[];
  rows: TableCell[][];
  /**
   * The column of each row's first cell, when a row is the rest of the one above it carried onto the next line (see
   * barRows): 0, or absent, for a whole row.
   */
  firstColumns?: number[];
}

/** A line of the text: where it starts and its text without the line break (and a carriage return before it). */
interface Line {
  start: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const cut = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    lines.push({ start, text: text.slice(start, cut) });
    if (nl < 0) return lines;
    start = nl + 1;
  }
}

/**
 * A Markdown table's separator row (|---|:---:|), trimmed first: every run of blanks in the pattern is followed by a
 * `|` or dashes, so no two runs can trade characters (a line of blanks is read once, not once per split).
 */
const SEPARATOR = /^\|?[ \t]*:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)*(?:[ \t]*\|)?$/;
export const isSeparator = (line: string) => {
  const t = line.trim();
  return t.includes("---") && SEPARATOR.test(t);
};
/** psql's rule under its header: dashes joined by `+`. */
const PSQL_RULE = /^-+(?:\+-+)+$/;
/** The MySQL client's border: `+`, then dashes and `+` again. */
const BOX_BORDER = /^\+(?:-+\+)+$/;
/** An underline of fixed-width columns: runs of dashes or equals signs apart by spaces. */
const UNDERLINE = /^[-=]+(?: +[-=]+)*$/;
/** The line a query tool prints under its rows. */
const FOOTER = /^\s*(?:\(\d+ rows?\)|\d+ rows? (?:selected|affected|returned|in set)|no rows selected)/i;

type Rule = "markdown" | "psql" | "box" | "fixed";

function ruleOf(line: string): Rule | null {
  const t = line.trim();
  if (t.length < 3) return null;
  const first = t.charCodeAt(0);
  // Every rule starts with `|`, `:`, `-`, `+` or `=`: other lines cost one comparison.
  if (first !== 0x7c && first !== 0x3a && first !== 0x2d && first !== 0x2b && first !== 0x3d) return null;
  if (first === 0x2b) return BOX_BORDER.test(t) ? "box" : null;
  if (t.includes("+")) return PSQL_RULE.test(t) ? "psql" : null;
  if (isSeparator(t) && (t.includes("|") || !t.includes(" "))) return t.includes("|") ? "markdown" : "fixed";
  return UNDERLINE.test(t) ? "fixed" : null;
}

/** Cells apart by a separator, with their positions. */
export function splitCells(line: string, separator: RegExp, offset = 0): TableCell[] {
  const cells: TableCell[] = [];
  let start = 0;
  separator.lastIndex = 0;
  for (let m = separator.exec(line); m; m = separator.exec(line)) {
    cells.push({ text: line.slice(start, m.index), start: offset + start });
    start = m.index + m[0].length;
  }
  cells.push({ text: line.slice(start), start: offset + start });
  return cells;
}

/** Cells split by `|`; an outer bar opens or closes the row (the empty cell outside it is dropped). */
export function barCells(line: string, offset = 0, separator = /\|/g): TableCell[] {
  const cells = splitCells(line, separator, offset);
  if (cells.length && !cells[0].text.trim()) cells.shift();
  if (cells.length && !cells[cells.length - 1].text.trim()) cells.pop();
  return cells;
}

/**
 * Fixed-width cells: each word goes to the column whose underline starts at or before it, and a column's cell runs
 * from its first word to its last — so a value wider than its column is not cut. Columns are counted in shown
 * characters (`width`: a placeholder already in the text shows wider than the marker that stands for it).
 */
function fixedCells(line: Line, starts: number[], width: (word: string) => number): TableCell[] {
  // Only the columns up to the line's last word get a cell: a short row under a wide header costs its own length.
  const cells: TableCell[] = [];
  const t = line.text;
  let col = 0;
  let shown = 0;
  for (let i = 0; i < t.length;) {
    if (t.charCodeAt(i) === 0x20) {
      i++;
      shown++;
      continue;
    }
    let end = t.indexOf(" ", i);
    if (end < 0) end = t.length;
    while (col + 1 < starts.length && starts[col + 1] <= shown) col++;
    while (cells.length < col) cells.push({ text: "", start: line.start + i });
    if (cells.length === col) cells.push({ text: t.slice(i, end), start: line.start + i });
    else cells[col] = { text: t.slice(cells[col].start - line.start, end), start: cells[col].start };
    shown += width(t.slice(i, end));
    i = end;
  }
  return cells;
}

/** Where each run of an underline starts. */
function runStarts(rule: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < rule.length; i++) {
    const c = rule.charCodeAt(i);
    if ((c === 0x2d || c === 0x3d) && (i === 0 || rule.charCodeAt(i - 1) === 0x20)) starts.push(i);
  }
  return starts;
}

const isBlank = (line: string) => !line.trim();

/** Where the cells of a line aligned with blanks start: its first word, and each word after two or more blanks. */
function alignedStarts(line: string): number[] {
  const starts: number[] = [];
  let blanks = 0;
  for (let i = 0; i < line.length; i++) {
    if (line.charCodeAt(i) === 0x20) blanks++;
    else {
      if (starts.length === 0 || blanks >= 2) starts.push(i);
      blanks = 0;
    }
  }
  return starts;
}

/** A row under aligned columns: no word crosses into a column (a blank before each start) and one starts a column. */
function alignsUnder(line: string, starts: number[]): boolean {
  let hits = 0;
  for (let k = 1; k < starts.length && starts[k] < line.length; k++) {
    if (line.charCodeAt(starts[k] - 1) !== 0x20) return false;
    if (line.charCodeAt(starts[k]) !== 0x20) hits++;
  }
  return hits > 0;
}
const hasBar = (line: string) => line.includes("|");

const endsWithBar = (line: string) => line.trimEnd().endsWith("|");
const startsWithBar = (line: string) => line.trimStart().startsWith("|");

/**
 * The rows of a Markdown or psql table from line `from` on, and the line where the table ends. A row may go on over
 * the next lines — a Markdown row broken by an editor or a mail client, a psql row wrapped by the terminal — and its
 * rest is read in its own columns, as a row of its own whose first cell's column is given (firstColumns): a line that goes on from a row still open (fewer cells than the header, or, under a header closed by a bar,
 * no bar at its end) takes the columns after the row's, its first piece the row's last column unless a bar stood
 * between them; a line with no bar under a full row is the wrapped rest of its last column when the table goes on
 * under it. psql writes no outer bars: its cells are never dropped at a line's ends, so a value holding a line break
 * (psql's `+` marker) or wrapped by `\pset format wrapped` (`.` markers) keeps its column on the next line.
 * Each line is read once.
 */
function barRows(
  lines: Line[],
  from: number,
  layout: "markdown" | "psql",
  columns: number,
  headerText: string,
): { rows: TableCell[][]; firstColumns: number[]; end: number } {
  const cellsOf = (l: Line) => (layout === "psql" ? splitCells(l.text, /\|/g, l.start) : barCells(l.text, l.start));
  const closed = layout === "markdown" && endsWithBar(headerText);
  const rows: TableCell[][] = [];
  const firstColumns: number[] = [];
  /** Columns of the row read so far; whether a bar ended its last line; whether it may go on. */
  let n = 0;
  let atBar = false;
  let open = false;
  const place = (cells: TableCell[], at: number, text: string) => {
    rows.push(cells);
    firstColumns.push(at);
    n = at + cells.length;
    atBar = endsWithBar(text);
    open = n < columns || (closed && !atBar);
  };
  /** The table goes on at line `r`: a row (not a second table's header over its rule) or psql's footer. */
  const goesOn = (r: number) =>
    r < lines.length &&
    ((hasBar(lines[r].text) && !isBlank(lines[r].text) && ruleOf(lines[r + 1]?.text ?? "") === null) ||
      (layout === "psql" && FOOTER.test(lines[r].text)));
  let r = from;
  for (; r < lines.length; r++) {
    const line = lines[r];
    if (isBlank(line.text)) break;
    if (hasBar(line.text)) {
      if (open) {
        const cells = cellsOf(line);
        const at = atBar || startsWithBar(line.text) ? n : n - 1;
        if (at + cells.length <= columns) {
          place(cells, at, line.text);
          continue;
        }
      }
      place(cellsOf(line), 0, line.text);
      continue;
    }
    if (rows.length && n > 0 && (open || goesOn(r + 1))) {
      place([{ text: line.text, start: line.start }], open && atBar ? n : n - 1, line.text);
      continue;
    }
    break;
  }
  return { rows, firstColumns, end: r };
}

/**
 * The tables of a text. `wanted` sees a header's cell texts (trimmed) and says whether the caller judges that table;
 * the rows of the others are not split. `width`: how many characters a word shows as (fixed-width columns).
 */
export function readTables(
  text: string,
  wanted: (names: string[]) => boolean,
  width: (word: string) => number = (word) => word.length,
): TextTable[] {
  const lines = linesOf(text);
  const tables: TextTable[] = [];
  /** A table taken when the caller wants it (`judged`: the caller's answer is already in). */
  const take = (
    layout: Layout,
    header: TableCell[],
    from: number,
    to: number,
    split: (l: Line) => TableCell[],
    judged = false,
  ) => {
    if (!judged && !wanted(header.map((c) => c.text.trim()))) return;
    const rows: TableCell[][] = [];
    for (let r = from; r < to; r++) if (!isBlank(lines[r].text)) rows.push(split(lines[r]));
    if (rows.length) tables.push({ layout, header, rows });
  };
  const bars = (l: Line) => barCells(l.text, l.start);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    const rule = ruleOf(line.text);
    if (rule === "box" && i + 2 < lines.length && lines[i + 1].text.trimStart().startsWith("|")) {
      if (ruleOf(lines[i + 2].text) === "box") {
        let end = i + 3;
        // Rows run to the closing border; a border with a row under it is a separator between rows.
        const isRow = (r: number) => r < lines.length && lines[r].text.trimStart().startsWith("|");
        while (isRow(end) || (ruleOf(lines[end]?.text ?? "") === "box" && isRow(end + 1))) end++;
        take("box", bars(lines[i + 1]), i + 3, end, bars);
        i = end;
        continue;
      }
    }
    const above = i > 0 ? lines[i - 1] : null;
    if ((rule === "markdown" || rule === "psql") && above && hasBar(above.text)) {
      const header = bars(above);
      if (wanted(header.map((c) => c.text.trim()))) {
        const read = barRows(lines, i + 1, rule, header.length, above.text);
        if (read.rows.length) tables.push({ layout: rule, header, rows: read.rows, firstColumns: read.firstColumns });
        i = read.end;
        continue;
      }
      let end = i + 1;
      while (end < lines.length && hasBar(lines[end].text) && !isBlank(lines[end].text)) end++;
      i = end;
      continue;
    }
    if (rule === "fixed" && above && !isBlank(above.text) && !hasBar(above.text) && ruleOf(above.text) === null) {
      const starts = runStarts(line.text);
      let end = i + 1;
      while (
        end < lines.length &&
        !isBlank(lines[end].text) &&
        !FOOTER.test(lines[end].text) &&
        ruleOf(lines[end].text) === null
      )
        end++;
      take("fixed", fixedCells(above, starts, width), i + 1, end, (l) => fixedCells(l, starts, width));
      i = end;
      continue;
    }
    const next = i + 1 < lines.length ? lines[i + 1].text : "";
    if (rule === null && line.text.includes("  ") && !hasBar(line.text) && !line.text.includes("\t") && next) {
      const starts = alignedStarts(line.text);
      // A header over an underline is the fixed-width reader's, on the next line.
      if (starts.length >= 2 && ruleOf(next) === null && alignsUnder(next, starts)) {
        const header = fixedCells(line, starts, width);
        if (wanted(header.map((c) => c.text.trim()))) {
          let end = i + 1;
          while (end < lines.length && alignsUnder(lines[end].text, starts) && !FOOTER.test(lines[end].text)) end++;
          take("aligned", header, i + 1, end, (l) => fixedCells(l, starts, width), true);
          i = end;
          continue;
        }
      }
    }
    if (line.text.includes("\t") && (!above || !above.text.includes("\t"))) {
      let end = i + 1;
      while (end < lines.length && lines[end].text.includes("\t")) end++;
      const tabs = (l: Line) => splitCells(l.text, /\t/g, l.start);
      if (end > i + 1) take("tab", tabs(line), i + 1, end, tabs);
      i = end;
      continue;
    }
    i++;
  }
  return tables;
}
