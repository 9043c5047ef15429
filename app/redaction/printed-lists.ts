// A header's value printed as a program's list: Node's util.inspect writes an axios error's `'set-cookie'` as an
// array of strings (`[ 'sid=…; Path=/', 'csrf=…' ]`, over several lines once it is long), or, past its depth, as a
// placeholder (`[Array]`, `[Object]`, `[Function: x]`, `[Circular *1]`) that holds no value at all. One forward scan,
// bounded: a list longer than LIST_MAX characters, or a string that runs past its line, is not read as one.

/** The longest printed list read as one header's value (a few hundred cookies). */
const LIST_MAX = 65536;

/** util.inspect's stand-ins for a value it did not print: the type's name, never the value. */
const ELIDED = /^\[(?:Array|Object|Function(?:: [\w$.]{1,64})?|Circular(?: \*\d{1,4})?|Getter(?:\/Setter)?|Setter)\]/;

/** The length of util.inspect's placeholder at `open` (`[Array]`), or 0. */
export function elidedValueLength(text: string, open: number): number {
  if (text[open] !== "[") return 0;
  return ELIDED.exec(text.slice(open, open + 80))?.[0].length ?? 0;
}

export interface PrintedList {
  /** The index just after the list's `]` (or the object's `}`). */
  end: number;
  /** Each quoted element's content, as [start, end) offsets in the text (quotes excluded). */
  elements: Array<[number, number]>;
}

/** A printed object without a prototype (`req.cookies`, `querystring.parse`): its members are the value. */
const NULL_PROTOTYPE = "[Object: null prototype] ";
/** What util.inspect writes where it stopped printing: an element (`... 3 more items`), a string's tail. */
const MORE_ITEMS = /^\.\.\. \d{1,12} more items?/;
const MORE_CHARACTERS = /^\.\.\. \d{1,12} more characters?/;
/** showHidden's length of an array (`[length]: 2`). */
const HIDDEN_LENGTH = /^\[length\]: \d{1,12}/;
/** A member's name in a printed object (`sid:`, `'x-id':`): the name, then the colon. */
const MEMBER_NAME = /^[A-Za-z_$][\w$]{0,127}:/;

const isQuote = (c: string | undefined): boolean => c === "'" || c === '"' || c === "`";
const isBlank = (c: string | undefined): boolean => c === " " || c === "\t" || c === "\r";

/** Where the printed list or object at `open` really opens (`[`, `{`, or the `{` after `[Object: null prototype] `). */
function opening(text: string, open: number): number {
  if (text.startsWith(NULL_PROTOTYPE, open) && text[open + NULL_PROTOTYPE.length] === "{")
    return open + NULL_PROTOTYPE.length;
  return text[open] === "[" || text[open] === "{" ? open : -1;
}

/**
 * Does a printed list of strings (or a printed object) start at `open`: `[` followed by a quote or by the line's end,
 * `{`, or `[Object: null prototype] {`? Such a value is a program's print, read by printedStringList or, failing
 * that, dropped whole by printedListEnd.
 */
export function startsPrintedList(text: string, open: number): boolean {
  const at = opening(text, open);
  if (at < 0) return false;
  if (text[at] === "{") return true;
  let i = at + 1;
  while (isBlank(text[i])) i++;
  return isQuote(text[i]) || text[i] === "\n";
}

/**
 * A list of quoted strings at `open` (`[ 'a', "b", \`c\` ]`, its elements separated by commas and blanks, line breaks
 * allowed between them, a string cut (`'…'... 9 more characters`) or joined (`'a' +\n 'b'`), util.inspect's
 * `... 2 more items` and `[length]: 2`), or a printed object of strings (`{ sid: 'a', 'x-id': 'b' }`, perhaps after
 * `[Object: null prototype] `), or null when what starts there is anything else. A blank line ends the attempt.
 */
export function printedStringList(text: string, open: number): PrintedList | null {
  const at = opening(text, open);
  if (at < 0) return null;
  const closer = text[at] === "[" ? "]" : "}";
  const limit = Math.min(text.length, at + LIST_MAX);
  const elements: Array<[number, number]> = [];
  let i = at + 1;
  let wantElement = true;
  let lineEmpty = false;
  while (i < limit) {
    const c = text[i];
    if (isBlank(c)) {
      i++;
      continue;
    }
    if (c === "\n") {
      if (lineEmpty) return null;
      lineEmpty = true;
      i++;
      continue;
    }
    lineEmpty = false;
    if (c === closer) return elements.length || closer === "}" ? { end: i + 1, elements } : null;
    if ((c === "," || c === "+") && !wantElement) {
      wantElement = true;
      i++;
      continue;
    }
    if (!wantElement) {
      const cut = MORE_CHARACTERS.exec(text.slice(i, i + 40));
      if (!cut) return null;
      i += cut[0].length;
      continue;
    }
    const skipped = (MORE_ITEMS.exec(text.slice(i, i + 40)) ?? HIDDEN_LENGTH.exec(text.slice(i, i + 40)))?.[0];
    if (skipped && closer === "]") {
      i += skipped.length;
      wantElement = false;
      continue;
    }
    if (closer === "}") {
      const name = MEMBER_NAME.exec(text.slice(i, i + 130))?.[0];
      if (name) {
        i += name.length;
        continue;
      }
    }
    if (!isQuote(c)) return null;
    const close = stringEnd(text, i + 1, c, limit);
    if (close < 0) return null;
    // A quoted member's name (`'x-id': 'b'`) is no value.
    let next = close + 1;
    while (isBlank(text[next])) next++;
    if (closer === "}" && text[next] === ":") {
      i = next + 1;
      continue;
    }
    elements.push([i + 1, close]);
    i = close + 1;
    wantElement = false;
  }
  return null;
}

/**
 * Where a printed list (or object) at `open` that printedStringList could not read ends, so that its whole content
 * can go: just after its matching bracket (quoted strings on a line skipped), or at a blank line, or LIST_MAX
 * characters on. A print that is not read never leaves its values behind.
 */
export function printedListEnd(text: string, open: number): number {
  const at = Math.max(open, opening(text, open));
  const limit = Math.min(text.length, at + LIST_MAX);
  let depth = 0;
  let lineEmpty = false;
  for (let i = at; i < limit; i++) {
    const c = text[i];
    if (c === "\n") {
      if (lineEmpty) return i;
      lineEmpty = true;
      continue;
    }
    if (!isBlank(c)) lineEmpty = false;
    if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      depth--;
      if (depth <= 0) return i + 1;
    } else if (isQuote(c)) {
      const close = stringEnd(text, i + 1, c, limit);
      if (close >= 0) i = close;
    }
  }
  return limit;
}

/** The index of the quote that closes a string opened before `from`, on its line (a backslash escapes), or -1. */
function stringEnd(text: string, from: number, quote: string, limit: number): number {
  for (let i = from; i < limit; i++) {
    const c = text[i];
    if (c === "\\") i++;
    else if (c === quote) return i;
    else if (c === "\n") return -1;
  }
  return -1;
}
