// One item holding thousands of distinct secrets (a JSON array of login records, one object of password1..passwordN,
// a log of `password=` lines, .env phrases): every secret found becomes a known value that the item's last pass looks
// for again, so the work must grow with text + values, never their product. Counted work (see work-meter.ts) for the
// growth, and a 1 MB input of 8,000+ distinct secrets that finishes with every one of them gone. No clocks.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import { growth, LINEAR } from "./work-meter";

/** The i-th distinct secret: 21 characters, the same 5-character head, the rest spread over letters and digits. */
function secret(i: number): string {
  let x = (i + 1) * 2654435761;
  let tail = "";
  for (let k = 0; k < 16; k++) {
    tail += "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"[x % 56];
    x = Math.floor(x / 56) + (i + 1) * (k + 7);
  }
  return "Kq7Zr" + tail + i.toString(36);
}
const WORDS = ["open", "sesame", "horse", "battery", "staple", "river", "stone", "cloud"];
const phrase = (i: number) => `${WORDS[i % 8]} ${WORDS[(i >> 3) % 8]} ${"qxz".repeat(1 + (i % 3))}${letters(i)}`;
const letters = (i: number) => i.toString(26).replace(/\d/g, (d) => "abcdefghij"[Number(d)]);

/** As many records as fit in `size` characters, each with its own secret. */
function fill(size: number, record: (i: number) => string, join: string): string[] {
  const out: string[] = [];
  for (let i = 0, length = 0; length < size; i++) {
    const r = record(i);
    out.push(r);
    length += r.length + join.length;
  }
  return out;
}

const shapes: Array<[string, (size: number) => string]> = [
  [
    "a JSON array of records, each with its own password",
    (n) => `[${fill(n, (i) => `{"password":"${secret(i)}","x":1}`, ",")}]`,
  ],
  [
    "one JSON object of password1..passwordN",
    (n) => `{${fill(n, (i) => `"password${i}":"${secret(i)}"`, ",").join(",")}}`,
  ],
  [
    "log lines of password=<secret>",
    (n) => fill(n, (i) => `INFO login user${i} password=${secret(i)}`, "\n").join("\n"),
  ],
  ["a .env of passwords written as phrases", (n) => fill(n, (i) => `DB_PASSWORD_${i}="${phrase(i)}"`, "\n").join("\n")],
];

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
    id: "x",
    kind: detectKind(text),
    text,
  }).text;

describe("thousands of distinct secrets in one item", () => {
  for (const [name, make] of shapes) {
    it(`${name}: linear work`, () => {
      expect(growth(make, redact, 40_000)).toBeLessThan(LINEAR);
    });
  }

  for (const [name, make] of shapes.slice(0, 3)) {
    it(`${name}: 1 MB of 8,000+ distinct secrets finishes, every one gone`, () => {
      const text = make(1_000_000);
      const count = text.split("Kq7Zr").length - 1;
      expect(count).toBeGreaterThan(8_000);
      const out = redact(text);
      expect(out).not.toContain("Kq7Zr");
      expect(out.split("[REDACTED:password#").length - 1).toBe(count);
    });
  }
});
