// Hostile forms of word-diff lines: openings that never close, changes by the thousand on one line, one kind of marker
// only. The work grows linearly, a real secret after the run still goes, and 1 MB finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const HUNK = "@@ -1 +1 @@\n";

const shapes: Array<[string, (size: number) => string]> = [
  ["removals that never close", (n) => HUNK + repeat("[-a ")(n)],
  ["additions by the thousand on one line", (n) => HUNK + repeat("{+a+} ")(n)],
  ["changes by the thousand on one line", (n) => HUNK + repeat("[-a-]{+b+}")(n)],
  ["marked lines by the thousand", (n) => HUNK + repeat("k: [-a-]{+b+}\n")(n)],
];

describe("word diff on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });
});
