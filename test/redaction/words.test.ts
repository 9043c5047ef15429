// The word scanner of free-text name detection must find exactly the words the Unicode regular expression it replaced
// finds (same starts and ends, same runs skipped as too long), on any text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { scanWords } from "~/redaction/detectors/words";
import { mixedText } from "./lib/mixed-text";

const WORD = /[\p{L}\p{M}]{1,100}(?:['’-][\p{L}\p{M}]{1,100}){0,8}/gu;
const WORD_GOES_ON = /['’-]?[\p{L}\p{M}]/uy;
const WORD_END = /[^\p{L}\p{M}'’-]/gu;

/** The reference: the regular expressions, with the long-run skip. */
function byRegex(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    const end = m.index + m[0].length;
    WORD_GOES_ON.lastIndex = end;
    if (WORD_GOES_ON.test(text)) {
      WORD_END.lastIndex = end;
      WORD.lastIndex = WORD_END.exec(text)?.index ?? text.length;
      continue;
    }
    out.push([m.index, end]);
  }
  return out;
}

const byScan = (text: string) => {
  const out: Array<[number, number]> = [];
  scanWords(text, (s, e) => out.push([s, e]));
  return out;
};

// Letters of several scripts, combining marks, astral letters and symbols, lone surrogates, joiners, digits, space.
const PIECES = [
  "a",
  "Z",
  "é",
  "ß",
  "Ж",
  "中",
  "\u0301",
  "𝒜",
  "😀",
  "\ud800",
  "\udc00",
  "'",
  "’",
  "-",
  " ",
  "1",
  "_",
  ".",
  "\n",
];

describe("scanWords", () => {
  it("finds the words of prose, names with apostrophes and hyphens, and other scripts", () => {
    const text = "Dr. O'Neil-Smith met José Núñez’s aide, Ж. Иванов, and 李小龙 at 9 o’clock — re-check 𝒜lice.";
    expect(byScan(text)).toEqual(byRegex(text));
    expect(byScan(text).map(([s, e]) => text.slice(s, e))).toContain("O'Neil-Smith");
  });

  it("skips a run longer than any word, and a name with more than eight joiners, as the expression did", () => {
    const cases: Array<[string, string[]]> = [
      ["x".repeat(101) + " Jane", ["Jane"]],
      ["Jane " + "a-".repeat(9) + "b Roe", ["Jane", "Roe"]],
      ["a".repeat(101) + "-b Roe", ["Roe"]],
      ["a".repeat(100) + "-b Roe", ["a".repeat(100) + "-b", "Roe"]],
    ];
    for (const [text, words] of cases) {
      expect(byScan(text)).toEqual(byRegex(text));
      expect(byScan(text).map(([s, e]) => text.slice(s, e))).toEqual(words);
    }
  });

  it("agrees with the expression on any mix of letters, marks, joiners, surrogates and separators", () => {
    fc.assert(
      fc.property(mixedText(PIECES, 120, 60), (text) => {
        expect(byScan(text)).toEqual(byRegex(text));
      }),
      { numRuns: 2000 },
    );
  });
});
