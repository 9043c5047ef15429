// Words of free text, found by a character scan instead of a Unicode regular expression: letters (\p{L}, \p{M}) in
// runs of at most 100, joined by at most eight ' ’ or - (the shape of a name, "O'Neil-Smith"). A run longer than any
// word is skipped whole. The same words as /[\p{L}\p{M}]{1,100}(?:['’-][\p{L}\p{M}]{1,100}){0,8}/gu would find, at
// a fraction of the cost: ASCII is decided by its code, other characters once each through a table.
import { charTable } from "../char-table";

/** A letter or mark of the Basic Multilingual Plane (one code unit). */
const isLetter = charTable(/^[\p{L}\p{M}]$/u);
const LETTER = /^[\p{L}\p{M}]$/u;

/** Length (1, or 2 for a surrogate pair) of the letter or mark at `i`, or 0 when there is none. */
function letterAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const lo = text.charCodeAt(i + 1);
    if (lo >= 0xdc00 && lo <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  if (c !== c) return 0; // NaN: past the end
  return isLetter(c) ? 1 : 0;
}

const isJoiner = (c: number) => c === 0x27 || c === 0x2019 || c === 0x2d;

/** An ASCII letter (past the end: NaN, which is none). */
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;

/** End of the run of at most `max` letters (code points) starting at `i`, which holds one. */
function letters(text: string, i: number, max: number): number {
  let count = 0;
  while (count < max) {
    const c = text.charCodeAt(i);
    // ASCII, the common case, by its code; anything else through letterAt.
    if (c < 0x80) {
      if (!isAsciiLetter(c)) break;
      i++;
    } else {
      const len = letterAt(text, i);
      if (len === 0) break;
      i += len;
    }
    count++;
  }
  return i;
}

/** Calls `word(start, end)` for each word of the text, in order. Linear: every character is read a bounded number of times. */
export function scanWords(text: string, word: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII that is no letter (space, digit, punctuation), the common case between words: one step.
    if (c < 0x80 && !isAsciiLetter(c)) {
      i++;
      continue;
    }
    const len = letterAt(text, i);
    if (len === 0) {
      // Step over a whole surrogate pair, as a Unicode search does.
      i += c >= 0xd800 && c <= 0xdbff && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff ? 2 : 1;
      continue;
    }
    const start = i;
    let end = letters(text, i, 100);
    for (let g = 0; g < 8 && isJoiner(text.charCodeAt(end)) && letterAt(text, end + 1) > 0; g++)
      end = letters(text, end + 1, 100);
    // The word goes on past the bounds: longer than any word, the rest of the run is skipped.
    const goesOn = letterAt(text, end) > 0 || (isJoiner(text.charCodeAt(end)) && letterAt(text, end + 1) > 0);
    if (!goesOn) {
      word(start, end);
      i = end;
      continue;
    }
    i = end;
    for (;;) {
      const l = letterAt(text, i);
      if (l > 0) i += l;
      else if (isJoiner(text.charCodeAt(i))) i++;
      else break;
    }
  }
}
