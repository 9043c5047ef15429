// A command typed at a shell, read word by word as the shell splits it: its line, and the next ones while a line ends
// in `\\` as wrapped commands do, at most MAX_LINE characters; a quoted word to its closing quote.

/** Longest command read: a command line is short; a longer line is a log's or a data line. */
const MAX_LINE = 4096;

/** A line break, or a `\\` that wraps the command onto the next line (`ldapsearch -x \\⏎  -w secret`). */
const isBreak = (text: string, i: number): boolean =>
  text[i] === "\n" || text[i] === "\r" || (text[i] === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r"));
export const isBlank = (text: string, i: number): boolean => text[i] === " " || text[i] === "\t" || isBreak(text, i);

/** Where the command that starts at `from` ends: its line's end, or a later line's when a line ends in `\\`. */
export function commandEnd(text: string, from: number): number {
  const cap = Math.min(text.length, from + MAX_LINE);
  for (let i = from; i < cap; i++) {
    if (text[i] !== "\n") continue;
    const before = text[i - 1] === "\r" ? i - 2 : i - 1;
    if (text[before] !== "\\") return i;
  }
  return cap;
}

/** The end of the word starting at `i`: a quoted word to its closing quote (`\\"` inside `"…"` escapes), else to the
 *  next blank. */
export function wordEnd(text: string, i: number, limit: number): number {
  const q = text[i];
  if (q === '"' || q === "'") {
    for (let j = i + 1; j < limit; j++) {
      if (q === '"' && text[j] === "\\") j++;
      else if (text[j] === q) return j + 1;
    }
    return limit;
  }
  let j = i;
  while (j < limit && !isBlank(text, j)) j++;
  return j;
}

/** The word from `i` to `end` without the quotes around it: [from, to). */
export function unquoted(text: string, i: number, end: number): [number, number] {
  const quoted = text[i] === '"' || text[i] === "'";
  const from = quoted ? i + 1 : i;
  return [from, quoted && text[end - 1] === text[i] && end - 1 > from ? end - 1 : end];
}
