// Pathological tables for the table-cell detector: a megabyte line of bars or tabs, a row of a million cells under
// secret labels, a cell of mark-up behind a label, thousands of aligned lines. The work (counted operations and the
// characters of the pieces cut, see work-meter.ts) grows linearly, and a real secret row after the run still goes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

/** Linear: 4× the input costs at most 5× the work (a quadratic scan costs about 16×). */
const ROW = "\n| password | Tr0ub4dor&3x |";

describe("table cells on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["a line of bars", repeat("|")],
    ["a line of tabs", repeat("\t")],
    ["a line of Confluence bars", (n) => "||" + repeat("x||")(n)],
    ["a row of secret labels and values", repeat("| client_secret | hunter2hunter2 ")],
    ["a row of labels alone", repeat("|password")],
    ["tab cells under a secret label", repeat("client_secret\t")],
    ["a cell of mark-up behind a label", (n) => `password | a${"*".repeat(n)}b |`],
    ["a label of mark-up", (n) => `\`${"_".repeat(n)}x | value`],
    ["a separator row", repeat("|---")],
    ["aligned lines", repeat("client_secret  abcdefgh1234\n")],
    [
      "a wide first row that is no header, then rows",
      (n) => `${"a|".repeat(n / 4)}!\n${repeat("| password | x1 |\n")(n)}`,
    ],
    ["aligned header and rows", (n) => "NAME  CLIENT_SECRET  AGE\n" + repeat("app   s3cr3tv4lue9   5d\n")(n)],
  ];

  for (const [name, make] of shapes) {
    it(`${name}: linear work and cuts, a secret row after it still redacted`, () => {
      expect(growth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      const out = redact(make(64_000) + "\n" + ROW);
      expect(out).not.toContain("Tr0ub4dor&3x");
    });
  }

  it("a megabyte line of bars and one of tabs: kept whole", () => {
    for (const c of ["|", "\t"]) {
      const line = c.repeat(1 << 20);
      expect(redact(line + ROW)).toMatch(new RegExp(`^\\${c === "|" ? "|" : "t"}{${1 << 20}}\\n`));
    }
  });
  // The separator check runs on the line under a row holding a secret word; a pattern whose two runs of blanks could
  // trade characters read a 160 KB line of blanks once per split (18 s). The work meter counts one call per regex, so
  // this case is held to finishing within the test's time limit: 400 KB took minutes before.
  it("a long run of blanks or tabs under a secret row is read once", () => {
    for (const blank of [" ", "\t"]) {
      const out = redact(`| client_secret | Tr0ub4dor&3x |\n${blank.repeat(400_000)}x`);
      expect(out).not.toContain("Tr0ub4dor&3x");
    }
  });
});
