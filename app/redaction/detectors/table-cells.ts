// Secrets pasted as tables: a Markdown or Confluence table (`| client_secret | … |`, `||key||value||`), a web
// console's labelled fields ("Client Secret | …"), a spreadsheet's tab-separated cells, `kubectl get`-style columns
// aligned with spaces. A line is read as cells; a cell goes when the cell to its left is a secret label, or when the
// header of its column is one. A label is judged as a `key: value` pair's key is (secret-keys.ts): `client_id`,
// `X-Request-Id`, `App ID` name no secret, so their values stay. One pass over the lines; each line is split once.
import type { ItemContext } from "../context";
import { isTemplateMarker } from "../context";
import { isSentinelOnly } from "../placeholders";
import { KEY_ANCHOR } from "./credentials";
import { secretPlaceholder } from "./secret-keys";
import { barCells, isSeparator, splitCells, type TableCell } from "../table-layout";
import {
  isClientNonce,
  labelNamesSecret,
  looksLikeDummyValue,
  looksLikeSecretValue,
  secretKey,
  type SecretKey,
} from "./secret-keys";

/** A label: up to four words (Client Secret, API Key, `client_secret`), or one key with dots (sonar.login). */
const LABEL = /^[A-Za-z][A-Za-z0-9_-]*(?:[ ][A-Za-z][A-Za-z0-9_-]*){0,3}$|^[A-Za-z][A-Za-z0-9_.$@-]{0,79}$/;
/** Mark-up around a cell's content: Markdown emphasis and code, quotes; after a label, its colon. */
const WRAP = new Set(["`", "*", '"', "'"].map((c) => c.charCodeAt(0)));
const LABEL_WRAP = new Set([...WRAP, "_".charCodeAt(0)]);
const LABEL_END = new Set([...LABEL_WRAP, ":".charCodeAt(0)]);

/** Where a cell's content starts and ends inside its mark-up (one scan from each end). */
function unwrap(text: string, lead: Set<number>, trail: Set<number>): { from: number; to: number } {
  let from = 0;
  let to = text.length;
  while (from < to && (text.charCodeAt(from) <= 0x20 || lead.has(text.charCodeAt(from)))) from++;
  while (to > from && (text.charCodeAt(to - 1) <= 0x20 || trail.has(text.charCodeAt(to - 1)))) to--;
  return { from, to };
}
/** A command piped on (`cat token | jq`, `echo password | base64`): a shell line, not a label and its value. */
const SHELL_COMMAND =
  /^(?:cat|echo|printf|grep|egrep|curl|wget|jq|yq|sed|awk|base64|xargs|tee|sort|head|tail|less|more|openssl|kubectl|docker|az|aws|gcloud|oc|helm|npm|node|python3?|env|export|set|get-content|type|sudo) /i;
/** A header row's cell: words only (NAME, client_secret, Client Secret, App ID). */
const HEADER_WORDS = /^[A-Za-z][A-Za-z0-9 _.-]{0,39}$/;
/** Words a documentation table puts next to a parameter's name: its type, whether it is required. */
const DOC_WORD =
  /^(?:string|str|boolean|bool|integer|int|number|object|array|text|uri|url|yes|no|y|n|n\/a|na|none|required|optional|true|false|null|-+|—)$/i;
/** An HL7 segment (PID|, MSH|, ZAU|): its fields are the HL7 reader's to judge. */
const HL7_SEGMENT = /^[A-Z][A-Z0-9]{2}\|/;

type Style = "pipe" | "tab" | "aligned";

interface Row {
  style: Style | null;
  /** The line without its carriage return. */
  line: string;
  /** Aligned lines: where the second cell starts (-1: one cell). */
  second: number;
  cells?: TableCell[];
}

/** A word every secret label holds (the anchors of credentials.ts): a row without one holds no label. */
const ANCHOR = new RegExp(KEY_ANCHOR.source, "i");

export function redactTableSecrets(text: string, ctx: ItemContext): string {
  const hasPipe = text.includes("|");
  const hasTab = text.includes("\t");
  if ((!hasPipe && !hasTab && !text.includes("  ")) || !ANCHOR.test(text)) return text;
  const lines = text.split("\n");
  const rows: Row[] = lines.map((raw) => {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (hasPipe && line.includes("|") && !HL7_SEGMENT.test(line)) return { style: "pipe", line, second: -1 };
    if (hasTab && line.includes("\t")) return { style: "tab", line, second: -1 };
    if (line.includes("  ")) return { style: "aligned", line, second: secondCell(line) };
    return { style: null, line, second: -1 };
  });
  let changed = false;
  for (let i = 0; i < rows.length;) {
    const style = rows[i].style;
    let end = i + 1;
    while (end < rows.length && rows[end].style === style && (style !== "aligned" || aligns(rows[i], rows[end]))) end++;
    // Aligned columns are a table only as a block of two or more lines that line up.
    if (style && (style !== "aligned" || end - i >= 2)) {
      let header: Header | null = null;
      let firstTaken = false;
      for (let r = i; r < end; r++) {
        const anchored = ANCHOR.test(rows[r].line);
        // The header is read once, when the row below it is: a block of one line never splits its first row.
        if (r === i + 1) header = headerOf(cellsOf(rows[i]), lines, i, !firstTaken);
        // Only a row with a secret word holds a label; below a header that has one, every row is read.
        if (!anchored && !header?.labels) continue;
        const before = lines[r];
        const cells = cellsOf(rows[r]);
        // A header row's cells are labels, never values.
        if (r > i || !isHeader(cells, lines, r, end - i)) lines[r] = redactRow(before, cells, header, ctx);
        if (lines[r] !== before) {
          changed = true;
          if (r === i) firstTaken = true;
        }
      }
    }
    i = end;
  }
  return changed ? lines.join("\n") : text;
}

function cellsOf(row: Row): TableCell[] {
  if (!row.cells) {
    if (row.style === "pipe") row.cells = pipeCells(row.line);
    else if (row.style === "tab") row.cells = splitCells(row.line, /\t/g);
    else row.cells = alignedCells(row.line);
  }
  return row.cells;
}

/** Cells split by `|` (by `||` in a Confluence header row); the outer bars open and close the row. */
const pipeCells = (line: string): TableCell[] => barCells(line, 0, /^[ \t]*\|\|/.test(line) ? /\|\|/g : /\|/g);

/** Cells apart by two or more spaces, from the first word (an indented line is not a row with an empty cell). */
function alignedCells(line: string): TableCell[] {
  const cells = splitCells(line, / {2,}/g);
  if (cells.length && !cells[0].text.trim()) cells.shift();
  return cells;
}

/** Where an aligned line's second cell starts: after the first word's run of two or more spaces (-1: none). */
function secondCell(line: string): number {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 0x20) i++;
  const gap = line.indexOf("  ", i);
  if (gap < 0) return -1;
  let j = gap;
  while (j < line.length && line.charCodeAt(j) === 0x20) j++;
  return j < line.length ? j : -1;
}

/** Aligned lines: the second cell starts at the same column. */
const aligns = (first: Row, row: Row): boolean => first.second >= 0 && first.second === row.second;

/** A header row by its mark-up: followed by a Markdown separator row, or written `||…||` (Confluence). */
const isMarkedHeader = (lines: string[], r: number): boolean =>
  isSeparator(lines[r + 1] ?? "") || /^[ \t]*\|\|/.test(lines[r]);

/** A block's first row that is its header: marked as one, or — above other rows — three or more cells of words
 *  (`name  client_id  client_secret`), or words in capitals (`NAME  CLIENT_SECRET  AGE`). Two cells of words are
 *  read as a key and its value (`password | hunter`). */
function isHeader(cells: TableCell[], lines: string[], r: number, blockRows: number): boolean {
  if (isMarkedHeader(lines, r)) return true;
  if (blockRows < 2 || !cells.every((c) => HEADER_WORDS.test(c.text.trim()))) return false;
  return cells.length >= 3 || cells.every((c) => !/[a-z]/.test(c.text));
}

/** What a header row says of its columns. */
interface Header {
  /** Per column, the secret its header names; null when no column names one. */
  labels: Array<Label | null> | null;
  /** Per column, whether it describes the row's name (its type, whether it is required, a description). */
  describes: boolean[];
}

/**
 * Columns of a documentation table: what they hold next to a parameter's name is no value of it. A "Default" column
 * is not one of them: the default of a secret (`test-secret`) is a secret.
 */
const DESCRIBING =
  /^(?:(?:data |param(?:eter)? )?type|required\??|mandatory|optional|in|location|description|details?|notes?|comments?|sensitive|format|usage|purpose|meaning)$/i;

/**
 * A block's first row as a header: marked as one, or words alone of which none was taken for a secret
 * (`password | hunter` is a key and its value, not a header). Null when it is no header.
 */
function headerOf(cells: TableCell[], lines: string[], r: number, untouched: boolean): Header | null {
  if (!isMarkedHeader(lines, r) && !(untouched && cells.every((c) => HEADER_WORDS.test(c.text.trim())))) return null;
  const labels = cells.map((c) => label(c.text));
  const describes = cells.map((c) => {
    const { from, to } = unwrap(c.text, LABEL_WRAP, LABEL_END);
    return to - from <= 20 && DESCRIBING.test(c.text.slice(from, to));
  });
  return { labels: labels.some((l) => l) ? labels : null, describes };
}

export interface Label {
  key: string;
  named: SecretKey;
}

/** The secret a cell's text names, if it reads as a label ("Client Secret" reads as client_secret). */
export function label(cell: string): Label | null {
  const { from, to } = unwrap(cell, LABEL_WRAP, LABEL_END);
  if (to - from > 80 || to === from) return null;
  const words = cell.slice(from, to);
  if (!LABEL.test(words) || SHELL_COMMAND.test(words)) return null;
  const key = words.replace(/ +/g, "_");
  const named = secretKey(key);
  return named ? { key, named } : null;
}

/** Redacts the cells of one row that sit right of a secret label or under a secret column header. */
function redactRow(line: string, cells: TableCell[], header: Header | null, ctx: ItemContext): string {
  if (cells.length < 2) return line;
  let out = "";
  let pos = 0;
  let leftTaken = false;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    const byLeft = !leftTaken && c > 0 && !header?.describes[c] ? label(cells[c - 1].text) : null;
    const by = byLeft ?? header?.labels?.[c] ?? null;
    leftTaken = false;
    if (!by) continue;
    const value = valueOf(cell);
    if (!value || !goes(by, value.text)) continue;
    out += line.slice(pos, value.start) + replace(ctx, by.named, value.text);
    pos = value.start + value.text.length;
    // A value taken is no label for the cell after it.
    leftTaken = true;
  }
  return pos === 0 ? line : out + line.slice(pos);
}

/** A cell's content without its blanks, quotes and Markdown mark-up, and where it starts (null: nothing inside). */
export function cellContent(cell: TableCell): TableCell | null {
  const { from, to } = unwrap(cell.text, LABEL_WRAP, LABEL_WRAP);
  return to > from ? { text: cell.text.slice(from, to), start: cell.start + from } : null;
}

/** A cell's content without its blanks and mark-up, if it is one word. */
function valueOf(cell: TableCell): TableCell | null {
  const { from, to } = unwrap(cell.text, WRAP, WRAP);
  if (to === from || to - from > 4096) return null;
  const inner = cell.text.slice(from, to);
  return /\s/.test(inner) ? null : { text: inner, start: cell.start + from };
}

/** Judged as credentials.ts judges an assigned value: the label decides when it names a secret on its own. */
export function goes(by: Label, value: string): boolean {
  if (isSentinelOnly(value) || isTemplateMarker(value) || DOC_WORD.test(value)) return false;
  if (/^\d{1,3}$/.test(value) || isClientNonce(by.key.toLowerCase(), value)) return false;
  if (by.named.strong) return true;
  if (labelNamesSecret(by.key, by.named, value)) return true;
  return looksLikeSecretValue(value) && !looksLikeDummyValue(value);
}

export function replace(ctx: ItemContext, named: SecretKey, value: string): string {
  return secretPlaceholder(value, named.type, ctx);
}
