// Name detection judges a word by its offsets: the name shape by codes (it must answer exactly as the regular
// expression it replaced) and the word lists through a hash table (it must answer exactly as the map of lower-cased
// words, and leave non-ASCII words to it).
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { NAME_SHAPE, nameShape } from "~/redaction/detectors/phi-name-shape";
import { wordTable } from "~/redaction/detectors/phi-word-table";
import { mixedText } from "./lib/mixed-text";

// Capitals and lower case (including the letters of every prefix), joiners, marks, non-ASCII letters, separators.
const PIECES = [
  "M",
  "c",
  "a",
  "O",
  "D",
  "e",
  "i",
  "L",
  "V",
  "o",
  "n",
  "Z",
  "z",
  "'",
  "’",
  "-",
  "é",
  "É",
  "\u0301",
  " ",
  "1",
];
const PREFIXED = ["Mc", "Mac", "O'", "D'", "O’", "De", "Di", "La", "Le", "Van", "Von"];

describe("nameShape", () => {
  it("accepts names with prefixes, apostrophes and hyphens, and refuses other shapes", () => {
    const yes = ["Smith", "McDonald", "Mcdonald", "MacLeod", "O'Neil-Smith", "D'Angelo", "DeVries", "VanDyke", "José"];
    const no = ["SMITH", "smith", "O'", "Smith-", "S", "Smith-jones-", "McD", "Mc'", "O'Neil-"];
    for (const w of yes) expect(nameShape(w, 0, w.length), w).toBe(true);
    for (const w of no) expect(nameShape(w, 0, w.length), w).toBe(false);
  });

  it("answers as the regular expression on any word, read from its offsets inside a longer text", () => {
    const word = fc.oneof(
      mixedText(PIECES, 3, 8),
      fc.tuple(fc.constantFrom(...PREFIXED), mixedText(PIECES, 3, 6)).map(([p, w]) => p + w),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), word, fc.string({ maxLength: 3 }), (before, w, after) => {
        fc.pre(w.length > 0);
        const text = before + w + after;
        expect(nameShape(text, before.length, before.length + w.length)).toBe(NAME_SHAPE.test(w));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("wordTable", () => {
  const lists = new Map<string, number>([
    ["jane", 1],
    ["roe", 2],
    ["de", 4],
    ["josé", 8],
    ["a", 16],
    ["ab", 32],
  ]);
  const table = wordTable(lists);

  it("finds an ASCII word in any case, answers 0 for others and -1 for a word with a non-ASCII character", () => {
    const text = "Dear JANE Roe-de ab José";
    expect(table.lookup(text, 5, 9)).toBe(1);
    expect(table.lookup(text, 10, 13)).toBe(2);
    expect(table.lookup(text, 14, 16)).toBe(4);
    expect(table.lookup(text, 0, 4)).toBe(0);
    expect(table.lookup(text, 20, 24)).toBe(-1);
  });

  it("answers as the map of lower-cased words for every ASCII word", () => {
    fc.assert(
      fc.property(mixedText(["j", "A", "n", "e", "R", "o", "d", "b", "-", "'"], 2, 5), (w) => {
        fc.pre(w.length > 0);
        expect(table.lookup(`(${w})`, 1, w.length + 1)).toBe(lists.get(w.toLowerCase()) ?? 0);
      }),
      { numRuns: 3000 },
    );
  });

  it("answers as the map on a table of many words (collisions and probing)", () => {
    const many = new Map<string, number>();
    for (let i = 0; i < 5000; i++) many.set(i.toString(36), i);
    const big = wordTable(many);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), (i) => {
        const w = i.toString(36).toUpperCase();
        expect(big.lookup(w, 0, w.length)).toBe(many.get(w.toLowerCase()) ?? 0);
      }),
      { numRuns: 3000 },
    );
  });
});
