// Restoring sentinels by a character search must give what the regular expression gave: every sentinel the table
// holds replaced by its text, anything that only looks like part of one (an opening character without digits or
// without its closing character, stray digits) left as it is, on any text.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PLACEHOLDER, SENTINEL, SentinelTable, placeholderSpans } from "~/redaction/placeholders";
import { mixedText } from "./lib/mixed-text";

function tableOf(size: number): SentinelTable {
  const table = new SentinelTable();
  for (let k = 0; k < size; k++) table.add(`<${k}>`);
  return table;
}
const byRegex = (table: SentinelTable, text: string) =>
  text.replace(SENTINEL, (m) => {
    const original = table.textOf(m);
    if (original === undefined) throw new Error("unknown sentinel");
    return original;
  });
/** The text, or the error's message. */
const outcome = (fn: () => string) => {
  try {
    return fn();
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
};

describe("SentinelTable.restore", () => {
  const table = tableOf(12);
  const sentinels = Array.from({ length: 12 }, (_, k) => tableOf(k).add("x"));

  it("restores what the regular expression restored", () => {
    const text = `a${sentinels[3]}b\x81\x82${sentinels[11]}\x81\x91c\x90\x82${sentinels[0]}`;
    expect(table.restore(text)).toBe(byRegex(table, text));
    expect(table.restore(text)).toBe("a<3>b\x81\x82<11>\x81\x91c\x90\x82<0>");
    fc.assert(
      fc.property(mixedText([...sentinels, "\x81", "\x82", "\x90", "\x91", "a", "é", " "], 3, 30), (t) => {
        expect(outcome(() => table.restore(t))).toBe(outcome(() => byRegex(table, t)));
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses a sentinel the table does not hold", () => {
    expect(() => table.restore(tableOf(20).add("x"))).toThrow("unknown sentinel");
  });
});

describe("placeholderSpans", () => {
  // What it did with a second regular expression per match (the type) and a replace for the bare form.
  const PARTS = /^\[REDACTED:([a-z0-9_]+)(?:#(\d+))?/;
  const byTwoExpressions = (text: string) =>
    [...text.matchAll(PLACEHOLDER)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
      placeholder: m[0].includes(" · JWT ") ? m[0].replace(/ · JWT [^\]\n]*\]$/, "]") : m[0],
      type: PARTS.exec(m[0])?.[1] ?? "secret",
    }));

  it("finds the spans, bare placeholders and types the two expressions found", () => {
    const text = "a [REDACTED:jwt#2 · JWT iss=x · JWT y] b [REDACTED:value] [REDACTED:name#10]";
    expect(placeholderSpans(text)).toEqual(byTwoExpressions(text));
    expect(placeholderSpans(text).map((s) => s.placeholder)).toEqual([
      "[REDACTED:jwt#2]",
      "[REDACTED:value]",
      "[REDACTED:name#10]",
    ]);
    fc.assert(
      fc.property(
        mixedText(
          ["[REDACTED:", "jwt", "name_2", "#", "7", " · JWT ", "iss=a", "]", "[", "\n", " ", "é", "REDACTED:"],
          2,
          24,
        ),
        (t) => {
          expect(placeholderSpans(t)).toEqual(byTwoExpressions(t));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
