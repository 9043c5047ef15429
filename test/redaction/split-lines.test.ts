// The line split of the text reader (http-text.ts) by native searches gives what the regular expression it replaced
// matched: every line with its end kept, the last line without one, nothing for an empty text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { splitLines } from "~/redaction/http-text";

const byRegex = (text: string) => text.match(/[^\n]*\n|[^\n]+$/g) ?? [];

describe("splitLines", () => {
  it("agrees with the regular expression on texts of line feeds, carriage returns and other characters", () => {
    const text = fc
      .array(fc.constantFrom("\n", "\r", "\r\n", "a", "é", " ", "\u2028", "😀"), { maxLength: 40 })
      .map((p) => p.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(splitLines(t)).toEqual(byRegex(t));
      }),
      { numRuns: 2000 },
    );
    for (const t of ["", "\n", "\n\n", "a", "a\n", "a\nb", "\r\n\r\n"]) expect(splitLines(t)).toEqual(byRegex(t));
  });
});
