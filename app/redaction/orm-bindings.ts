// An ORM's log of the values bound to a statement: Hibernate's `binding parameter [2] as [VARCHAR] - [Smith]`
// (Hibernate 6: `binding parameter (2:VARCHAR) <- [Smith]`), under the SQL it logged just before (`insert into
// patient (first_name, last_name) values (?, ?)`, `… where p.birth_date=?`). Each bound value is judged by the column
// its `?` stands for, as a row of that table would be (sql.ts): the column list of an INSERT, or the column compared
// with each `?` elsewhere (`name=?`, `dob <= ?`); a table named for people counts its weaker columns too. Values bound
// to other columns (ids, codes, amounts) stay. The statement is looked for between the previous run of binding lines
// and this one, so each character is read a bounded number of times.
import type { ItemContext } from "./context";
import { columnNames, columnTypes } from "./sql";
import { redactPersonValue } from "./person-columns";

const BINDING = /binding parameter (?:\[(\d{1,4})\] as \[[A-Z_]{1,40}\] - \[|\((\d{1,4}):[A-Za-z_]{1,40}\) <- \[)/g;
const STATEMENT = /\b(?:insert|update|select|delete)\b/gi;
const INSERT = /^insert\s+into\s+([`"[\]\w.]{1,200})\s*\(([^)]{0,4000})\)\s*values/i;
const TABLE = /^(?:update\s+([`"[\]\w.]{1,200})|[\s\S]*?\bfrom\s+([`"[\]\w.]{1,200}))/i;
/** A column compared with a placeholder: `p.name=?`, `dob <= ?`, `name like ?`. */
const COMPARED = /([\w.]{1,100})\s*(?:=|<>|!=|<=|>=|<|>|\blike\b)\s*\?/gi;
/** The most a statement is looked for before its bindings. */
const WINDOW = 8000;

export function redactOrmBindings(text: string, ctx: ItemContext): string {
  if (!text.includes("binding parameter")) return text;
  let out = "";
  let pos = 0;
  let groupEnd = 0;
  let params: Array<string | null> = [];
  // Line ends and the next `]` are found once and reused by every match before them (a line of a thousand heads).
  let lineStart = 0;
  let lineEnd = -1;
  let close = -1;
  BINDING.lastIndex = 0;
  for (let m = BINDING.exec(text); m; m = BINDING.exec(text)) {
    if (m.index > lineEnd) {
      lineStart = text.lastIndexOf("\n", m.index) + 1;
      const nl = text.indexOf("\n", m.index);
      lineEnd = nl < 0 ? text.length : nl;
      // A new run of binding lines: the statement is the last one logged since the previous run.
      if (lineStart > groupEnd + 1 || params.length === 0)
        params = statementParams(text, Math.max(groupEnd, lineStart - WINDOW), lineStart);
      groupEnd = lineEnd;
    }
    const valueStart = m.index + m[0].length;
    if (close < valueStart) {
      close = text.indexOf("]", valueStart);
      if (close < 0) close = text.length;
    }
    if (close > lineEnd) continue;
    const n = Number(m[1] ?? m[2]);
    const type = params[n - 1] ?? null;
    if (!type) continue;
    const replaced = redactPersonValue(text.slice(valueStart, close), type, ctx);
    if (!replaced) continue;
    out += text.slice(pos, valueStart) + replaced;
    pos = close;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** Per placeholder of the last statement in `text[from, to)`, the type its value is redacted as (null: none). */
function statementParams(text: string, from: number, to: number): Array<string | null> {
  const window = text.slice(from, to);
  let start = -1;
  for (const m of window.matchAll(STATEMENT)) start = m.index ?? start;
  if (start < 0) return [];
  const sql = window.slice(start);
  const insert = INSERT.exec(sql);
  if (insert) {
    const columns = columnNames(insert[2]);
    return columnTypes(insert[1], columns, []) ?? [];
  }
  const table = TABLE.exec(sql);
  const columns = [...sql.matchAll(COMPARED)].map((c) => c[1].slice(c[1].lastIndexOf(".") + 1));
  return columnTypes(table?.[1] ?? table?.[2] ?? "", columns, []) ?? [];
}
