import { describe, expect, it } from "vitest";
import { foldCase, MultiSearch } from "~/document/multi-search";
import { leakCheck } from "~/document/leak-check";

describe("MultiSearch", () => {
  it("finds every needle, overlapping ones and needles inside others too", () => {
    const search = new MultiSearch<string>();
    for (const needle of ["he", "she", "his", "hers", "ushe"]) search.add(needle, needle);
    expect(search.search("ushers").map((h) => `${h.payload}@${h.start}`)).toEqual([
      "ushe@0",
      "she@1",
      "he@2",
      "hers@2",
    ]);
  });
  it("folds case without moving offsets", () => {
    expect(foldCase("ABC İx Ωé")).toHaveLength("ABC İx Ωé".length);
    expect(foldCase("Jane DOE")).toBe("jane doe");
  });
});

describe("the leak check with many removed values", () => {
  it("reports exactly the ones still present among twenty thousand", () => {
    const known = Array.from({ length: 20_000 }, (_, i) => ({
      value: String(197_284_315 + i),
      type: "resource_id",
      category: "phi" as const,
    }));
    const text = `## Evidence\n${"GET /r4/t/Specimen?_id=[REDACTED:resource_id#1] -> 403\n".repeat(2_000)}left over: 197294315 and 1972843150\n`;
    const leaks = leakCheck(text, known);
    expect(leaks).toHaveLength(1);
    expect(leaks[0]).toMatchObject({ type: "resource_id", occurrences: 1, line: 2002 });
  });
  it("matches secrets exactly and personal data in any case", () => {
    const known = [
      { value: "Zq8vT2mXr4Lp9sKw3NbY", type: "client_secret", category: "secret" as const },
      { value: "Jane Example", type: "name", category: "phi" as const },
    ];
    expect(leakCheck("zq8vt2mxr4lp9skw3nby", known)).toEqual([]);
    expect(leakCheck("Patient: JANE EXAMPLE", known).map((l) => l.type)).toEqual(["name"]);
  });
});
