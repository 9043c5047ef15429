// The .netrc reader tests every line against anchored patterns; a blank run, an optional mark, then another blank run
// (`^[ \t]*#?[ \t]*`) splits a long indented line between the two runs in every way before failing: quadratic per line,
// which no operation count sees (one exec each). The shape is checked in the reader's source instead.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** Two blank runs with only an optional single mark between them: ambiguous, so backtracking is quadratic. */
const AMBIGUOUS_BLANK_RUNS = /\[ \\t\]\*(?:\\?.|\[[^\]]*\])\?\[ \\t\]\*/;

describe("regex shapes of the .netrc reader", () => {
  it("no pattern lets two blank runs share the same blanks", () => {
    const source = readFileSync("app/redaction/detectors/netrc-entries.ts", "utf8");
    expect(source.match(AMBIGUOUS_BLANK_RUNS)?.[0]).toBeUndefined();
  });
});
