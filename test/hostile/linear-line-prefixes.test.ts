// Hostile forms of text under line prefixes: one hunk header then lines of markers, hunk headers over and over, a
// gutter whose numbers run on for ever or never follow, a compose service on every line, prefixes nested beyond the
// levels taken off, a psql table under a gutter, a prefix with no line after it. The work (counted operations and the
// characters of the pieces cut, see work-meter.ts) grows linearly, a real secret after the run still goes, and 1 MB of
// each finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const numbered = (separator: string) => (size: number) => {
  let out = "";
  for (let n = 1; out.length < size; n++) out += `${n}${separator}x\n`;
  return out.slice(0, size);
};

const shapes: Array<[string, (size: number) => string]> = [
  ["one hunk header, then marker lines", (n) => "@@ -1 +1 @@\n" + repeat("+a\n-b\n c\n")(n)],
  ["hunk headers over and over", repeat("@@ -1,2 +1,2 @@\n")],
  ["a ```diff fence over and over", repeat("```diff\n+\n")],
  ["a gutter that runs on", numbered(" | ")],
  ["a cat -n gutter that runs on", (n) => numbered("\t")(n).replace(/^(\d+)/gm, (d) => d.padStart(6))],
  ["numbers that never follow each other", repeat("7: a\n")],
  ["a compose service on every line", repeat("api-1  | a\n")],
  ["services that alternate", repeat("api-1  | a\ndb-1  | b\n")],
  ["prefixes nested beyond the levels taken off", repeat("api-1  | # # # # > > > a\n")],
  ["a psql table under a gutter", numbered(" | a | b")],
  ["kubectl prefixes with no text after them", repeat("[pod/a/b]\n")],
  ["a timestamp on every line", repeat("2024-03-05T10:00:01.123456789Z a\n")],
  [
    "services with timestamps that alternate",
    repeat("api-1  | 2024-03-05T10:00:01Z a\ndb-1  | 2024-03-05T10:00:02Z b\n"),
  ],
  ["journalctl's prefix on every line", repeat("Mar 05 10:00:01 host unit[22]: a\n")],
  ["ANSI codes over and over", repeat("\u001b[36m\u001b[0m")],
  ["stern's pod and container that change every line", numbered("-pod api ")],
  ["combined diff headers over and over", repeat("@@@ -1 -1 +1 @@@\n++\n")],
  ["an indented ~~~patch fence over and over", repeat("   ~~~patch\n   +\n")],
  ["two number columns that run on", (n) => numbered(" │ ")(n).replace(/^(\d+)/gm, "$1 $1")],
  ["quoted bars over and over", repeat("> | a\n> |\n")],
  ["an empty comment on every line", repeat("#\n")],
  ["a Markdown table's rows", repeat("| a | b |\n")],
  ["a service name and blanks without a bar", (n) => repeat("a-1")(n / 2) + repeat(" ")(n / 2)],
];

describe("line prefixes on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });
});
