// The words of a value — letters, digits and apostrophes, what /[\p{L}\p{N}'’]+/gu matches — found by a character
// scan instead of that Unicode regular expression: each code unit is judged once through a table, and only a run that
// holds a surrogate pair (an astral character) is read by the regular expression, within that run. Runs shorter than
// the shortest word asked for are never cut out of the text. Linear.
import { charTable } from "./char-table";
import { replaceRuns } from "./runs";

export const WORD = /[\p{L}\p{N}'’]+/gu;
const isWordChar = charTable(/^[\p{L}\p{N}'’]$/u);
const isSurrogate = (c: number) => c >= 0xd800 && c <= 0xdfff;
// A surrogate is taken into the run: whether its pair is a letter is left to the regular expression.
const inRun = (c: number) => isSurrogate(c) || isWordChar(c);
/** Can the code unit `c` be inside a word (a letter, digit, apostrophe, or half of a surrogate pair)? */
export const inWord = inRun;

function hasSurrogate(run: string): boolean {
  for (let i = 0; i < run.length; i++) if (isSurrogate(run.charCodeAt(i))) return true;
  return false;
}

/** `text.replace(WORD, (w) => (w.length >= min ? fn(w) : w))`, without the regular expression. */
export function replaceWords(text: string, min: number, fn: (word: string) => string): string {
  // Every word lies inside one run (a character outside the runs is in no word), so the regular expression read
  // within a run finds the words the whole text would.
  return replaceRuns(text, inRun, min, (run) =>
    hasSurrogate(run) ? run.replace(WORD, (w) => (w.length >= min ? fn(w) : w)) : fn(run),
  );
}

/** `fn` on each word of at least `min` code units, in order. */
export function eachWord(text: string, min: number, fn: (word: string) => void): void {
  replaceWords(text, min, (w) => {
    fn(w);
    return w;
  });
}
