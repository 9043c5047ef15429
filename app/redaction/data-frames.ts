// A data frame printed by a data tool — pandas `print(df)` / `df.head()`, R `print(data.frame)`, a tibble (`# A
// tibble:` and a `<chr>` type row), a data.table (`1:` index), knitr or reprex output (`#> ` / `## ` prefixes) — is a
// table whose columns are a single blank apart: a header line starting with the index column's blanks, then rows each
// starting with an index (`0`, `1`, `1:`, `[1,]`). A wide frame is wrapped into blocks, each with its own header (R),
// or with a `\` at the header's end (pandas); each block is read alone. A row's words go to the column whose header
// they stand under; a word between two headers goes to a left-aligned column before it (tibble text, pandas strings)
// or else to the right-aligned one after it (R, pandas numbers). When the header makes a list of people
// (person-columns.ts, as for a CSV export or a table pasted as text), each person's column loses its values. A FHIR
// flattener's cells (fhircrackr: `<<1.1>>Jane ~ <<2.1>>Joe`, `[1.1]Berlin | [3.1]London`) keep their index markers
// and separators; each value between them goes alone.
import { readsAsPersonsName } from "./display-names";
import { GIVEN_NAMES } from "./detectors/free-text-phi-names";
import type { ItemContext } from "./context";
import { peopleTableColumns, personColumns, redactPersonValue } from "./person-columns";

/** A word of a line: where it starts and ends in the line (without the line's prefix). */
interface Word {
  start: number;
  end: number;
}

/** knitr's (`## `) or reprex's (`#> `) prefix before a line of output, or none. */
function prefixOf(line: string): string {
  if (line.startsWith("#> ") || line.startsWith("## ")) return line.slice(0, 3);
  return "";
}

function wordsOf(line: string): Word[] {
  const words: Word[] = [];
  let i = 0;
  while (i < line.length) {
    if (line.charCodeAt(i) === 0x20) {
      i++;
      continue;
    }
    const start = i;
    while (i < line.length && line.charCodeAt(i) !== 0x20) i++;
    words.push({ start, end: i });
  }
  return words;
}

/** A row's index: pandas' `0`, R's `1`, data.table's `1:`, a matrix's `[1,]`. */
const INDEX = /^(?:\d{1,9}:?|\[\d{1,9},\])$/;
/** A word of a header: a column's name, quoted or not, or a piece of one (`"Height (in)"`). */
const HEADER_WORD = /^[\p{L}\p{N}_."()/#'’%-]{1,80}$/u;
/** A tibble's type row: `<chr>`, `<dbl>`, `<date>`, … */
const TYPE_WORD = /^<[a-z]{2,8}>$/;
/** pandas' line of a truncated frame's skipped rows (`..  ...`). */
const ELLIPSIS = /^\.{2,3}$/;

/** A line (without its prefix) that heads a frame: the index's blanks, then column names. */
function isHeader(line: string, words: Word[]): boolean {
  if (!words.length || line.charCodeAt(0) !== 0x20) return false;
  let letter = false;
  for (let k = 0; k < words.length; k++) {
    const w = line.slice(words[k].start, words[k].end);
    if (w === "\\" && k === words.length - 1) continue;
    if (!HEADER_WORD.test(w)) return false;
    if (/\p{L}/u.test(w)) letter = true;
  }
  return letter;
}

const isRow = (line: string, words: Word[]) => {
  if (words.length < 2) return false;
  const first = line.slice(words[0].start, words[0].end);
  return INDEX.test(first) || ELLIPSIS.test(first);
};

/** A FHIR path flattened into a column's name (`name.given`), read as the column a person's list has. */
const FHIR_PATHS: Record<string, string> = {
  "name.given": "given_name",
  "name.family": "family_name",
  "name.text": "full_name",
  "address.line": "street",
  "address.city": "city",
  "address.district": "city",
  "address.postalcode": "postal_code",
  "address.text": "address",
};
const columnOf = (header: string) => FHIR_PATHS[header.toLowerCase()] ?? header;

/** A person's trait besides a name that makes a frame with a `name` column a list of people. */
const DEMOGRAPHIC = /^"?(?:sex|gender|age)"?$/i;

/** fhircrackr's index markers and separators inside a cell: what stays around the values. */
const CELL_MARKS = /<<[\d.]{1,20}>>|\[[\d.]{1,20}\]| [~|] |:::/g;
const NOTHING = /^(?:<NA>|NA|NaN|None|NaT)$/;

/** One block of a printed frame: its header's line, the line after its rows, its columns' names and its cells. */
interface Block {
  head: number;
  end: number;
  continued: boolean;
  names: string[];
  /** Where each row's line starts (after its prefix). */
  rows: number[];
  cells: Array<Word | null>[];
  values: string[][];
}

interface Column {
  name: string;
  start: number;
  end: number;
  left: boolean;
}

/** The frame's columns from its header's words: a word that no row stands under joins the next one ("Height (in)"). */
function columnsOf(header: string, words: Word[], rows: { line: string; words: Word[] }[]): Column[] {
  const named = words.filter((w) => header.slice(w.start, w.end) !== "\\");
  const under = named.map(() => 0);
  const left = named.map(() => 0);
  const right = named.map(() => 0);
  for (const row of rows) {
    let k = 0;
    for (const w of row.words.slice(1)) {
      while (k < named.length && named[k].end <= w.start) k++;
      if (k < named.length && named[k].start < w.end) {
        under[k]++;
        if (w.start === named[k].start) left[k]++;
        if (w.end === named[k].end) right[k]++;
      }
    }
  }
  const columns: Column[] = [];
  let open: Word | null = null;
  named.forEach((w, k) => {
    const from = open ?? w;
    if (!under[k] && k + 1 < named.length && named[k + 1].start === w.end + 1) {
      open = from;
      return;
    }
    open = null;
    columns.push({
      name: header.slice(from.start, w.end),
      start: from.start,
      end: w.end,
      left: left[k] > right[k],
    });
  });
  return columns;
}

/** Each column's cell in a row: from its first word to its last (index left out). */
function cellsOf(row: Word[], columns: Column[]): Array<Word | null> {
  const cells: Array<Word | null> = columns.map(() => null);
  let k = 0;
  for (const w of row.slice(1)) {
    while (k < columns.length && columns[k].end <= w.start) k++;
    let at: number;
    if (k < columns.length && columns[k].start < w.end) at = k;
    else if (k > 0 && columns[k - 1].left) at = k - 1;
    else if (k < columns.length) at = k;
    else at = columns.length - 1;
    const cell = cells[at];
    cells[at] = cell ? { start: cell.start, end: w.end } : { start: w.start, end: w.end };
  }
  return cells;
}

/** Values of 4 characters or more a person's column gave up so far in this ticket (indexed as they are found). */
const knownPeople = (ctx: ItemContext) =>
  ctx.state.index(
    "data-frame-people",
    null,
    () => new Set<string>(),
    (set, k) => {
      if (k.category === "phi" && k.value.length >= 4) set.add(k.value);
    },
  );

/** Whether a cell holds, between fhircrackr's markers, a value already replaced as a person's. */
function holdsKnownPerson(cell: string, ctx: ItemContext): boolean {
  const known = knownPeople(ctx);
  if (!known.size) return false;
  let pos = 0;
  CELL_MARKS.lastIndex = 0;
  for (let m = CELL_MARKS.exec(cell); m; m = CELL_MARKS.exec(cell)) {
    if (known.has(cell.slice(pos, m.index))) return true;
    pos = m.index + m[0].length;
  }
  return known.has(cell.slice(pos));
}

/** A cell's values between fhircrackr's markers, each replaced alone. */
function redactCell(cell: string, type: string, ctx: ItemContext): string | null {
  let out = "";
  let pos = 0;
  let changed = false;
  const value = (end: number) => {
    const v = cell.slice(pos, end);
    const replaced = v && !NOTHING.test(v) ? redactPersonValue(v, type, ctx) : null;
    if (replaced) changed = true;
    out += replaced ?? v;
  };
  CELL_MARKS.lastIndex = 0;
  for (let m = CELL_MARKS.exec(cell); m; m = CELL_MARKS.exec(cell)) {
    value(m.index);
    out += m[0];
    pos = m.index + m[0].length;
  }
  value(cell.length);
  return changed ? out : null;
}

/**
 * A frame's name column (`name`, weak alone) whose every value reads as a person's full name, most of them opening
 * with a known given name (`Jane Roe`, `Ravi Kumar`): the frame lists people, so its `city` goes too. Hospitals and
 * apps (`Mount Sinai`, `Growth Chart`) open with no given name.
 */
function namesPeople(types: readonly (string | null)[], values: readonly (readonly string[])[]): boolean {
  const names = values.flatMap((row) => row.filter((v, k) => types[k] === "name" && v.trim()).map((v) => v.trim()));
  if (names.length === 0 || !names.every((n) => /\s/.test(n) && readsAsPersonsName(n))) return false;
  const given = names.filter((n) => GIVEN_NAMES.has(n.split(/\s/)[0].toLowerCase())).length;
  return given * 2 > names.length;
}

export function redactDataFrames(text: string, ctx: ItemContext): string {
  if (!text.includes("  ")) return text;
  const lines: { start: number; prefix: string; line: string; words: Word[] }[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const cut = end > start && text.charCodeAt(end - 1) === 0x0d ? end - 1 : end;
    const raw = text.slice(start, cut);
    const prefix = prefixOf(raw);
    const line = raw.slice(prefix.length);
    lines.push({ start: start + prefix.length, prefix, line, words: [] });
    if (nl < 0) break;
    start = nl + 1;
  }
  const edits: { start: number; end: number; text: string }[] = [];
  /** The blocks of the frame read so far (a wide frame is wrapped into several), judged as one. */
  let frame: Block[] = [];
  const judge = () => {
    const names = frame.flatMap((b) => b.names);
    const values = frame[0]?.values.map((_row, n) => frame.flatMap((b) => b.values[n])) ?? [];
    let types = names.length ? personColumns(names, values) : null;
    if (!types && names.some((n) => DEMOGRAPHIC.test(n))) types = peopleTableColumns(names);
    // A frame filtered or reshaped from one already read (fhircrackr's `df_filtered`, a `select()`) lists the same
    // people: its weak person columns (`name`, `city`) count when one of their values is a person's already found.
    if (!types) {
      const weak = peopleTableColumns(names);
      if (weak && values.some((row) => row.some((v, k) => weak[k] && holdsKnownPerson(v, ctx)))) types = weak;
      else if (weak && namesPeople(weak, values)) types = weak;
    }
    let k0 = 0;
    for (const b of frame) {
      const from = k0;
      k0 += b.names.length;
      if (!types) continue;
      const own = types.slice(from, k0);
      b.cells.forEach((cs, n) =>
        cs.forEach((c, k) => {
          const type = own[k];
          if (!c || !type) return;
          const replaced = redactCell(b.values[n][k], type, ctx);
          if (replaced) edits.push({ start: b.rows[n] + c.start, end: b.rows[n] + c.end, text: replaced });
        }),
      );
    }
    frame = [];
  };
  let i = 0;
  while (i < lines.length) {
    const head = lines[i];
    // A header starts with the index column's blank: a line that does not is not split into words.
    if (head.line.charCodeAt(0) !== 0x20) {
      i++;
      continue;
    }
    head.words = wordsOf(head.line);
    if (!isHeader(head.line, head.words)) {
      i++;
      continue;
    }
    let r = i + 1;
    const sameBlock = (l: (typeof lines)[number]) => l.prefix === head.prefix;
    if (r < lines.length && sameBlock(lines[r])) {
      const t = lines[r];
      t.words = wordsOf(t.line);
      if (t.words.length && t.words.every((w) => TYPE_WORD.test(t.line.slice(w.start, w.end)))) r++;
    }
    const rows: typeof lines = [];
    for (; r < lines.length && sameBlock(lines[r]); r++) {
      const l = lines[r];
      l.words = wordsOf(l.line);
      if (!isRow(l.line, l.words)) break;
      rows.push(l);
    }
    if (!rows.length) {
      i++;
      continue;
    }
    const columns = columnsOf(head.line, head.words, rows);
    const cells = rows.map((row) => cellsOf(row.words, columns));
    const block: Block = {
      head: i,
      end: r,
      continued: head.line.trimEnd().endsWith("\\"),
      names: columns.map((c) => columnOf(c.name)),
      rows: rows.map((row) => row.start),
      cells,
      values: cells.map((cs, n) => cs.map((c) => (c ? rows[n].line.slice(c.start, c.end) : ""))),
    };
    const last = frame[frame.length - 1];
    // A wide frame's next block: right under the last one's rows (R), or after one blank line under a header ending
    // in `\` (pandas), with as many rows.
    const goesOn =
      last &&
      last.rows.length === block.rows.length &&
      (block.head === last.end || (last.continued && block.head === last.end + 1 && !lines[last.end].line.trim()));
    if (!goesOn) judge();
    frame.push(block);
    i = r;
  }
  judge();
  if (!edits.length) return text;
  let out = "";
  let pos = 0;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
}
