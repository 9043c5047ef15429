// Rows of a database pasted as SQL: a `pg_dump` COPY block (`COPY public.patient (ssn, name, …) FROM stdin;`, then
// tab-separated rows up to a line `\.`) and INSERT statements (`INSERT INTO patient (first_name, …) VALUES ('…', …),
// (…);`, the column list and the rows over any number of lines, comments between them). Each value is judged by its
// column, as a list of people pasted as a table is (person-columns.ts): when the columns make a list of people — or the
// table's own name says it lists people (`patient`, `person_name`, `demographic`) — every person's column goes, whatever
// its values look like (a surname alone, a birth date, a CPF). An INSERT without a column list into such a table loses
// every quoted value of two characters or more (a one-letter code such as a sex stays). Numbers, NULL, `\N` and function
// calls (`now()`) are no person's value unless their column names one (a phone stored as a number). The SQL around
// the values stays byte for byte. Each character is read once: the statement's values are tokenised left to right, and
// an unterminated string ends the reading of that statement (the sweep then reads it as text).
import type { ItemContext } from "./context";
import { peopleTableColumns, personColumns, redactPersonValue } from "./person-columns";

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
  /\bINSERT[ \t]+(?:IGNORE[ \t]+)?INTO[ \t\r\n]+([`"[\]\w.]{1,200})[ \t\r\n]*(?:\(([^)]{0,4000})\)[ \t\r\n]*)?VALUES\b/gi;

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
    : /^\d{4}-\d{2}-\d{2}/.test(value)
      ? "date"
      : /^\+?[\d ()./-]{7,}$/.test(value)
        ? "phone"
        : /@/.test(value)
          ? "email"
          : "name";

export function redactSqlRows(text: string, ctx: ItemContext): string {
  const copy = text.includes("FROM stdin") || text.includes("from stdin");
  if (!copy && !/insert/i.test(text)) return text;
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
  if (copy) {
    for (const m of text.matchAll(COPY_HEAD)) {
      const rows = copyRows(text, (m.index ?? 0) + m[0].length);
      const types = columnTypes(
        m[1],
        columnNames(m[2]),
        rows.map((r) => r.map((v) => v.text)),
      );
      for (const row of rows) row.forEach((v, k) => replaceValue(v, types?.[k] ?? null));
    }
    for (const m of text.matchAll(DUMP_NAME)) {
      const at = (m.index ?? 0) + m[0].indexOf(m[1], 9);
      edits.push({ start: at, end: at + m[1].length, text: ctx.keep(m[1]) });
    }
  }
  INSERT_HEAD.lastIndex = 0;
  for (let m = INSERT_HEAD.exec(text); m; m = INSERT_HEAD.exec(text)) {
    const { rows, end } = valueTuples(text, INSERT_HEAD.lastIndex);
    INSERT_HEAD.lastIndex = Math.max(end, INSERT_HEAD.lastIndex);
    if (!rows.length) continue;
    if (m[2] !== undefined) {
      const types = columnTypes(
        m[1],
        columnNames(m[2]),
        rows.map((r) => r.map((v) => v.text)),
      );
      for (const row of rows) row.forEach((v, k) => replaceValue(v, types?.[k] ?? null));
    } else if (PEOPLE_TABLE.test(m[1])) {
      for (const row of rows)
        for (const v of row) if (v.quoted && v.text.length >= 2) replaceValue(v, typeByShape(v.text));
    }
  }
  for (const v of unjudged) {
    const type = removed.get(v.text);
    if (type) replaceValue(v, type);
  }
  if (!edits.length) return text;
  edits.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const e of edits) {
    if (e.start < pos) continue;
    out += text.slice(pos, e.start) + e.text;
    pos = e.end;
  }
  return out + text.slice(pos);
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
    const row: SqlValue[] = [];
    let start = pos;
    for (const cell of line.split("\t")) {
      row.push({ text: cell, start, quoted: false });
      start += cell.length + 1;
    }
    rows.push(row);
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

/**
 * The tuples of a VALUES list starting at `pos` (at its first `(`), and where the reading stopped. A string ends at a
 * quote not doubled and not escaped by a backslash; an unquoted value runs to the next `,` or `)` outside parentheses.
 */
export function valueTuples(text: string, pos: number): { rows: SqlValue[][]; end: number } {
  const rows: SqlValue[][] = [];
  for (;;) {
    pos = skipBlank(text, pos);
    if (text[pos] !== "(") return { rows, end: pos };
    pos++;
    const row: SqlValue[] = [];
    for (;;) {
      pos = skipBlank(text, pos);
      if (pos >= text.length) return { rows, end: pos };
      if (text[pos] === "'") {
        let i = pos + 1;
        for (;;) {
          const q = text.indexOf("'", i);
          if (q < 0) return { rows, end: pos };
          let backslashes = 0;
          while (text[q - 1 - backslashes] === "\\") backslashes++;
          if (backslashes % 2 === 1) i = q + 1;
          else if (text[q + 1] === "'") i = q + 2;
          else {
            row.push({ text: text.slice(pos + 1, q), start: pos + 1, quoted: true });
            pos = q + 1;
            break;
          }
        }
      } else {
        let depth = 0;
        let i = pos;
        for (; i < text.length; i++) {
          const c = text[i];
          if (c === "(") depth++;
          else if (c === ")" && depth > 0) depth--;
          else if ((c === "," || c === ")") && depth === 0) break;
          else if (c === "'" || c === ";" || c === "\n") break;
        }
        if (text[i] !== "," && text[i] !== ")") return { rows, end: i };
        const raw = text.slice(pos, i);
        const lead = raw.length - raw.trimStart().length;
        row.push({ text: raw.trim(), start: pos + lead, quoted: false });
        pos = i;
      }
      pos = skipBlank(text, pos);
      if (text[pos] === ",") pos++;
      else if (text[pos] === ")") {
        pos++;
        break;
      } else return { rows, end: pos };
    }
    rows.push(row);
    pos = skipBlank(text, pos);
    if (text[pos] !== ",") return { rows, end: pos };
    pos++;
  }
}
