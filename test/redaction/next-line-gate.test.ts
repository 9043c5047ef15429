// The next-line secret detector runs its label pattern only on lines that end in a colon (then only the quote, mark-up
// and blank characters the pattern allows after it): on generated lines, the pattern never matches a line the
// cheaper test turns away, so skipping it changes no output.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LABEL, endsInColon } from "~/redaction/detectors/next-line-secret";
import { mixedText } from "./lib/mixed-text";

const PIECES = [
  "client secret",
  "access_token",
  "token",
  "Password",
  " is",
  " as",
  " ",
  "\t",
  ":",
  "`",
  "*",
  "_",
  '"',
  "'",
  "x",
  "é",
  ".",
  "-",
  "\r",
];

describe("next-line secret label gate", () => {
  it("turns away only lines the label pattern cannot match", () => {
    expect(endsInColon("Here is the access token: ")).toBe(true);
    expect(endsInColon("access token: abc")).toBe(false);
    let matched = 0;
    fc.assert(
      fc.property(mixedText(PIECES, 3, 10), fc.constantFrom("", ":", ": ", ":*", ':"', ":x"), (start, end) => {
        const line = start + end;
        const label = LABEL.test(line);
        if (label) matched++;
        expect(!label || endsInColon(line)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    // The generator reaches the pattern's matches, not only its failures.
    expect(matched).toBeGreaterThan(500);
  });
});
