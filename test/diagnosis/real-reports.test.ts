// The real-report score: public Oracle Health failure reports with evidence exactly as posted, labelled by hand
// before the diagnosis ran on them (test/fixtures/diagnosis/real/README.md). Target: at least 90 % of the cases give
// the expected finding codes and advice that mentions the known resolution.
import { describe, expect, it } from "vitest";
import { realCases, scoreCase } from "./real-reports";

describe("real reports", () => {
  const cases = realCases();
  const results = cases.map(scoreCase);

  it("has at least 20 labelled public reports", () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    for (const c of cases) {
      expect(c.source).toMatch(/^https:\/\//);
      expect(c.expectedCodes.length + c.adviceMentions.length).toBeGreaterThan(0);
    }
  });

  it("diagnoses at least 90 % of them right (codes and advice)", () => {
    const passed = results.filter((r) => r.pass).length;
    const failures = results
      .filter((r) => !r.pass)
      .map(
        (r) =>
          `${r.id}: missing codes [${r.missingCodes}] mentions [${r.missingMentions}] wrong [${r.wrongCodes}] got [${r.codes}] — ${r.summary}`,
      );
    expect(passed / results.length, failures.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("never says there is no problem when the report states a failure", () => {
    for (const r of results) expect(r.summary, r.id).not.toMatch(/^No problem found|no blocking problem found/i);
  });
});
