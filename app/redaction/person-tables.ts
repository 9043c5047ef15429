// A list of people pasted as a table — a Markdown table of sandbox test patients, psql or MySQL query output, SQL*Plus
// or sqlcmd columns, a result grid copied as tab-separated text — is read by its columns, as a CSV export is: when the
// header makes it a list of people (person-columns.ts), every person's column goes, whatever its values look like (a
// surname alone, a birth date, an MRN without a label). The table's bytes stay as they were around the values: rules,
// borders, bars, tabs and padding are kept, and a value is replaced where it stands, without padding the placeholder
// (the placeholder's text is chosen after the table is read, and padding would rewrite blanks that are no value).
import type { ItemContext } from "./context";
import { OPEN } from "./placeholders";
import {
  isBarePatientColumn,
  keptColumnNames,
  personColumns,
  PERSON_WORD,
  redactPersonValue,
  repeatsHeader,
} from "./person-columns";
import { readTables, type TableCell } from "./table-layout";
import { cellContent as valueOf, label } from "./detectors/table-cells";

/** A text that may hold a table: a header word of a person's column, and a bar, a tab, a rule or two blanks. */
const mayHoldTable = (text: string) =>
  PERSON_WORD.test(text) &&
  (text.includes("|") || text.includes("\t") || text.includes("--") || text.includes("==") || text.includes("  "));

export function redactPersonTables(text: string, ctx: ItemContext): string {
  if (!mayHoldTable(text)) return text;
  // A placeholder already in the text (a redacted ticket pasted again) stands as a short marker but shows in full.
  const width = (s: string) => (s.includes(OPEN) ? ctx.sentinels.restore(s).length : s.length);
  const tables = readTables(text, (names) => personColumns(names) !== null, width);
  if (!tables.length) return text;
  let out = "";
  let pos = 0;
  for (const table of tables) {
    const names = table.header.map((c) => c.text.trim());
    // PowerShell's list view (`DisplayName   : Jane Roe`, colons in one column) is labels and values, not a header.
    if (names.some((name) => name.startsWith(": "))) continue;
    // A column of one line of fixed width headed only "Patient" is more likely a heading's underline than a table.
    if (table.layout === "fixed" && names.length === 1 && isBarePatientColumn(names[0])) continue;
    const types = personColumns(
      names,
      // A row's rest carried onto the next line is part of a row, judged with none.
      table.rows
        .filter((_row, i) => !table.firstColumns?.[i])
        .map((row) => row.map((cell) => valueOf(cell)?.text ?? "")),
    );
    if (!types) continue;
    const bare = names.map(isBarePatientColumn);
    const replace = (value: TableCell, replaced: string) => {
      out += text.slice(pos, value.start) + replaced;
      pos = value.start + value.text.length;
      // Fixed-width columns are their positions: the blanks after a value make up for the placeholder's width.
      if (table.layout === "fixed" || table.layout === "aligned") out += realign(width(replaced) - width(value.text));
    };
    /** Blanks added after a replaced value (it was wider), or taken from the blanks after it (it was narrower). */
    const realign = (grown: number): string => {
      if (grown < 0) return text.charCodeAt(pos) === 0x20 ? " ".repeat(-grown) : "";
      let gap = 0;
      while (text.charCodeAt(pos + gap) === 0x20) gap++;
      // One blank stays between two columns; blanks at the line's end may all go.
      const last = pos + gap >= text.length || text[pos + gap] === "\n" || text[pos + gap] === "\r";
      pos += Math.min(grown, last ? gap : Math.max(0, gap - 1));
      return "";
    };
    // The header names columns, never a person: kept from the sweep's name rules ("Patient Age" is no "Patient …"),
    // but for a secret's column, whose name the table-cell reader still needs (a Password column).
    for (const name of keptColumnNames(table.header, (n) => label(n) !== null))
      if (pos <= name.start) replace(name, ctx.keep(name.text));
    table.rows.forEach((row, i) => {
      const first = table.firstColumns?.[i] ?? 0;
      // A header repeated under the first one (a second query's output, a page break) holds names of columns; a row's
      // rest carried onto the next line repeats none.
      if (
        first === 0 &&
        repeatsHeader(
          row.map((c) => c.text),
          names,
        )
      )
        return;
      row.forEach((cell, j) => {
        const k = first + j;
        const type = types[k];
        if (!type) return;
        const value = valueOf(cell);
        const replaced = value && redactPersonValue(value.text, type, ctx, bare[k]);
        if (value && replaced) replace(value, replaced);
      });
    });
  }
  return pos === 0 ? text : out + text.slice(pos);
}
