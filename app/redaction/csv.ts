// A CSV export pasted into a ticket (requests from a proxy or an API gateway, a spreadsheet of app credentials, a list
// of patients): a header row of column names, then rows of fields. A field goes when its column names a secret (judged
// as a table's column header is, detectors/table-cells.ts), an HTTP credential header (Authorization, Cookie: read as
// that header's value) or, in a list of people (a birth date, SSN, MRN or first/last name column), a person's detail. Only the header cells that name a secret are judged: the others may hold any text ("Created (UTC)",
// "#"). Under a secret column every value goes but an empty one, a placeholder or a mask ("****", "n/a"): a spreadsheet
// column says what it holds, so `correcthorsebatterystaple` under `secret` goes too. Fields may be quoted ("a,b",
// "say ""hi""") and a quoted field may hold line breaks (RFC 4180). The block runs past blank lines and rows with one
// field more or fewer (a ragged export); in such a row a field beside the secret column's place that looks like a
// secret goes as well. It ends at a row whose field count differs more, at a row that is itself a header, at text with
// no separator, or at a quote that does not close. Comma or semicolon separated. Each character is read once per block.
import type { ItemContext } from "./context";
import { isTemplateMarker } from "./context";
import { isSentinelOnly } from "./placeholders";
import { sweepValue } from "./sweep";
import { isCredentialHeaderName, redactHeaderValue } from "./headers";
import { label, replace, type Label } from "./detectors/table-cells";
import { looksLikeDummyValue, looksLikeSecretValue } from "./detectors/secret-keys";
import {
  NO_VALUE,
  PERSON_WORD,
  isBarePatientColumn,
  keptColumnNames,
  personColumns,
  repeatsHeader,
  redactPersonValue,
} from "./person-columns";

/** A field's content (inside its quotes) and where it stands in the text. */
interface Field {
  text: string;
  start: number;
}

/** A record: its fields and where it ends (at its line break, before a CR). */
interface Record {
  fields: Field[];
  end: number;
}

/** A line that starts with a name, a colon and a blank (`X-Other: a, b`): a header or a key and its list. */
const NAMED_LINE = /^[A-Za-z][\w-]{0,63}:[ \t]/;
/** A header cell that names a secret: words only (client_secret, Client Secret, API Key). */
const SECRET_CELL = /^[A-Za-z][A-Za-z0-9 _.-]{0,39}$/;
/** Any other header cell: short, on its line. */
const MAX_HEADER_CELL = 60;
/** A cell holding a value — a date, a phone number or another run of seven digits — names no column. */
const HOLDS_VALUE = /\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d(?:[ ().-]?\d){6}/;
/** A line worth splitting as a header: a separator and a word that could name a secret or a credential header. */
const MAYBE_HEADER = /[,;]/;
const SECRET_WORD = /secret|token|password|passwd|pwd|key|auth|cookie|credential|bearer|assertion|dpop/i;
/** Where a character next stands at or after a position; remembers its last answer, so a run is read once. */
class Finder {
  private from = Infinity;
  private hit = -1;
  constructor(
    private readonly text: string,
    private readonly ch: string,
  ) {}
  next(from: number): number {
    if (from >= this.from && (this.hit < 0 || from <= this.hit)) return this.hit;
    this.from = from;
    this.hit = this.text.indexOf(this.ch, from);
    return this.hit;
  }
}

/** The finders of one text: quotes, line breaks and the separator. */
interface Finders {
  quote: Finder;
  newline: Finder;
  sep: Finder;
}

/**
 * The record starting at `start` (RFC 4180 quoting: a quoted field may hold the separator, doubled quotes and line
 * breaks), up to `limit`; null when a quote does not close or a closing quote is followed by more than the separator.
 */
function recordAt(text: string, start: number, limit: number, sep: string, find: Finders): Record | null {
  const fields: Field[] = [];
  let i = start;
  const lineEnd = (from: number) => {
    const n = find.newline.next(from);
    return n < 0 || n > limit ? limit : n;
  };
  for (;;) {
    let eol = lineEnd(i);
    if (text[i] === '"') {
      let j = i + 1;
      for (;;) {
        const q = find.quote.next(j);
        if (q < 0 || q >= limit) return null;
        if (text[q + 1] === '"') j = q + 2;
        else {
          fields.push({ text: text.slice(i + 1, q), start: i + 1 });
          i = q + 1;
          break;
        }
      }
      eol = lineEnd(i);
      if (i < eol && text[i] !== sep && !(text[i] === "\r" && i + 1 === eol)) return null;
    } else {
      const s = find.sep.next(i);
      const stop = s < 0 || s > eol ? eol : s;
      const cr = stop === eol && stop > i && text[stop - 1] === "\r" ? 1 : 0;
      fields.push({ text: text.slice(i, stop - cr), start: i });
      i = stop;
    }
    if (i >= eol || (text[i] === "\r" && i + 1 >= eol)) return { fields, end: text[eol - 1] === "\r" ? eol - 1 : eol };
    i++; // the separator
  }
}

type Column = { label: Label } | { header: string } | { person: string; bare: boolean } | null;

function columnsOf(fields: Field[]): Column[] | null {
  if (fields.length < 2) return null;
  const cols: Column[] = [];
  const names = fields.map((f) => f.text.trim());
  if (names.some((name) => name.length > MAX_HEADER_CELL || name.includes("\n"))) return null;
  // "X-Sensitive: some, secret, values": an HTTP header or a `key: value` line whose value is a list, not a header row.
  if (NAMED_LINE.test(names[0])) return null;
  // `    client_secret,` indented alone on its line is an object literal's shorthand entry (JavaScript's `{ client_id,
  // client_secret, … }`), its trailing comma no column. An export's header starts its line: `password,` there names a
  // one-column table whose spreadsheet wrote an empty second column.
  if (names.filter((name) => name).length < 2 && /^[ \t]/.test(fields[0].text)) return null;
  // "born 01/06/1980, phone 816-555-0142.": prose whose commas split it, the values in it no column's names.
  if (names.some((name) => HOLDS_VALUE.test(name))) return null;
  const people = personColumns(names);
  for (const [k, name] of names.entries()) {
    const person = people?.[k];
    if (isCredentialHeaderName(name.toLowerCase())) cols.push({ header: name });
    else if (person) cols.push({ person, bare: isBarePatientColumn(name) });
    else {
      const l = SECRET_WORD.test(name) && SECRET_CELL.test(name) ? label(name) : null;
      cols.push(l ? { label: l } : null);
    }
  }
  return cols.some((c) => c) ? cols : null;
}

/** A field's text with its value replaced (`judged`: only when its value looks like a secret on its own). */
function redactField(field: Field, col: Column, ctx: ItemContext, judged: boolean): string {
  const value = field.text.trim();
  if (!col || !value) return field.text;
  if ("header" in col) return redactHeaderValue(col.header, field.text, ctx, (v) => sweepValue(v, ctx));
  if ("person" in col) {
    const replaced = judged ? null : redactPersonValue(value, col.person, ctx, col.bare);
    return replaced === null ? field.text : field.text.replace(value, replaced);
  }
  if (isSentinelOnly(value) || isTemplateMarker(value) || NO_VALUE.test(value)) return field.text;
  if (judged && (/\s/.test(value) || !looksLikeSecretValue(value) || looksLikeDummyValue(value))) return field.text;
  return field.text.replace(value, replace(ctx, col.label.named, value));
}

/**
 * The fields of one record redacted, as the text from the record's start to its end. In a ragged record (one field
 * more or fewer) the field at a secret column's place goes, and its neighbour on the side the row shifted to goes
 * when it looks like a secret.
 */
function redactRecord(text: string, start: number, rec: Record, cols: Column[], ctx: ItemContext): string {
  const shift = rec.fields.length - cols.length;
  let out = "";
  let pos = start;
  rec.fields.forEach((f, k) => {
    let redacted = redactField(f, cols[k] ?? null, ctx, false);
    if (redacted === f.text && shift !== 0) redacted = redactField(f, cols[k - shift] ?? null, ctx, true);
    if (redacted === f.text) return;
    out += text.slice(pos, f.start) + redacted;
    pos = f.start + f.text.length;
  });
  return out + text.slice(pos, rec.end);
}

/**
 * A list of people's header line, its column names kept from the sweep ("Patient,Username" is no "Patient …" name);
 * a secret's or a credential header's column is left for its readers.
 */
function keptHeader(text: string, start: number, end: number, header: Record, cols: Column[], ctx: ItemContext) {
  if (!cols.some((c) => c && "person" in c)) return text.slice(start, end);
  let out = "";
  let pos = start;
  // A secret's or a credential header's column keeps its name for its own reader.
  const leftFor = (_name: string, k: number) => {
    const col = cols[k];
    return col !== null && !("person" in col);
  };
  for (const name of keptColumnNames(header.fields, leftFor)) {
    out += text.slice(pos, name.start) + ctx.keep(name.text);
    pos = name.start + name.text.length;
  }
  return out + text.slice(pos, end);
}

/**
 * Whether a record continues a block under `cols`: two fields or more, at most one more or fewer, no header (the
 * header repeated, or one naming a secret's or a person's column; a value that is the word Patient is no header).
 */
function continues(rec: Record | null, cols: Column[], header: Record): rec is Record {
  if (!rec || rec.fields.length < 2 || Math.abs(rec.fields.length - cols.length) > 1) return false;
  if (rec.fields.some((f) => f.text.includes("\n"))) return true;
  const names = rec.fields.map((f) => f.text.trim());
  if (
    repeatsHeader(
      names,
      header.fields.map((f) => f.text.trim()),
    )
  )
    return false;
  const own = columnsOf(rec.fields);
  return own === null || own.every((c) => !c || ("person" in c && c.bare));
}

/** What a header line holds: a word that names a secret or a person's column. */
const HEADER_CUE = new RegExp(`${SECRET_WORD.source}|${PERSON_WORD.source}`, "gi");

/** An SQL statement (its commas separate columns and values, sql.ts reads it): no CSV header. */
const SQL_STATEMENT =
  /^[ \t]*(?:(?:INSERT[ \t]+(?:IGNORE[ \t]+)?|REPLACE[ \t]+)INTO|UPDATE[ \t]+[^\s,]+[ \t]+SET|DELETE[ \t]+FROM|CREATE[ \t]+TABLE)[ \t]/i;

/** A call or a signature on its own line (`erltube:refresh_token(ClientKey, ClientSecret, RefreshToken).`): its
 *  commas separate arguments, and the lines after it are no rows of a table. The blanks after `)` are one run, and
 *  the second run is tried only after a `.` or `;`, so a long run of blanks before another character is read once. */
const CALL_LINE = /^[ \t]*[A-Za-z_][\w.:$]{0,80}\([^()\n]*\)[ \t]*(?:[.;][ \t]*)?$/;

export function redactCsvSecrets(text: string, ctx: ItemContext): string {
  // One scan for the header words (HEADER_CUE below): a text without any finds no match and is returned as it was.
  if (!MAYBE_HEADER.test(text)) return text;
  const quote = new Finder(text, '"');
  const newline = new Finder(text, "\n");
  const byComma: Finders = { quote, newline, sep: new Finder(text, ",") };
  const bySemicolon: Finders = { quote, newline, sep: new Finder(text, ";") };
  // Only lines holding a secret word can be a header: each is found from its match, and a block is read from there.
  let out = "";
  let pos = 0;
  HEADER_CUE.lastIndex = 0;
  for (let m = HEADER_CUE.exec(text); m; m = HEADER_CUE.exec(text)) {
    const start = text.lastIndexOf("\n", m.index) + 1;
    let end = text.indexOf("\n", m.index);
    if (end < 0) end = text.length;
    HEADER_CUE.lastIndex = end;
    if (start < pos) continue;
    const line = text.slice(start, end);
    if (!MAYBE_HEADER.test(line) || SQL_STATEMENT.test(line) || CALL_LINE.test(line)) continue;
    const sep = line.includes(",") ? "," : ";";
    const find = sep === "," ? byComma : bySemicolon;
    const header = recordAt(text, start, end, sep, find);
    const cols = header ? columnsOf(header.fields) : null;
    if (!header || !cols) continue;
    // Rows follow; blank lines between them are kept as they are.
    let block = "";
    let at = end + 1;
    let next = at;
    while (next < text.length) {
      for (let b = blankLineEnd(text, next); b >= 0; b = blankLineEnd(text, next)) next = b;
      if (next >= text.length) break;
      const rec = recordAt(text, next, text.length, sep, find);
      if (!continues(rec, cols, header)) break;
      block += text.slice(at, next) + redactRecord(text, next, rec, cols, ctx);
      at = rec.end;
      next = rec.end + (text[rec.end] === "\r" ? 2 : 1);
    }
    if (!block) continue;
    out += text.slice(pos, start) + keptHeader(text, start, end + 1, header, cols, ctx) + block;
    pos = at;
    HEADER_CUE.lastIndex = pos;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** Where a blank line starting at `at` ends (after its line break), or -1 when the line holds more than blanks. */
function blankLineEnd(text: string, at: number): number {
  let i = at;
  while (text[i] === " " || text[i] === "\t") i++;
  if (text[i] === "\r") i++;
  return text[i] === "\n" ? i + 1 : i >= text.length && i > at ? i : -1;
}
