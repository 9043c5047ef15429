// Every finding code fires on its own fixture (test/fixtures/diagnosis/codes/<code>) and stays silent on all the
// others. One declared companion: PROVISIONING_QUESTION presupposes a scope dropped at issuance, so its fixture also
// shows SCOPE_NOT_GRANTED (and SCOPE_NOT_GRANTED stays silent everywhere else).
import { describe, expect, it } from "vitest";
import { diagnose } from "~/diagnosis/diagnose";
import { FINDING_CODES, type FindingCode } from "~/diagnosis/types";
import { codeFixtures, loadFixture } from "./fixtures";

const codeOf = (dir: string) => dir.toUpperCase().replace(/-/g, "_") as FindingCode;
const COMPANIONS: Partial<Record<FindingCode, FindingCode[]>> = {
  PROVISIONING_QUESTION: ["SCOPE_NOT_GRANTED"],
  MISSING_EVIDENCE: ["FAILURE_UNEXPLAINED"],
};

describe("finding-code matrix", () => {
  it("has one fixture per finding code", () => {
    expect(codeFixtures().map(codeOf).sort()).toEqual([...FINDING_CODES].sort());
  });

  it.each(codeFixtures())("%s: its code fires, every other code is silent", (dir) => {
    const d = diagnose(loadFixture(`codes/${dir}`));
    const expected = [codeOf(dir), ...(COMPANIONS[codeOf(dir)] ?? [])].sort();
    expect([...new Set(d.findings.map((f) => f.code))].sort()).toEqual(expected);
  });

  it.each(codeFixtures())("%s: each finding is complete (title, explanation, evidence, next steps, basis)", (dir) => {
    const d = diagnose(loadFixture(`codes/${dir}`));
    for (const f of d.findings) {
      expect(f.title.length).toBeGreaterThan(10);
      expect(f.explanation.length).toBeGreaterThan(30);
      expect(f.nextSteps.length).toBeGreaterThan(0);
      expect(["documented", "observed", "inference"]).toContain(f.basis);
      if (f.code !== "MISSING_EVIDENCE") expect(f.evidence.length).toBeGreaterThan(0);
      for (const e of f.evidence)
        expect(e.itemId === "ticket" || loadFixture(`codes/${dir}`).evidence.some((x) => x.id === e.itemId)).toBe(true);
    }
  });
});

describe("what the fixtures should say", () => {
  const one = (dir: string) => diagnose(loadFixture(`codes/${dir}`));

  it("a scope named by a wildcard is refused with named alternatives", () => {
    const f = one("scope-wildcard-unsupported").findings[0];
    expect(f.scopes).toEqual(["patient/*.read"]);
    expect(f.nextSteps[0]).toMatch(/patient\/Patient\.read/);
  });

  it("the version mismatch proposes the v1 form", () => {
    expect(one("scope-version-mismatch").findings[0].nextSteps[0]).toContain("system/Observation.read");
  });

  it("an unsupported resource on the sandbox cites the capture", () => {
    expect(one("resource-not-supported").findings[0].explanation).toContain("2026-08-14");
  });

  it("the expired token is timed against its exp", () => {
    const f = one("token-expired").findings[0];
    expect(f.explanation).toContain("2025-07-28T15:30:44Z");
    expect(f.basis).toBe("observed");
  });

  it("the empty-scopes error is tied to its instance in the questions", () => {
    const d = one("empty-scopes");
    expect(d.questions.join(" ")).toMatch(
      /Which scopes is Client ID 0f6b2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4 authorized for on tenant ec2458f2/,
    );
  });

  it("a scope needed but never requested says to request it", () => {
    const d = one("scope-required-missing");
    expect(d.findings[0].scopes).toEqual(["system/Observation.read"]);
    expect(d.summary).toMatch(/did not ask for/);
    expect(d.scopes.find((r) => r.scope === "system/Observation.read")).toEqual({
      scope: "system/Observation.read",
      requested: false,
      granted: false,
      needed: true,
      supported: true,
    });
  });

  it("supported is known for the sandbox and for a tenant whose smart-configuration was pasted, unknown otherwise", () => {
    expect(one("scope-not-granted").scopes.every((r) => r.supported !== null)).toBe(true);
    expect(one("provisioning-question").scopes.find((r) => r.scope === "system/Specimen.read")?.supported).toBe(true);
    expect(one("client-not-on-tenant").scopes.every((r) => r.supported === null)).toBe(true);
  });

  it("a Client ID that is a secret is flagged as an error and never quoted", () => {
    const secret = "Xk9PqR2sT4vW6yZ8aB1cD3eF5gH7jK0mN2pQ4rS6";
    const d = diagnose({
      ticket: { application: { clientId: secret, requestedScopes: "system/Patient.read" } },
      evidence: [],
    });
    const f = d.findings.find((x) => x.code === "IDENTIFIER_FORMAT")!;
    expect(f.severity).toBe("error");
    expect(JSON.stringify(d)).not.toContain(secret);
  });
});
