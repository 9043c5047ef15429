// The cue scan of free-text PHI: a detector is skipped only when it could not have found anything. Checked on
// generated texts built from the pieces each detector reacts to (labels, lower-case names, street words, digits,
// "@", quotes, colons), with and without each cue.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CUE, phiCues } from "~/redaction/detectors/phi-cues";
import { findFreeTextPhi, PHI_DETECTORS } from "~/redaction/detectors/free-text-phi";
import type { PhiSpan } from "~/redaction/detectors/phi-span";
import { mixedText } from "./lib/mixed-text";

const PIECES = [
  "my name is ",
  "name: ",
  "named ",
  "called ",
  "née ",
  "nee ",
  "aka ",
  "eva kleist",
  "Eva Kleist",
  "the corner of elm and oak",
  "rue de rivoli",
  "Rue de Rivoli",
  "lives at ",
  "apt ",
  "ssn ",
  "dob ",
  "mrn ",
  "zip ",
  "phone ",
  "12",
  "555-867-5309",
  "078-05-1120",
  "4111 1111 1111 1111",
  "10.0.0.1",
  "abcd::ef:ab",
  "ab:cd:ef:ab:cd:ef:ab:cd",
  "@",
  "jane@example.org",
  '"family":"roe"',
  '\\"given\\":[\\"ann\\"]',
  '"',
  ":",
  "\n",
  " ",
  ".",
  ",",
  "straße",
  "x",
];

/** The cue bits by regular expression: the reference for the character scan. */
const reference = (t: string) =>
  (/\d/.test(t) ? CUE.digit : 0) |
  (/@/.test(t) ? CUE.at : 0) |
  (/"/.test(t) ? CUE.quote : 0) |
  (/:/.test(t) ? CUE.colon : 0) |
  (/[A-Z\u0080-\uffff]/.test(t) ? CUE.capital : 0);

describe("free-text PHI cues", () => {
  it("the scan records exactly the cues a regular expression finds", () => {
    fc.assert(
      fc.property(mixedText(PIECES, 4, 12), (text) => {
        expect(phiCues(text)).toBe(reference(text));
      }),
      { numRuns: 3000 },
    );
  });

  it("a detector whose cue is absent finds nothing in the text (so skipping it changes no output)", () => {
    fc.assert(
      fc.property(mixedText(PIECES, 3, 10), (text) => {
        const cues = phiCues(text);
        const before: PhiSpan[] = [];
        for (const d of PHI_DETECTORS) {
          if (d.cued(cues, text)) {
            d.find(text, before);
            continue;
          }
          const out = [...before];
          d.find(text, out);
          expect(out.slice(before.length)).toEqual([]);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("lower-case names after a label and IPv6 addresses without a digit are still found", () => {
    const text = "my name is eva kleist, host abcd::ef:ab";
    const found = findFreeTextPhi(text).map((s) => text.slice(s.start, s.end));
    expect(found).toEqual(["eva kleist", "abcd::ef:ab"]);
  });

  it("a short value with no cue at all costs no detector and yields nothing", () => {
    expect(findFreeTextPhi("active")).toEqual([]);
    expect(phiCues("active")).toBe(0);
  });
});
