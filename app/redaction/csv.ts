// A CSV export pasted into a ticket (requests from a proxy or an API gateway, a spreadsheet of app credentials): a
// header row of column names, then rows with as many fields. A field goes when its column names a secret (judged as
// a table's column header is, detectors/table-cells.ts) or an HTTP credential header (Authorization, Cookie: read as
// that header's value). Fields may be quoted ("a,b", "say ""hi"""); a row with another field count ends the block.
// Comma or semicolon separated. Each line is split once.
import type { ItemContext } from "./context";
import { sweepValue } from "./sweep";
import { redactHeaderValue } from "./headers";
import { goes, label, replace, type Label } from "./detectors/table-cells";

/** A field's content (inside its quotes) and where it stands in its line. */
interface Field {
  text: string;
  start: number;
}

const HEADER_CELL = /^[A-Za-z][A-Za-z0-9 _.-]{0,39}$/;
const CREDENTIAL_HEADERS = new Set(["authorization", "proxy-authorization", "cookie", "set-cookie", "dpop"]);
/** A line worth splitting as a header: a separator and a word that could name a secret or a credential header. */
const MAYBE_HEADER = /[,;]/;
const SECRET_WORD = /secret|token|password|passwd|pwd|key|auth|cookie|credential|bearer|assertion|dpop/i;

/** The fields of a CSV line (RFC 4180 quoting), or null when a quote does not close. One pass. */
function fieldsOf(line: string, sep: string): Field[] | null {
  const out: Field[] = [];
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) return null;
        if (line[q + 1] === '"') j = q + 2;
        else {
          out.push({ text: line.slice(i + 1, q), start: i + 1 });
          i = q + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== sep) return null;
    } else {
      const end = line.indexOf(sep, i);
      const stop = end < 0 ? line.length : end;
      out.push({ text: line.slice(i, stop), start: i });
      i = stop;
    }
    if (i >= line.length) return out;
    i++; // the separator
  }
}

type Column = { label: Label } | { header: string } | null;

function columnsOf(fields: Field[]): Column[] | null {
  if (fields.length < 2 || !fields.every((f) => HEADER_CELL.test(f.text.trim()))) return null;
  const cols = fields.map((f): Column => {
    const name = f.text.trim();
    if (CREDENTIAL_HEADERS.has(name.toLowerCase())) return { header: name };
    const l = SECRET_WORD.test(name) ? label(name) : null;
    return l ? { label: l } : null;
  });
  return cols.some((c) => c) ? cols : null;
}

function redactField(field: Field, col: Column, ctx: ItemContext): string {
  const value = field.text.trim();
  if (!col || !value) return field.text;
  if ("header" in col) return redactHeaderValue(col.header, field.text, ctx, (v) => sweepValue(v, ctx));
  if (/\s/.test(value) || !goes(col.label, value)) return field.text;
  return field.text.replace(value, replace(ctx, col.label.named, value));
}

/** A row with the fields under secret columns redacted (the line without its end). */
function redactRow(row: string, fields: Field[], cols: Column[], ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  fields.forEach((f, k) => {
    const redacted = redactField(f, cols[k], ctx);
    if (redacted === f.text) return;
    out += row.slice(pos, f.start) + redacted;
    pos = f.start + f.text.length;
  });
  return pos === 0 ? row : out + row.slice(pos);
}

const SECRET_WORD_ALL = new RegExp(SECRET_WORD.source, "gi");

export function redactCsvSecrets(text: string, ctx: ItemContext): string {
  if (!MAYBE_HEADER.test(text) || !SECRET_WORD.test(text)) return text;
  // Only lines holding a secret word can be a header: each is found from its match, and a block is read from there.
  let out = "";
  let pos = 0;
  SECRET_WORD_ALL.lastIndex = 0;
  for (let m = SECRET_WORD_ALL.exec(text); m; m = SECRET_WORD_ALL.exec(text)) {
    const start = text.lastIndexOf("\n", m.index) + 1;
    let end = text.indexOf("\n", m.index);
    if (end < 0) end = text.length;
    SECRET_WORD_ALL.lastIndex = end;
    const line = text.slice(start, end).replace(/\r$/, "");
    if (!MAYBE_HEADER.test(line)) continue;
    const sep = line.includes(",") ? "," : ";";
    const header = fieldsOf(line, sep);
    const cols = header ? columnsOf(header) : null;
    if (!cols) continue;
    let block = "";
    let rowStart = end + 1;
    while (rowStart < text.length) {
      let rowEnd = text.indexOf("\n", rowStart);
      if (rowEnd < 0) rowEnd = text.length;
      const raw = text.slice(rowStart, rowEnd);
      const cr = raw.endsWith("\r") ? "\r" : "";
      const row = cr ? raw.slice(0, -1) : raw;
      const fields = row.trim() ? fieldsOf(row, sep) : null;
      if (!fields || fields.length !== cols.length) break;
      block += redactRow(row, fields, cols, ctx) + cr + (rowEnd < text.length ? "\n" : "");
      rowStart = rowEnd + 1;
    }
    if (!block) continue;
    out += text.slice(pos, end + 1) + block;
    pos = Math.min(rowStart, text.length);
    SECRET_WORD_ALL.lastIndex = pos;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
