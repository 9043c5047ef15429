import { describe, expect, it } from "vitest";
import { firstNotBefore } from "~/redaction/sorted-search";

/** What the binary search must answer: the first index whose entry is not below `x`, read one by one. */
const linear = (sorted: number[], x: number) => {
  const i = sorted.findIndex((v) => v >= x);
  return i < 0 ? sorted.length : i;
};

describe("firstNotBefore", () => {
  it("answers as a linear scan does on sorted arrays with repeats, gaps and points outside them", () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const wrong: string[] = [];
    for (let round = 0; round < 300; round++) {
      const sorted = Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 60)).sort(
        (a, b) => a - b,
      );
      for (let x = -2; x <= 62; x++)
        if (firstNotBefore(sorted.length, (i) => sorted[i] < x) !== linear(sorted, x)) wrong.push(`${sorted} at ${x}`);
    }
    expect(wrong).toEqual([]);
  });

  it("gives the count when every entry is before the point, 0 when none is, 0 for an empty list", () => {
    expect(firstNotBefore(3, () => true)).toBe(3);
    expect(firstNotBefore(3, () => false)).toBe(0);
    expect(firstNotBefore(0, () => true)).toBe(0);
  });

  it("orders strings as the known-value index does: the first value not below a piece", () => {
    const sorted = ["Bearer", "abc", "abcdef", "abd", "zz"];
    expect(firstNotBefore(sorted.length, (i) => sorted[i] < "abc")).toBe(1);
    expect(firstNotBefore(sorted.length, (i) => sorted[i] < "abcd")).toBe(2);
    expect(firstNotBefore(sorted.length, (i) => sorted[i] < "zzz")).toBe(5);
  });

  it("reads a million sorted offsets in a few dozen steps", () => {
    const offsets = Int32Array.from({ length: 1 << 20 }, (_, i) => 2 * i);
    let steps = 0;
    const at = firstNotBefore(offsets.length, (i) => (steps++, offsets[i] < 777_777));
    expect(at).toBe(388_889);
    expect(steps).toBeLessThanOrEqual(21);
  });
});
