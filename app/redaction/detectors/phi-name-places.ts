// Every other place of the people's names a detector found (an author line's, a speaker tag's): the same name as
// whole words (a mention, a transcript rendered as "Jane Roe | …", in capitals) and a handle spelled from it
// (`@jane.roe`, `@janeroe`, `@jane_roe`, `@jane-roe`, surname first: `@roe.jane`). Only names already judged a person's are given here; one pass over the
// text's capitalised words and one over its handles.
import { each, type PhiSpan } from "./phi-span";

const WORD = /\p{Lu}[\p{L}\p{M}'’.-]*/gu;
const HANDLE = /@([\p{L}\p{N}][\p{L}\p{N}._-]{2,60})/gu;

/** Every other place of the names found: as whole words (2–4 capitalised words in a row), and as handles. */
export function findOtherPlaces(text: string, names: ReadonlySet<string>, out: PhiSpan[]) {
  // The last words read, each contiguous with the one before (one blank between): [start, end) pairs.
  const run: Array<[number, number]> = [];
  // The same names in capitals ("JANE ROE said").
  const capitals = new Set([...names].map((name) => name.toUpperCase()));
  each(WORD, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const prev = run[run.length - 1];
    if (!prev || start - prev[1] !== 1 || !/[ \t]/.test(text[prev[1]])) run.length = 0;
    run.push([start, end]);
    if (run.length > 4) run.shift();
    for (let k = Math.min(4, run.length); k >= 2; k--) {
      const from = run[run.length - k][0];
      // A word glued to a longer word ("Roe's" is one word; "Roe." ends with the sentence's dot).
      const phrase = text.slice(from, end);
      const bare = phrase.replace(/[.’']+$/, "");
      if (names.has(bare) || capitals.has(bare)) {
        out.push({ start: from, end: from + bare.length, type: "name" });
        break;
      }
    }
  });
  const handles = new Set<string>();
  for (const name of names) {
    const words = name.toLowerCase().split(/[ \t]+/);
    // Surname first too (`@roe.jane`).
    const reversed = [words[words.length - 1], ...words.slice(0, -1)];
    for (const sep of [".", "", "_", "-"]) handles.add(words.join(sep)).add(reversed.join(sep));
  }
  each(HANDLE, text, (m) => {
    const handle = m[1].replace(/[._-]+$/, "");
    if (handles.has(handle.toLowerCase()))
      out.push({ start: m.index + 1, end: m.index + 1 + handle.length, type: "name" });
  });
}
