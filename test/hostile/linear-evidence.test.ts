// Deeply nested JSON evidence: the walk keeps paths bounded (shared, not copied per level), so 100,000 levels cost
// linear time and memory; the diagnosis still answers.
import { describe, expect, it } from "vitest";
import { walkJson } from "~/evidence/json";
import { diagnose } from "~/diagnosis/diagnose";
import { growth } from "./work-meter";

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

describe("diagnosis of a large log", () => {
  // A log of many FHIR requests, each answered by an OperationOutcome: every error is linked to the request above it
  // by a search among the requests near its line, not by testing every request of the log.
  // It measures work, not time; a busy machine only makes it slower, so it gets a minute.
  it("links responses to requests in work linear in the log", { timeout: 60_000 }, () => {
    const make = (lines: number) =>
      Array.from(
        { length: lines },
        (_, i) =>
          `2025-07-29T15:21:14Z GET https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/${1000 + i}\n` +
          `{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"forbidden","diagnostics":"Bearer realm=\\"fhir-ehr-code.cerner.com\\", error=\\"insufficient_scope\\""}]}`,
      ).join("\n");
    const run = (text: string) => void diagnose({ evidence: [{ id: "log", kind: "log", text }] });
    expect(growth((n) => make(n), run, 1_500)).toBeLessThan(6);
  });
});
