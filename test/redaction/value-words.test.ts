// The word scanner of the HL7 redactor must find what /[\p{L}\p{N}'’]+/gu found, on any text: letters and digits of
// several scripts, apostrophes, combining marks (not word characters), astral letters and astral non-letters
// (surrogate pairs), lone surrogates, sentinels.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { WORD, eachWord, replaceWords } from "~/redaction/value-words";
import { mixedText } from "./lib/mixed-text";

const text = mixedText(
  [
    "a",
    "Z",
    "7",
    "'",
    "’",
    "^",
    "|",
    " ",
    "\n",
    "é",
    "e\u0301",
    "٣",
    "中",
    "𝐀",
    "😀",
    "\ud835",
    "\udc00",
    "\uE000",
    "-",
  ],
  8,
  40,
);
const tag = (w: string) => (w.length % 2 ? `<${w}>` : w);

describe("replaceWords", () => {
  it("replaces the words the regular expression replaced, from any shortest length", () => {
    const sample = "PID|1||12345^^^MRN||DOE^JANE^O’NEIL||19580314|F|||1 MAIN ST^^ÅLESUND𝐀𝐁 😀x";
    for (const min of [1, 3]) {
      const expected = (t: string) => t.replace(WORD, (w) => (w.length >= min ? tag(w) : w));
      expect(replaceWords(sample, min, tag)).toBe(expected(sample));
      expect(replaceWords(sample, min, tag)).not.toBe(sample);
      fc.assert(
        fc.property(text, (t) => {
          expect(replaceWords(t, min, tag)).toBe(expected(t));
        }),
        { numRuns: 2000 },
      );
    }
  });

  it("visits the words of at least the shortest length, in order", () => {
    fc.assert(
      fc.property(text, (t) => {
        const seen: string[] = [];
        eachWord(t, 3, (w) => seen.push(w));
        expect(seen).toEqual([...t.matchAll(WORD)].map((m) => m[0]).filter((w) => w.length >= 3));
      }),
      { numRuns: 2000 },
    );
  });
});
