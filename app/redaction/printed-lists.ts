// A header's value printed as a program's list: Node's util.inspect writes an axios error's `'set-cookie'` as an
// array of strings (`[ 'sid=…; Path=/', 'csrf=…' ]`, over several lines once it is long), or, past its depth, as a
// placeholder (`[Array]`, `[Object]`, `[Function: x]`, `[Circular *1]`) that holds no value at all. One forward scan,
// bounded: a list longer than LIST_MAX characters, or a string that runs past its line, is not read as one.

/** The longest printed list read as one header's value. */
const LIST_MAX = 8192;

/** util.inspect's stand-ins for a value it did not print: the type's name, never the value. */
const ELIDED =
  /^\[(?:Array|Object|Object: null prototype|Function(?:: [\w$.]{1,64})?|Circular(?: \*\d{1,4})?|Getter(?:\/Setter)?|Setter)\]/;

/** The length of util.inspect's placeholder at `open` (`[Array]`), or 0. */
export function elidedValueLength(text: string, open: number): number {
  if (text[open] !== "[") return 0;
  return ELIDED.exec(text.slice(open, open + 80))?.[0].length ?? 0;
}

export interface PrintedList {
  /** The index just after the list's `]`. */
  end: number;
  /** Each quoted element's content, as [start, end) offsets in the text (quotes excluded). */
  elements: Array<[number, number]>;
}

/**
 * A list of quoted strings at `open` (`[ 'a', "b" ]`, its elements separated by commas and blanks, line breaks
 * allowed between them), or null when what starts there is anything else.
 */
export function printedStringList(text: string, open: number): PrintedList | null {
  if (text[open] !== "[") return null;
  const limit = Math.min(text.length, open + LIST_MAX);
  const elements: Array<[number, number]> = [];
  let i = open + 1;
  let wantElement = true;
  while (i < limit) {
    const c = text[i];
    if (c === " " || c === "\t" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    if (c === "]") return elements.length ? { end: i + 1, elements } : null;
    if (c === "," && !wantElement) {
      wantElement = true;
      i++;
      continue;
    }
    if ((c !== "'" && c !== '"') || !wantElement) return null;
    const close = stringEnd(text, i + 1, c, limit);
    if (close < 0) return null;
    elements.push([i + 1, close]);
    i = close + 1;
    wantElement = false;
  }
  return null;
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
