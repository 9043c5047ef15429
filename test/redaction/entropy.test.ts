// entropy() reads a value by code unit instead of through the string iterator: on any text (ASCII, other scripts,
// surrogate pairs, lone surrogates) it must give the very same number as the iterator-based count it replaced.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { entropy } from "~/redaction/detectors/secret-keys";

function reference(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  const length = [...value].length;
  // The same order of summation: ASCII characters by first occurrence, then the others by first occurrence.
  const ascii = [...counts].filter(([c]) => c.length === 1 && c.charCodeAt(0) < 128);
  const other = [...counts].filter(([c]) => !(c.length === 1 && c.charCodeAt(0) < 128));
  let h = 0;
  for (const [, n] of [...ascii, ...other]) h -= (n / length) * Math.log2(n / length);
  return h;
}

describe("entropy", () => {
  it("equals the code-point count it replaced, to the last bit", () => {
    expect(entropy("aaaa")).toBe(0);
    expect(entropy("ab")).toBe(1);
    expect(entropy("\u{1F600}\u{1F601}")).toBe(1);
    const unit = fc.constantFrom("a", "b", "Z", "7", "é", "ж", "\u{1F600}", "\u{1F601}", "\ud800", "\udc00", "-");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
        const value = parts.join("");
        expect(entropy(value)).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });
});
