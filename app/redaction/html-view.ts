// A pasted HTML page (an error page, an auto-submit form, a debug page, a FHIR narrative) seen as the text a person
// reads: the line readers know `label: value` lines, `name=value` pairs and prose, not tags. The view has a line per
// block, a table row as `label: value` (each cell after the first joined by ": "), a form field as `name=value` (an
// element's `name` with its `value` or `content`), a link's or a form's URL on a line of its own, and entities
// decoded. Each view character remembers the source characters it was read from, so a value replaced in the view can
// be replaced where it stands in the page (see html.ts). One pass over the page, each character read once: linear.

import { XML_ENTITIES } from "~/lib/xml-text";
import { peopleTableColumns, personColumns } from "./person-columns";

/** The view of a page: its text, and for each of its characters the source range it came from (-1: added). */
export interface HtmlView {
  text: string;
  from: number[];
  to: number[];
}

/** Elements that do not break a line of text: a name split by `<b>` stays one name. */
const INLINE = new Set(
  "a abbr b bdi bdo cite code data dfn em font i kbd label mark q s samp small span strike strong sub sup time tt u var wbr".split(
    " ",
  ),
);
/** Elements whose content is code or style, not markup: read as written up to their end tag. */
const RAW_TEXT = new Set(["script", "style"]);
/** Attributes whose value is a URL the line readers should see (a query's secrets, a path's ids). */
const URL_ATTRIBUTES = new Set(["href", "src", "action", "formaction"]);
/** Entities a page writes for characters a value may hold; others (`&nbsp;`…) read as a space or as written. */
const NAMED_ENTITIES: Record<string, string> = {
  ...XML_ENTITIES,
  nbsp: " ",
  bull: "•",
  hellip: "…",
  ndash: "–",
  mdash: "—",
};
/** An entity: a name, a decimal or a hexadecimal code point, at most this long (`&#x1F600;` is 9). */
const ENTITY = /&(?:([A-Za-z]{2,8})|#(\d{1,7})|#[xX]([0-9A-Fa-f]{1,6}));/y;
const TAG_NAME = /<(\/?)([A-Za-z][\w:-]{0,40})/y;
const PHP_ARRAY_LABEL = /^\$_[A-Z]{3,7}\['([^'\n]{1,100})'\]$/;

interface Attribute {
  name: string;
  /** The value's source range (without its quotes). */
  start: number;
  end: number;
}

interface Tag {
  name: string;
  closing: boolean;
  attributes: Attribute[];
  /** Just past the tag's `>` (or the text's end, a tag cut off). */
  end: number;
}

/**
 * Where a page's closing marks last stand: past the last `>`, a quote or a comment's end nothing of that kind closes,
 * so a tag, a quoted value or a comment left open (a paste cut off, a stray `<`) ends with its line, found without a
 * search to the text's end each time. The same for a raw-text element's end tag, once it was searched for in vain.
 */
class Closers {
  readonly lastTagEnd: number;
  readonly lastQuote: Record<string, number>;
  readonly lastCommentEnd: number;
  private readonly noEndTagFrom = new Map<string, number>();

  constructor(private readonly source: string) {
    this.lastTagEnd = source.lastIndexOf(">");
    this.lastQuote = { '"': source.lastIndexOf('"'), "'": source.lastIndexOf("'") };
    this.lastCommentEnd = source.lastIndexOf("-->");
  }

  private lineTagAt = -1;

  /** Where the next line that starts with a tag begins (its line break), or the text's end: found once per such line,
   *  the reads asking in order. */
  lineTagAfter(from: number): number {
    if (this.lineTagAt < from) {
      const at = this.source.indexOf("\n<", from);
      this.lineTagAt = at < 0 ? this.source.length : at;
    }
    return this.lineTagAt;
  }

  lineEnd(from: number): number {
    const nl = this.source.indexOf("\n", from);
    return nl < 0 ? this.source.length : nl;
  }

  /** Where the end tag of a raw-text element starts (`</script`, in any letter case), or its line's end. */
  endTag(name: string, from: number): number {
    if (from < (this.noEndTagFrom.get(name) ?? Infinity)) {
      const end = new RegExp(`</${name}`, "gi");
      end.lastIndex = from;
      const m = end.exec(this.source);
      if (m) return m.index;
      this.noEndTagFrom.set(name, from);
    }
    return this.lineEnd(from);
  }
}

/** The tag that starts at `at` (a `<` followed by a name), read to its `>` outside quotes. */
function readTag(text: string, at: number, closers: Closers): Tag | null {
  TAG_NAME.lastIndex = at;
  const m = TAG_NAME.exec(text);
  if (!m) return null;
  const attributes: Attribute[] = [];
  let i = at + m[0].length;
  // A tag cut off (a paste's row cut mid-tag) runs over no line that starts with a tag: `</t` does not swallow the
  // `</table>` below it.
  const n = Math.min(at < closers.lastTagEnd ? text.length : closers.lineEnd(at), closers.lineTagAfter(at));
  while (i < n) {
    const c = text[i];
    if (c === ">") return { name: m[2].toLowerCase(), closing: m[1] === "/", attributes, end: i + 1 };
    if (c === " " || c === "\t" || c === "\n" || c === "\r" || c === "/") {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < n && !/[\s=>/]/.test(text[i])) i++;
    const name = text.slice(nameStart, i).toLowerCase();
    while (i < n && (text[i] === " " || text[i] === "\t")) i++;
    if (text[i] !== "=") {
      if (i === nameStart) i++;
      continue;
    }
    i++;
    while (i < n && (text[i] === " " || text[i] === "\t")) i++;
    const quote = text[i] === '"' || text[i] === "'" ? text[i] : "";
    if (quote) {
      // A value whose quote never closes (cut off with the paste) runs to its line's end; none runs over a line that
      // starts with a tag (the rest of the page is no value of a tag left open).
      const close = i < closers.lastQuote[quote] ? text.indexOf(quote, i + 1) : -1;
      const end = Math.min(n, close < 0 ? closers.lineEnd(i) : close, closers.lineTagAfter(i));
      attributes.push({ name, start: i + 1, end });
      i = end + 1;
    } else {
      const start = i;
      while (i < n && !/[\s>]/.test(text[i])) i++;
      attributes.push({ name, start, end: i });
    }
  }
  return { name: m[2].toLowerCase(), closing: m[1] === "/", attributes, end: n };
}

class ViewBuilder {
  /** The view's characters (joined once at the end: a cell's label can be taken back without copying the rest). */
  readonly chars: string[] = [];
  readonly from: number[] = [];
  readonly to: number[] = [];

  /** Just past the view's last character that is no blank. */
  solidEnd = 0;

  get length(): number {
    return this.chars.length;
  }

  /** Characters of no source (a separator, a field's name). */
  add(s: string): void {
    for (let k = 0; k < s.length; k++) this.push(s[k], -1, -1);
  }

  /** A line break, unless the view is empty or already ends one. */
  breakLine(): void {
    if (this.chars.length > 0 && this.chars[this.chars.length - 1] !== "\n") this.add("\n");
  }

  /** Back to `length` characters. */
  truncate(length: number): void {
    this.chars.length = this.from.length = this.to.length = length;
    this.solidEnd = Math.min(this.solidEnd, length);
  }

  /** Source text `[start, end)`, its entities decoded when `decode`. */
  read(source: string, start: number, end: number, decode: boolean): void {
    for (let i = start; i < end;) {
      if (decode && source[i] === "&") {
        ENTITY.lastIndex = i;
        const m = ENTITY.exec(source);
        const char = m && entityChar(m);
        if (m && char !== null && ENTITY.lastIndex <= end) {
          for (let k = 0; k < char.length; k++) this.push(char[k], i, ENTITY.lastIndex);
          i = ENTITY.lastIndex;
          continue;
        }
      }
      this.push(source[i], i, i + 1);
      i++;
    }
  }

  private push(c: string, from: number, to: number): void {
    this.chars.push(c);
    if (c !== " " && c !== "\n" && c !== "\t" && c !== "\r") this.solidEnd = this.chars.length;
    this.from.push(from);
    this.to.push(to);
  }
}

function entityChar(m: RegExpExecArray): string | null {
  if (m[1]) return NAMED_ENTITIES[m[1].toLowerCase()] ?? null;
  const code = m[2] ? Number(m[2]) : parseInt(m[3], 16);
  return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : null;
}

/**
 * A row's first cell made the label of the next: its trailing blanks dropped (`HTTP_COOKIE </td>` in phpinfo), and a
 * PHP superglobal's entry (`$_SERVER['HTTP_COOKIE']`, `$_COOKIE['PHPSESSID']`) read as the entry's name, written again
 * with no source (a label is nobody's value).
 */
function labelOf(view: ViewBuilder, cellStart: number): void {
  let end = view.length;
  while (end > cellStart && /\s/.test(view.chars[end - 1])) end--;
  view.truncate(end);
  if (end - cellStart > 120) return;
  const php = PHP_ARRAY_LABEL.exec(view.chars.slice(cellStart, end).join("").trim());
  if (!php) return;
  view.truncate(cellStart);
  view.add(php[1]);
}

/** A header row that only says its rows are `label: value` pairs (Django's `Variable | Value`, a cookie table's
 *  `Name | Value`): each row's first cell is its label, as in a table without a header. */
const LABEL_HEAD = /^(?:name|variable|key|setting|field|parameter|header|property|attribute|cookie)$/i;

/**
 * The heads a header row gives its columns' cells (null: none, its rows are labels and values). A head that names a
 * person only in a list of people (`Name`, `Display`) is dropped unless the other heads make the table one (a DOB, an
 * MRN, a first name): a parameter or organisation table's `Name` column is no person's, its cells read as bare text.
 */
function readHeads(heads: readonly string[]): string[] | null {
  if (heads.length === 2 && LABEL_HEAD.test(heads[0]) && /^values?$/i.test(heads[1])) return null;
  if (personColumns(heads)) return heads.slice();
  return heads.map((h) => (peopleTableColumns([h])?.[0] === "name" ? "" : h));
}

/** A tag of a line's text, its attributes at most this long (a `<span class='…'>` too). */
const SHORT_TAG = /<\/?([A-Za-z]{1,10})(?:\s[^<>\n]{0,200})?\/?>/g;

/**
 * Text that is no page (a Markdown post, a log quoting a little HTML) with only its inline tags taken out, everything
 * else as written: a name set in `<b>` ("Peter James <b>CHALMERS</b>") is seen whole by the line readers. Only on lines
 * with no double quote: a JSON string's markup (a narrative's `div`) is its own reader's, read as written. Null when
 * no such line holds an inline tag. One pass over the lines, each tag bounded.
 */
export function inlineTagView(source: string): HtmlView | null {
  const view = new ViewBuilder();
  let text = 0;
  let at = 0;
  while (at < source.length) {
    const nl = source.indexOf("\n", at);
    const end = nl < 0 ? source.length : nl;
    const line = source.slice(at, end);
    if (line.includes("<") && !line.includes('"')) {
      for (const m of line.matchAll(SHORT_TAG)) {
        if (!INLINE.has(m[1].toLowerCase())) continue;
        view.read(source, text, at + m.index, false);
        text = at + m.index + m[0].length;
      }
    }
    at = end + 1;
  }
  if (text === 0) return null;
  view.read(source, text, source.length, false);
  return { text: view.chars.join(""), from: view.from, to: view.to };
}

/** The page as the text a person reads (see the header). */
export function htmlView(source: string): HtmlView {
  const view = new ViewBuilder();
  const closers = new Closers(source);
  let i = 0;
  let text = 0;
  // Where a form's input field ended in the view: the next one, nothing but blanks between, joins it as a form body
  // does (`code=…&state=…`).
  let inputEnd = -1;
  let cells = 0;
  let cellStart = -1;
  let inCell = false;
  // A table whose first row is header cells only (`<th>Name</th><th>Date of birth</th>`): each cell of its other rows
  // is read under its column's header, a line of its own (`Date of birth: 1961-03-03`).
  let columnHeads: string[] | null = null;
  const rowHeads: string[] = [];
  let rowHasData = false;
  let headStart = -1;
  const closeHead = () => {
    if (headStart < 0) return;
    const head = view.chars
      .slice(headStart, Math.min(view.length, headStart + 80))
      .join("")
      .trim();
    rowHeads.push(view.length - headStart <= 80 ? head : "");
    headStart = -1;
  };
  const endRow = () => {
    closeHead();
    if (rowHeads.length >= 2 && !rowHasData) columnHeads = readHeads(rowHeads);
    rowHeads.length = 0;
    rowHasData = false;
  };
  const n = source.length;
  while (i < n) {
    const lt = source.indexOf("<", i);
    const stop = lt < 0 ? n : lt;
    if (stop > text) view.read(source, text, stop, true);
    text = stop;
    if (lt < 0) break;
    if (source.startsWith("<!--", lt)) {
      // A comment holds text too (a Django page's plain traceback, a WAF's request dump): read as lines of its own.
      // One never closed ends with its line.
      const close = lt + 4 < closers.lastCommentEnd ? source.indexOf("-->", lt + 4) : -1;
      const end = close < 0 ? closers.lineEnd(lt) : close;
      // An empty one (React's `<!-- -->` between text nodes) is nothing, like an inline tag: `jane.doe<!-- -->@…`.
      if (close >= 0 && !source.slice(lt + 4, end).trim()) {
        i = text = close + 3;
        continue;
      }
      view.breakLine();
      view.read(source, lt + 4, end, false);
      view.breakLine();
      i = text = close < 0 ? end : close + 3;
      continue;
    }
    const tag = readTag(source, lt, closers);
    if (!tag) {
      i = lt + 1;
      continue;
    }
    i = text = tag.end;
    const name = tag.name;
    if (name === "tr" || name === "table" || name === "tbody" || name === "thead") {
      endRow();
      if (name === "table") columnHeads = null;
      view.breakLine();
      cells = 0;
      inCell = false;
    } else if (name === "td" || name === "th") {
      if (tag.closing) inCell = false;
      else {
        closeHead();
        const head = name === "td" ? columnHeads?.[cells] : undefined;
        if (head) {
          view.breakLine();
          view.add(`${head}: `);
        } else {
          if (cells === 1) labelOf(view, cellStart);
          if (cells > 0) view.add(": ");
          else view.breakLine();
        }
        if (name === "th") headStart = view.length;
        else rowHasData = true;
        cells++;
        cellStart = view.length;
        inCell = true;
      }
    } else if (name === "br") {
      if (inCell) view.add(", ");
      else view.breakLine();
    } else if (!INLINE.has(name) && !inCell) {
      // Inside a cell a block (Django's `<pre>`, a `<div>`) is still that cell's value.
      view.breakLine();
    }
    if (tag.closing) continue;
    const joinsForm = name === "input" && view.solidEnd === inputEnd;
    if (fieldsOf(source, tag, view, joinsForm) && name === "input") inputEnd = view.solidEnd;
    if (RAW_TEXT.has(name)) {
      const end = closers.endTag(name, i);
      view.breakLine();
      view.read(source, i, end, false);
      view.breakLine();
      i = text = end;
    }
  }
  if (text < n) view.read(source, text, n, true);
  return { text: view.chars.join(""), from: view.from, to: view.to };
}

/**
 * A tag's values the line readers should see: `name=value` of a form field or a meta element, URLs on their own.
 * A form's input fields one after another are one line, `&` between them (`code=…&state=…`): the readers judge them as
 * the form body the browser posts. Whether a field was written.
 */
function fieldsOf(source: string, tag: Tag, view: ViewBuilder, joinsForm: boolean): boolean {
  let fieldName: Attribute | undefined;
  let fieldValue: Attribute | undefined;
  for (const a of tag.attributes) {
    if (a.name === "name") fieldName = a;
    else if (a.name === "value" || a.name === "content") fieldValue = a;
  }
  const field = !!fieldName && !!fieldValue && fieldValue.end > fieldValue.start;
  if (fieldName && fieldValue && field) {
    if (joinsForm) {
      view.truncate(view.solidEnd);
      view.add("&");
    } else view.breakLine();
    view.add(`${source.slice(fieldName.start, fieldName.end).trim().slice(0, 100)}=`);
    view.read(source, fieldValue.start, fieldValue.end, true);
    view.breakLine();
  }
  for (const a of tag.attributes) {
    if (!URL_ATTRIBUTES.has(a.name) || a.end <= a.start) continue;
    view.breakLine();
    view.read(source, a.start, a.end, true);
    view.breakLine();
  }
  return field;
}
