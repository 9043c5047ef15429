// Rows of a database pasted as SQL: a `pg_dump` COPY block (`COPY public.patient (ssn, name, …) FROM stdin;`, then
// tab-separated rows up to a line `\.`, or up to the next COPY head, comment or statement when that line was not copied)
// and INSERT statements (`INSERT INTO patient (first_name, …) VALUES ('…', …), (…);` or `… SELECT N'…', … UNION ALL
// SELECT …`, the column list and the rows over any number of lines, comments between them). Each value is judged by its
// column, as a list of people pasted as a table is (person-columns.ts): when the columns make a list of people — or the
// table's own name says it lists people (`patient`, `person_name`, `demographic`) — every person's column goes, whatever
// its values look like (a surname alone, a birth date, a CPF). An INSERT without a column list into such a table loses
// every quoted value of two characters or more (a one-letter code such as a sex stays). Numbers, NULL, `\N` and function
// calls (`now()`) are no person's value unless their column names one (a phone stored as a number). The SQL around
// the values stays byte for byte. Each character is read once: the statement's values are tokenised left to right, and
// an unterminated string ends the reading of that statement (the sweep then reads it as text).
import type { ItemContext } from "./context";
import { peopleTableColumns, personColumns, redactPersonValue } from "./person-columns";
import { splitCells } from "./table-layout";
import { applyEdits } from "./text-edits";

/** A value in a statement or a COPY row: its text (inside its quotes) and where that text stands. */
export interface SqlValue {
  text: string;
  start: number;
  quoted: boolean;
}

/** A `pg_dump` comment naming an object (`-- Data for Name: patient; Type: TABLE DATA; …`): a table, no person. */
const DUMP_NAME = /^-- (?:Data for )?Name: ([^;\n]{1,200}); Type: /gm;
/** A small number in a person's column is a row's number (a foreign key), not a person's value. */
const ROW_NUMBER = /^\d{1,3}$/;

/** A table whose name says its rows are people. */
const PEOPLE_TABLE = /patient|person|people|demograph|customer|employee|member|student|contact/i;
const COPY_HEAD = /^COPY[ \t]+([^\s(]{1,200})[ \t]*\(([^)\n]{0,4000})\)[ \t]+FROM[ \t]+stdin;[ \t]*\r?$/gim;
/**
 * A line that ends a COPY block whose `\.` line was not copied (a cut dump, two tables pasted one after the other): the
 * next COPY head, a pg_dump comment, an SQL statement as pg_dump writes it (an upper-case keyword, then a space).
 */
const BLOCK_END =
  /^(?:--|[Cc][Oo][Pp][Yy][ \t]|(?:ALTER|CREATE|INSERT|SELECT|SET|DROP|GRANT|REVOKE|COMMENT|UPDATE|DELETE|BEGIN|COMMIT|TRUNCATE) )/;
const INSERT_HEAD =
  /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t\r\n]+([`"[\]\w.]{1,200})[ \t\r\n]*(?:\(([^)]{0,4000})\)[ \t\r\n]*)?(VALUES|SELECT)\b/gi;

/**
 * An UPDATE's head up to SET: PostgreSQL's `ONLY`, MySQL's `LOW_PRIORITY`/`IGNORE`, the table, and an alias
 * (`patient p`, `patient AS p`). T-SQL's `UPDATE p SET … FROM patient p` names the alias only: the columns decide.
 */
const UPDATE_HEAD =
  /\bUPDATE[ \t\r\n]+(?:(?:ONLY|LOW_PRIORITY|IGNORE)[ \t\r\n]+){0,2}([`"[\]\w.]{1,200})(?:[ \t\r\n]+(?:AS[ \t\r\n]+)?(?!SET\b)[A-Za-z_]\w{0,63})?[ \t\r\n]+SET\b/gi;
/** A column's name in a SET list: bare, or in `"…"`, `` `…` `` or `[…]`. */
const COLUMN = String.raw`(?:[A-Za-z_][\w$]{0,127}|"[^"\n]{1,128}"|\`[^\`\n]{1,128}\`|\[[^\]\n]{1,128}\])`;
/** A column in a SET list, bare or qualified by its table or alias (`p.family`): the last part is its name. */
const SET_COLUMN = new RegExp(String.raw`(?:${COLUMN}\.){0,2}(${COLUMN})[ \t\r\n]*=`, "y");
const BIND_PLACEHOLDER = /^(?:\?|[:@$][A-Za-z_]\w{0,63}|\$\d{1,4})$/;
/** T-SQL's `FROM table` right after an UPDATE's SET list. */
const UPDATE_FROM = /^[ \t\r\n]*FROM[ \t\r\n]+([`"[\]\w.]{1,200})/i;
/** A row value's column list (`(family, given) = (…)`) is at most this long. */
const MAX_COLUMN_LIST = 4096;

/**
 * The `column = value` pairs of an UPDATE's SET list from `pos`, up to the first that is not one (its `WHERE`, a value
 * that names a column or calls a function, a string left open), and where the reading stopped. Each character is read
 * once.
 */
function setPairs(text: string, pos: number): { names: string[]; values: SqlValue[]; end: number } {
  const names: string[] = [];
  const values: SqlValue[] = [];
  for (;;) {
    pos = skipBlank(text, pos);
    if (text[pos] === "(") {
      // A row value: `(family, given) = ('…', '…')`.
      const row = rowValue(text, pos);
      if (!row) return { names, values, end: pos };
      names.push(...row.names);
      values.push(...row.values);
      pos = skipBlank(text, row.end);
      if (text[pos] !== ",") return { names, values, end: pos };
      pos++;
      continue;
    }
    SET_COLUMN.lastIndex = pos;
    const column = SET_COLUMN.exec(text);
    if (!column) return { names, values, end: pos };
    pos = skipBlank(text, SET_COLUMN.lastIndex);
    const read = readValue(text, pos, true);
    if (!read) return { names, values, end: pos };
    // A list of names must not hold a comma: a quoted name's commas would shift the columns.
    // A bind placeholder (`?`, `:family`, `@given`, `$1`) is the statement's shape, not a value: it stays.
    if (read.value.quoted || !BIND_PLACEHOLDER.test(read.value.text)) {
      names.push(column[1].replace(/,/g, " "));
      values.push(read.value);
    }
    pos = skipBlank(text, read.end);
    if (text[pos] !== ",") return { names, values, end: pos };
    pos++;
  }
}

/**
 * A row value at `open` (its `(`): the column list, `=`, and a tuple of as many values; null when it is not one. The
 * column list's scan stops at the first bracket, quote or line end, so scans never overlap.
 */
function rowValue(text: string, open: number): { names: string[]; values: SqlValue[]; end: number } | null {
  let close = open + 1;
  while (close < text.length && close - open < MAX_COLUMN_LIST && !"()';\n".includes(text[close])) close++;
  if (text[close] !== ")") return null;
  const names = text
    .slice(open + 1, close)
    .split(",")
    .map((c) => c.trim());
  if (names.some((c) => !/^[\w$."`[\] ]{1,128}$/.test(c))) return null;
  let pos = skipBlank(text, close + 1);
  if (text[pos] !== "=") return null;
  pos = skipBlank(text, pos + 1);
  if (text[pos] !== "(") return null;
  const list = readList(text, pos + 1, false);
  if (!list.read || text[list.end] !== ")" || list.row.length !== names.length) return null;
  return { names: names.map((c) => c.slice(c.lastIndexOf(".") + 1)), values: list.row, end: list.end + 1 };
}

/** A column list's names without their quotes (`"day of birth"`, `` `FirstName` ``, `[ssn]`). */
export const columnNames = (list: string): string[] =>
  list.split(",").map((c) => c.trim().replace(/^[`"[]|[`"\]]$/g, ""));

/** Per column, the type a person's value is redacted as; null when the table lists no people. */
export function columnTypes(table: string, columns: readonly string[], rows: readonly (readonly string[])[]) {
  return personColumns(columns, rows) ?? (PEOPLE_TABLE.test(table) ? peopleTableColumns(columns) : null);
}

/** The type a value of a people table's INSERT without a column list is redacted as, by its shape. */
const typeByShape = (value: string): string =>
  /^\d{3}-\d{2}-\d{4}$/.test(value)
    ? "ssn"
    : /^\d{4}-\d{2}-\d{2}/.test(value) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?:\d{2})?$/.test(value)
      ? "date"
      : /^\+?[\d ()./-]{7,}$/.test(value)
        ? "phone"
        : /@/.test(value)
          ? "email"
          : "name";

export function redactSqlRows(text: string, ctx: ItemContext): string {
  const copy = text.includes("FROM stdin") || text.includes("from stdin");
  if (!copy && !/insert|update/i.test(text)) return text;
  const edits: Array<{ start: number; end: number; text: string }> = [];
  /** Values removed, by text: the same value in another table's column (a foreign key) goes too. */
  const removed = new Map<string, string>();
  const unjudged: SqlValue[] = [];
  const replaceValue = (v: SqlValue, type: string | null) => {
    if (v.text === "\\N" || ROW_NUMBER.test(v.text) || (!v.quoted && /^null$/i.test(v.text))) return;
    if (!type) {
      if (v.text.length >= 4) unjudged.push(v);
      return;
    }
    const replaced = redactPersonValue(v.text, type, ctx);
    if (!replaced) return;
    edits.push({ start: v.start, end: v.start + v.text.length, text: replaced });
    if (v.text.length >= 4) removed.set(v.text, type);
  };
  /** Rows under a column list (a COPY head's, an INSERT's): each value judged by its column and the table's name. */
  const judgeRows = (table: string, list: string, rows: SqlValue[][]) => {
    const types = columnTypes(
      table,
      columnNames(list),
      rows.map((r) => r.map((v) => v.text)),
    );
    for (const row of rows) row.forEach((v, k) => replaceValue(v, types?.[k] ?? null));
  };
  if (copy) {
    for (const m of text.matchAll(COPY_HEAD)) {
      judgeRows(m[1], m[2], copyRows(text, (m.index ?? 0) + m[0].length));
    }
    for (const m of text.matchAll(DUMP_NAME)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1], 9);
      edits.push({ start: at, end: at + m[1].length, text: ctx.keep(m[1]) });
    }
  }
  INSERT_HEAD.lastIndex = 0;
  for (let m = INSERT_HEAD.exec(text); m; m = INSERT_HEAD.exec(text)) {
    const read = /^values$/i.test(m[3]) ? valueTuples : selectRows;
    const { rows, end } = read(text, INSERT_HEAD.lastIndex);
    INSERT_HEAD.lastIndex = Math.max(end, INSERT_HEAD.lastIndex);
    if (!rows.length) continue;
    if (m[2] !== undefined) judgeRows(m[1], m[2], rows);
    else if (PEOPLE_TABLE.test(m[1])) {
      for (const row of rows)
        for (const v of row) if (v.quoted && v.text.length >= 2) replaceValue(v, typeByShape(v.text));
    }
  }
  UPDATE_HEAD.lastIndex = 0;
  for (let m = UPDATE_HEAD.exec(text); m; m = UPDATE_HEAD.exec(text)) {
    const { names, values, end } = setPairs(text, UPDATE_HEAD.lastIndex);
    UPDATE_HEAD.lastIndex = Math.max(end, UPDATE_HEAD.lastIndex);
    // T-SQL's `UPDATE p SET … FROM patient p`: the table is named after the SET list.
    const from = UPDATE_FROM.exec(text.slice(end, end + 256))?.[1];
    if (values.length) judgeRows(from ?? m[1], names.join(","), [values]);
  }
  for (const v of unjudged) {
    const type = removed.get(v.text);
    if (type) replaceValue(v, type);
  }
  if (!edits.length) return text;
  return applyEdits(text, edits, (e) => e.text);
}

/**
 * The tab-separated rows of a COPY block from `from` up to its `\.` line, or up to a line that cannot be a row (the next
 * COPY head, a comment, a statement) when the `\.` line is missing, or the text's end. Each line is read by one block at
 * most: the next block starts where this one stopped.
 */
function copyRows(text: string, from: number): SqlValue[][] {
  const rows: SqlValue[][] = [];
  let pos = text.indexOf("\n", from) + 1;
  while (pos > 0 && pos < text.length) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const lineEnd = text.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl;
    const line = text.slice(pos, lineEnd);
    if (line === "\\." || BLOCK_END.test(line)) break;
    rows.push(splitCells(line, /\t/g, pos).map((cell) => ({ ...cell, quoted: false })));
    pos = nl + 1;
  }
  return rows;
}

/** Blanks, line breaks and SQL comments (`-- …`, `/* … *\/`) from `pos`; the position after them. */
function skipBlank(text: string, pos: number): number {
  for (;;) {
    while (pos < text.length && /\s/.test(text[pos])) pos++;
    if (text.startsWith("--", pos)) {
      const nl = text.indexOf("\n", pos);
      pos = nl < 0 ? text.length : nl + 1;
    } else if (text.startsWith("/*", pos)) {
      const end = text.indexOf("*/", pos + 2);
      pos = end < 0 ? text.length : end + 2;
    } else return pos;
  }
}

/** A string's prefix before its quote (`N'…'` SQL Server, `E'…'` / `U&'…'` / `B'…'` / `X'…'`, `_utf8mb4'…'` MySQL). */
const STRING_PREFIX = /[NnEeBbXx]|[Uu]&|_\w{1,20}/y;
/** An unquoted value of a SELECT list that names a column or a variable: the SELECT reads a table, not literals. */
const NOT_LITERAL = /^(?!null$)[A-Za-z_@#][\w@#$.]*$/i;
const UNION_SELECT = /UNION(?:[ \t\r\n]+ALL)?[ \t\r\n]+SELECT\b/iy;

/**
 * The value at `pos` and where it ends, or null when it cannot be read. SQL's quoting (`'` only, `''` and `\'` inside;
 * no other walk reads doubled quotes): a string (after its prefix, if any) ends at a quote not doubled and not escaped
 * by a backslash; an unquoted value runs to the next `,` or `)` outside parentheses — in a SELECT list (`select`) also
 * to the next blank or `;`.
 */
function readValue(text: string, pos: number, select: boolean): { value: SqlValue; end: number } | null {
  STRING_PREFIX.lastIndex = pos;
  const prefix = STRING_PREFIX.test(text) && text[STRING_PREFIX.lastIndex] === "'" ? STRING_PREFIX.lastIndex - pos : 0;
  if (text[pos + prefix] === "'") {
    const open = pos + prefix;
    for (let i = open + 1; ;) {
      const q = text.indexOf("'", i);
      if (q < 0) return null;
      let backslashes = 0;
      while (text[q - 1 - backslashes] === "\\") backslashes++;
      if (backslashes % 2 === 1) i = q + 1;
      else if (text[q + 1] === "'") i = q + 2;
      else return { value: { text: text.slice(open + 1, q), start: open + 1, quoted: true }, end: q + 1 };
    }
  }
  let depth = 0;
  let i = pos;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
    else if ((c === "," || c === ")") && depth === 0) break;
    else if (c === "'" || c === ";" || c === "\n") break;
    else if (select && depth === 0 && (c === " " || c === "\t" || c === "\r")) break;
  }
  if (!select && text[i] !== "," && text[i] !== ")") return null;
  const raw = text.slice(pos, i);
  const lead = raw.length - raw.trimStart().length;
  if (!raw.trim() || (select && (text[i] === "'" || NOT_LITERAL.test(raw)))) return null;
  return { value: { text: raw.trim(), start: pos + lead, quoted: false }, end: i };
}

/** Values separated by commas from `pos`, and where the reading stopped: after the last one, or where one failed. */
function readList(text: string, pos: number, select: boolean): { row: SqlValue[]; end: number; read: boolean } {
  const row: SqlValue[] = [];
  for (;;) {
    pos = skipBlank(text, pos);
    const read = pos < text.length ? readValue(text, pos, select) : null;
    if (!read) return { row, end: pos, read: false };
    row.push(read.value);
    pos = skipBlank(text, read.end);
    if (text[pos] !== ",") return { row, end: pos, read: true };
    pos++;
  }
}

/** The tuples of a VALUES list starting at `pos` (at its first `(`), and where the reading stopped. */
export function valueTuples(text: string, pos: number): { rows: SqlValue[][]; end: number } {
  const rows: SqlValue[][] = [];
  for (;;) {
    pos = skipBlank(text, pos);
    if (text[pos] !== "(") return { rows, end: pos };
    const list = readList(text, pos + 1, false);
    if (!list.read || text[list.end] !== ")") return { rows, end: list.end };
    rows.push(list.row);
    pos = skipBlank(text, list.end + 1);
    if (text[pos] !== ",") return { rows, end: pos };
    pos++;
  }
}

/**
 * The rows of an `INSERT … SELECT` of literals starting at `pos` (after `SELECT`): one row per SELECT list, the lists
 * joined by `UNION [ALL] SELECT`. A list that names a column or a variable, or is followed by `FROM`, reads a table:
 * no row.
 */
function selectRows(text: string, pos: number): { rows: SqlValue[][]; end: number } {
  const rows: SqlValue[][] = [];
  for (;;) {
    const list = readList(text, pos, true);
    if (!list.read || /^(?:FROM|WHERE)\b/i.test(text.slice(list.end, list.end + 6))) return { rows, end: list.end };
    rows.push(list.row);
    UNION_SELECT.lastIndex = list.end;
    if (!UNION_SELECT.test(text)) return { rows, end: list.end };
    pos = UNION_SELECT.lastIndex;
  }
}
