// The run scanner that replaced the token regexes of the sweep (random strings, encoded tokens) must replace exactly
// what the regexes replaced, at the same offsets, on any text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { replaceRuns } from "~/redaction/runs";
import { charTable } from "~/redaction/char-table";
import { mixedText } from "./lib/mixed-text";

const tag = (run: string, at: number) => (run.length % 3 === 0 ? run : `<${at}:${run}>`);
const cases = [
  {
    name: "random-string candidates",
    regex: /(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32,}/g,
    table: charTable(/[A-Za-z0-9_-]/),
    min: 32,
    padded: undefined,
  },
  {
    name: "encoded tokens with padding",
    regex: /(?<![A-Za-z0-9+/_%.-])[A-Za-z0-9+/_%.-]{16,}={0,2}/g,
    table: charTable(/[A-Za-z0-9+/_%.-]/),
    min: 16,
    padded: (text: string) => (end: number) => (text[end] !== "=" ? end : text[end + 1] !== "=" ? end + 1 : end + 2),
  },
];
const text = mixedText(["a", "Z", "7", "_", "-", "+", "/", "%", ".", "=", " ", "\n", ":", "é", "\u3000"], 40, 40);

describe("replaceRuns", () => {
  for (const c of cases)
    it(`replaces what the regex replaced: ${c.name}`, () => {
      const sample = `token ${"Ab3".repeat(12)}== and ${"x".repeat(15)} then ${"y".repeat(40)}===z`;
      const run = (t: string) => replaceRuns(t, c.table, c.min, tag, c.padded?.(t));
      expect(run(sample)).toBe(sample.replace(c.regex, tag));
      expect(run(sample)).not.toBe(sample);
      fc.assert(
        fc.property(text, (t) => {
          expect(run(t)).toBe(t.replace(c.regex, tag));
        }),
        { numRuns: 1500 },
      );
    });

  it("returns the text itself when no run changes", () => {
    const t = "a".repeat(33) + " b";
    expect(replaceRuns(t, cases[0].table, 32, (r) => r)).toBe(t);
  });
});
