// Each street pattern runs only when a cheaper search for what it cannot match without succeeds (its `needs`). On
// generated texts of house numbers, street words of several languages, capitals, spaces and punctuation: whenever the
// search fails, the pattern finds nothing, so skipping it changes no output.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STREET_PATTERNS } from "~/redaction/detectors/phi-addresses";
import { mixedText } from "./lib/mixed-text";

const PIECES = [
  "12",
  "1600",
  "4B",
  " ",
  "  ",
  "\t",
  ".",
  ",",
  "-",
  "\n",
  "Main",
  "Pennsylvania",
  "N.",
  "Street",
  "St",
  "ST",
  "Avenue",
  "Ave",
  "Run",
  "Rue",
  "Av",
  "Available",
  "Via",
  "Roma",
  "de",
  "Rivoli",
  "Storgatan",
  "Hauptstrasse",
  "straße",
  "gate",
  "Trenerys",
  "ul.",
  "Słowicza",
  "é",
  "x",
  "the",
  "corner",
  "CORNER",
  "of",
  "and",
  "PO",
  "Box",
  "Apt",
  "Suite",
  "#",
];

describe("street pattern gates", () => {
  it("a pattern whose gate fails finds nothing", () => {
    fc.assert(
      fc.property(mixedText(PIECES, 3, 12), (text) => {
        for (const { pattern, needs } of STREET_PATTERNS) {
          if (!needs || needs.test(text)) continue;
          expect([...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => m[0])).toEqual([]);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it("a pattern that holds a number finds nothing in a text without a digit", () => {
    fc.assert(
      fc.property(mixedText(PIECES, 3, 12), (text) => {
        if (/\d/.test(text)) return;
        for (const { pattern, hasDigits } of STREET_PATTERNS) {
          if (!hasDigits) continue;
          expect([...text.matchAll(new RegExp(pattern.source, pattern.flags))].map((m) => m[0])).toEqual([]);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it("the gates let real streets through", () => {
    for (const street of [
      "1600 Pennsylvania Avenue NW",
      "Rue de Rivoli 12",
      "17 N. Main St.",
      "the corner of Main Street and 5th Avenue",
      "the Corner of Elm and Oak",
      "PO Box 123",
      "Apt. 4B",
    ]) {
      const found = STREET_PATTERNS.find(({ pattern }) => new RegExp(pattern.source, pattern.flags).test(street));
      expect(found).toBeDefined();
      expect(found?.needs?.test(street) ?? true).toBe(true);
      expect(!found?.hasDigits || /\d/.test(street)).toBe(true);
    }
  });
});
