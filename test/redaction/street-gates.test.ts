// Each street pattern runs only when a cheaper search for what it cannot match without succeeds (STREET_NEEDS). On
// generated texts of house numbers, street words of several languages, capitals, spaces and punctuation: whenever the
// search fails, the pattern finds nothing, so skipping it changes no output.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { STREET_HAS_DIGITS, STREET_NEEDS, STREET_PATTERNS } from "~/redaction/detectors/phi-addresses";
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
        STREET_PATTERNS.forEach((re, k) => {
          const need = STREET_NEEDS[k];
          if (!need || need.test(text)) return;
          expect([...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0])).toEqual([]);
        });
      }),
      { numRuns: 4000 },
    );
  });

  it("a pattern that holds a number finds nothing in a text without a digit", () => {
    fc.assert(
      fc.property(mixedText(PIECES, 3, 12), (text) => {
        if (/\d/.test(text)) return;
        STREET_PATTERNS.forEach((re, k) => {
          if (!STREET_HAS_DIGITS[k]) return;
          expect([...text.matchAll(new RegExp(re.source, re.flags))].map((m) => m[0])).toEqual([]);
        });
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
      const k = STREET_PATTERNS.findIndex((re) => new RegExp(re.source, re.flags).test(street));
      expect(k).toBeGreaterThanOrEqual(0);
      expect(STREET_NEEDS[k]?.test(street) ?? true).toBe(true);
      expect(!STREET_HAS_DIGITS[k] || /\d/.test(street)).toBe(true);
    }
  });
});
