// Kept diagnostic tokens are searched only on the lines a PHI span touches; on those lines they must be exactly the
// matches of the pattern run over the whole text, whatever the text and the spans.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { KEEP_IN_PROSE, KeptTokens } from "~/redaction/kept-tokens";
import { mixedText } from "./lib/mixed-text";

const PIECES = [
  "123e4567-e89b-12d3-a456-426614174000",
  "0123456789abcdef0123456789ABCDEF",
  "urn:oid:2.16.840",
  "patient/Patient.read",
  "system/*.*",
  "2025-07-28T10:00:00Z",
  "2025-07-28 10:00",
  "Mon, 28 Jul 2025 10:00:00 GMT",
  "\n",
  " ",
  "a",
  "f",
  "1",
  "-",
  ":",
  ".",
  "_",
];

const lineOf = (text: string, i: number) => text.slice(0, i).split("\n").length;

describe("kept tokens, line by line", () => {
  it("finds on the touched lines what the whole-text search finds there, and nothing else", () => {
    const input = mixedText(PIECES, 3, 14).chain((text) =>
      fc
        .array(
          fc.tuple(fc.nat(text.length), fc.nat(40)).map(([s, n]) => [s, Math.min(text.length, s + n + 1)]),
          { maxLength: 6 },
        )
        .map((ranges) => ({ text, ranges: ranges.sort((a, b) => a[0] - b[0]) })),
    );
    fc.assert(
      fc.property(input, ({ text, ranges }) => {
        const kept = new KeptTokens(text);
        const touched = new Set<number>();
        for (const [s, e] of ranges) {
          kept.cover(s, e);
          for (let l = lineOf(text, s); l <= lineOf(text, Math.max(s, e - 1)); l++) touched.add(l);
        }
        const expected = [...text.matchAll(KEEP_IN_PROSE)]
          .filter((m) => touched.has(lineOf(text, m.index)))
          .map((m) => [m.index, m.index + m[0].length]);
        expect(kept.starts.map((s, i) => [s, kept.ends[i]])).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it("a line no span touches is never searched", () => {
    const text = "no phi here 123e4567-e89b-12d3-a456-426614174000\nJane Roe urn:oid:1.2";
    const kept = new KeptTokens(text);
    kept.cover(text.indexOf("Jane"), text.indexOf("Jane") + 8);
    expect(kept.starts.map((s, i) => text.slice(s, kept.ends[i]))).toEqual(["urn:oid:1.2"]);
  });
});
