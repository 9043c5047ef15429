// The time field reads the first date anywhere in the line it was pasted with (a log line, a reply line, a JSON
// member), trying each date form at each place a date may start. Under its length cap (MAX_TIMESTAMP_TEXT) the work
// (see work-meter.ts) still grows linearly with what was pasted: month names that never reach a year, runs of blanks,
// labels repeated, times that never reach a zone, range dashes.
import { describe, expect, it } from "vitest";
import { MAX_TIMESTAMP_TEXT } from "~/ticket/limits";
import { normaliseTimestamp } from "~/ticket/timestamp";
import { growth, LINEAR, repeat } from "./work-meter";

const QUARTER = Math.floor(MAX_TIMESTAMP_TEXT / 4);

const shapes: Array<[string, (size: number) => string]> = [
  ["month names that never reach a year", repeat("Jan 5, ")],
  ["a word glued to month names", repeat("SinghDecDec")],
  ["runs of blanks between digits", (n) => `2024-02-11${" ".repeat(n - 20)}08:15`],
  ["repeated labels", repeat("Date: ")],
  ["numeric dates cut before the year", repeat("11/02/")],
  ["times after a date that never reach a zone", (n) => `2024-02-11 08:15 ${repeat("x ")(n - 17)}`],
  ["range dashes", (n) => `2024-02-11 08:15 UTC${repeat(" - 0")(n - 20)}`],
  ["digits that never form a date", repeat("1234567890.")],
  ["weekday, month and time with no year after the zone", repeat("Tue Jan 10 17:55:22 EST ")],
  ["log stamps with no zone, each before a bracket", repeat("2024-02-11 08:15:03,120 [t] ")],
];

describe("the time field on hostile lines", () => {
  it.each(shapes)("%s: the work grows linearly", (_, make) => {
    expect(growth(make, (s) => normaliseTimestamp(s), QUARTER)).toBeLessThan(LINEAR);
  });

  it("a line longer than the cap is refused before any date form runs, and not echoed", () => {
    const result = normaliseTimestamp(`2024-02-11${" ".repeat(1 << 20)}08:15:03Z`);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).not.toContain("2024-02-11");
  });
});
