// Known secrets found again in an item's text: for a few values a native search per value, for many a character scan
// of the text; both must find the same whole pieces.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findAll } from "~/redaction/known-secrets";
import type { KnownValue } from "~/redaction/context";
import { mixedText } from "./lib/mixed-text";

const known = (value: string, n: number): KnownValue => ({
  value,
  category: "secret",
  type: "secret",
  placeholder: `[REDACTED:secret#${n}]`,
});
const VALUES = ["s3cr3t", "s3cr3ts3cr3t", "aaaa", "Zm9vYmFy", "tok-én", "My:Secret:Password1"].map(known);
const sorted = (hits: ReturnType<typeof findAll>) =>
  hits.map((h) => [h.start, h.end, h.entry.value] as const).sort((a, b) => a[0] - b[0] || b[1] - a[1]);

describe("findAll (known secrets in a text)", () => {
  it("finds a value only where it stands as a whole piece", () => {
    const text = 's3cr3t "s3cr3t" xs3cr3t s3cr3ts3cr3t aaaaa id:aaaa \uE000aaaa';
    const hits = sorted(findAll(text, VALUES));
    expect(hits.map((h) => text.slice(h[0], h[1]))).toEqual(["s3cr3t", "s3cr3t", "s3cr3ts3cr3t", "aaaa"]);
    expect(hits).toEqual(sorted(findAll(text, VALUES, 0)));
  });

  it("the search per value and the character scan agree on any text", () => {
    fc.assert(
      fc.property(
        mixedText(
          ["s3cr3t", "aa", "a", "Zm9vYmFy", "tok-én", "My:Secret:Password1", " ", ":", '"', "x", "\n", "😀", "\uE000"],
          3,
          30,
        ),
        fc.subarray(VALUES, { minLength: 1 }),
        (text, values) => {
          expect(sorted(findAll(text, values, Infinity))).toEqual(sorted(findAll(text, values, 0)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
