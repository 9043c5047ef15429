// A long redacted text is stored one byte per character when it can be (see compactCopy): the copy must hold exactly
// the same characters, whatever they are, and leave text that needs two bytes as it is.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compactCopy } from "~/lib/own-copy";

const long = (piece: string) => piece.repeat(Math.ceil((70 * 1024) / Math.max(1, piece.length)));

describe("compactCopy", () => {
  it("keeps every character of Latin-1 text, control characters and NUL included", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)) }), (s) => {
        const text = long(s + "é\u0000\r\n");
        // Built from an input that held a CJK name the redaction removed: the copy is made.
        expect(compactCopy(text, `${text}中`)).toBe(text);
      }),
      { numRuns: 50 },
    );
  });

  it("returns text with wider characters (emoji, private use, lone surrogates, BOM) unchanged", () => {
    for (const wide of ["😀", "\uE000", "\uD800", "\uFEFF", "€"]) {
      const text = long(`a${wide}b`);
      expect(compactCopy(text, text)).toBe(text);
    }
  });
});
