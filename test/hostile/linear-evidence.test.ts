// Deeply nested JSON evidence: the walk keeps paths bounded (shared, not copied per level), so 100,000 levels cost
// linear time and memory; the diagnosis still answers.
import { describe, expect, it } from "vitest";
import { walkJson } from "~/evidence/json";
import { diagnose } from "~/diagnosis/diagnose";

describe("JSON walk on deep nesting", () => {
  it("arrays nested 100,000 deep: every visit's path is bounded, so the total path size is linear", () => {
    const depth = 100_000;
    const root = JSON.parse("[".repeat(depth) + '"x"' + "]".repeat(depth));
    let visits = 0;
    let pathCells = 0;
    let deepest = 0;
    for (const visit of walkJson(root)) {
      visits++;
      pathCells += visit.path.length;
      deepest = Math.max(deepest, visit.path.length);
    }
    expect(visits).toBe(depth + 1);
    expect(deepest).toBeLessThanOrEqual(32);
    expect(pathCells).toBeLessThanOrEqual(32 * visits);
  });

  it("objects and arrays mixed, 50,000 deep, through diagnose(): answers with findings", () => {
    const text = '{"a":['.repeat(25_000) + '"x"' + "]}".repeat(25_000);
    const result = diagnose({ evidence: [{ id: "deep", text }] });
    expect(Array.isArray(result.findings)).toBe(true);
  });
});
