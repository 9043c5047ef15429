import { describe, expect, it } from "vitest";
import { digitsIn } from "~/redaction/digits";

describe("digitsIn", () => {
  it("counts what \\d matches, and only that", () => {
    const samples = ["", "abc", "MRN-00123", "٣٤٥ 12", "１２３4", "9".repeat(40), "a1b2c3d4"];
    for (const s of samples) expect(digitsIn(s)).toBe((s.match(/\d/g) ?? []).length);
  });
});
