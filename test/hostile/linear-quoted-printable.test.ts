// Hostile forms of a quoted-printable mail source: encoding headers with no blank line after them, a header and a body
// over and over, a body of soft breaks or of `=3D` only, lines that look like boundaries, a boundary declared again
// and again. The work (counted operations and the characters of the pieces cut, see work-meter.ts) grows linearly, a
// real secret after the run still goes, and 1 MB of each finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const HEADER = "Content-Transfer-Encoding: quoted-printable\n";

const shapes: Array<[string, (size: number) => string]> = [
  ["encoding headers with no blank line after them", repeat(HEADER)],
  ["a header, a blank line and a short body, over and over", repeat(`${HEADER}\nabc=3Ddef=\nghi\n`)],
  ["one body of soft breaks", (n) => HEADER + "\n" + repeat("=\n")(n)],
  ["one body of `=3D`", (n) => HEADER + "\n" + repeat("=3D")(n)],
  ["one body of `=` before blanks", (n) => HEADER + "\n" + repeat("=  \t")(n)],
  [
    "a multipart body of lines that look like boundaries",
    (n) => 'Content-Type: multipart/mixed; boundary="b1"\n\n--b1\n' + HEADER + "\n" + repeat("--b2\n")(n),
  ],
  ["a boundary declared again and again, each a new one", (n) => repeat('boundary="b'.padEnd(24, "x") + '"\n')(n)],
  [
    "distinct boundaries, then a part over lines that start with --",
    (n) =>
      Array.from({ length: n / 32 }, (_, i) => `boundary="bd${i}"\n`).join("") +
      HEADER +
      "\n" +
      repeat("--bdx=3D\n")(n),
  ],
];

describe("quoted-printable mail on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });

  it("1 MB of a quoted-printable body finishes, a token split by its soft breaks gone", () => {
    const body = repeat("See the call below, it fails with 403 insufficient_scope on Patient.read.=\n")(1_000_000);
    const out = redact(`${HEADER}\n${body}\naccess_token=3DZq8WpL3vNx0RtY6u=\nE2aSk7Hc9Vb4Nm1\n`);
    expect(out).not.toContain("Zq8WpL3vNx0RtY6u");
    expect(out).not.toContain("E2aSk7Hc9Vb4Nm1");
  });
});
