// Pathological tables for the table-layout reader and the person-column judgement: thousands of rows under a list of
// people's header in every layout, an underline of a hundred thousand columns over short rows, a cell of blanks and
// mark-up, a text of rules and headings alone. The work (counted operations and the characters of the pieces cut, see
// work-meter.ts) grows linearly, and a person's row after the run still loses its name.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

/** Linear: 4× the input costs at most 5× the work (a quadratic scan costs about 16×). */
/** A list of people after the hostile part: its surname must still go. */
const PEOPLE = "\n\n id | first_name | last_name\n----+------------+-----------\n  9 | Tamsin     | Quarrie\n";

describe("tables of people on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["psql rows", (n) => " id | first_name | last_name\n----+----+----\n" + repeat("  1 | Orin | Vellacott\n")(n)],
    ["MySQL box rows", (n) => "+--+--+\n| first_name | dob |\n+--+--+\n" + repeat("| Orin | 1961-02-03 |\n")(n)],
    [
      "MySQL box rows each under a border",
      (n) => "+--+--+\n| first_name | dob |\n+--+--+\n" + repeat("| Orin | 1961-02-03 |\n+--+--+\n")(n),
    ],
    ["Markdown rows", (n) => "| Patient | MRN |\n|---|---|\n" + repeat("| Vellacott, Orin | E7781 |\n")(n)],
    ["tab-separated rows", (n) => "first_name\tlast_name\tdob\n" + repeat("Orin\tVellacott\t1961-02-03\n")(n)],
    ["fixed-width rows", (n) => "LAST_NAME  FIRST_NAME\n---------- ----------\n" + repeat("Vellacott  Orin\n")(n)],
    ["an underline of many columns over short rows", (n) => `LAST_NAME\n${"- ".repeat(n / 4)}\n${"x\n".repeat(n / 4)}`],
    [
      "a row of one long cell of blanks and mark-up",
      (n) => `| Patient | MRN |\n|---|---|\n| a${" `*".repeat(n / 3)}b | E1 |`,
    ],
    ["a fixed-width row of one long word", (n) => `LAST_NAME  FIRST_NAME\n---------- ----------\n${"x".repeat(n)}`],
    ["aligned rows without an underline", (n) => "first_name  last_name\n" + repeat("Orin        Vellacott\n")(n)],
    ["lines of words two blanks apart", repeat("first_name  last_name  dob\n")],
    ["rules alone", repeat("----+----\n")],
    ["headings over underlines", repeat("Patient\n-------\n")],
    ["headers without rows", repeat("| first_name | last_name |\n|---|---|\n\n")],
    ["a line of tabs under a person header", (n) => "first_name\tlast_name\n" + "\t".repeat(n)],
    [
      "psql rows each wrapped onto a line without a bar",
      (n) => " id | first_name | last_name\n----+----+----\n" + repeat("  1 | Orin | Vellac\nott\n")(n),
    ],
    [
      "Markdown rows each broken between cells",
      (n) => "| Patient | MRN |\n|---|---|\n" + repeat("| Vellacott, Orin\n| E7781 |\n")(n),
    ],
    [
      "a Markdown row left open, then lines without a bar",
      (n) => "| Patient | MRN |\n|---|---|\n| Orin\n" + repeat("a\n")(n),
    ],
    [
      "a header of many columns, a short row, then many wrapped lines",
      (n) => `|${" last_name |".repeat(n / 24)}\n|${"---|".repeat(n / 24)}\n| Orin\n${repeat("x |\n")(n / 2)}`,
    ],
  ];

  for (const [name, make] of shapes) {
    it(`${name}: linear work and cuts, a list of people after it still redacted`, () => {
      expect(growth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      const out = redact(make(64_000) + PEOPLE);
      expect(out).not.toContain("Quarrie");
    });
  }

  it.each([
    [
      "psql rows wrapped by the terminal",
      " id | first_name | last_name\n----+----+----\n",
      "  1 | Orin | Vellac\nott\n",
    ],
    ["Markdown rows broken between cells", "| Patient | MRN |\n|---|---|\n", "| Vellacott, Orin\n| E7781 |\n"],
  ])("1 MB of %s finishes, every surname gone", (_name, header, row) => {
    const out = redact(header + repeat(row)(1 << 20));
    expect(out).not.toContain("Vellac");
  });

  it("1 MB of table rows finishes, and every surname in it goes", () => {
    const rows = repeat("|  10001 | 1953-09-02 | Orin       | Vellacott | M      |\n")(1 << 20);
    const border = "+--------+------------+------------+-----------+--------+";
    const text = `${border}\n| emp_no | birth_date | first_name | last_name | gender |\n${border}\n${rows}${border}\n`;
    const out = redact(text);
    expect(out).not.toContain("Vellacott");
    expect(out).not.toContain("1953-09-02");
    expect(out.split("\n")[0]).toBe(border);
  });
});
