import { describe, expect, it } from "vitest";
import { DRAFT_VERSION, draftForStorage, newDraft, parseDraft, serialiseDraft, withVisited } from "~/wizard/draft";
import { sanitiseValues } from "~/wizard/values";
import { seedValues } from "./fixtures";

describe("wizard drafts", () => {
  it("round-trips through JSON", () => {
    const draft = withVisited({ ...newDraft(seedValues()), step: "examples", attempted: ["about"] });
    expect(parseDraft(serialiseDraft(draft))).toEqual(draft);
  });

  it("counts every step up to the furthest reached as visited", () => {
    expect(withVisited({ ...newDraft(), step: "problem" }).visited).toEqual(["about", "application", "problem"]);
  });

  it("drops damaged or foreign drafts instead of trusting them", () => {
    expect(parseDraft("{not json")).toBeNull();
    expect(parseDraft("")).toBeNull();
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft(JSON.stringify({ version: 99, step: "about", values: {} }))).toBeNull();
    expect(parseDraft("[1,2,3]")).toBeNull();
  });

  it("keeps only known fields with string values", () => {
    const draft = parseDraft({
      version: DRAFT_VERSION,
      step: "nowhere",
      visited: ["about", "bogus"],
      values: {
        about: { opnMember: "yes", injected: "x", codeProgramMember: { nested: true } },
        application: { clientId: ["a", "b"], tenantId: 42 },
        examples: [{ xRequestId: "x", extra: "y" }, "not an object"],
        evidence: [
          { id: "", kind: "jwt", text: "t" },
          { id: "", kind: "log", text: "u" },
        ],
        redactTerms: ["  Jane  ", "", 7],
        somethingElse: "ignored",
      },
    });
    expect(draft).not.toBeNull();
    expect(draft!.step).toBe("about");
    expect(draft!.values.about.opnMember).toBe("yes");
    expect(draft!.values.about).not.toHaveProperty("injected");
    expect(draft!.values.about).not.toHaveProperty("codeProgramMember");
    expect(draft!.values.application.clientId).toBe("");
    expect(draft!.values.application.tenantId).toBe("42");
    expect(draft!.values.examples).toHaveLength(1);
    expect(draft!.values.examples[0]).not.toHaveProperty("extra");
    expect(draft!.values.evidence.map((e) => e.id)).toEqual(["evidence-1", "evidence-2"]);
    expect(draft!.values.redactTerms).toEqual(["Jane"]);
    expect(draft).not.toHaveProperty("values.somethingElse");
  });

  it("stores only evidence vouched for as redacted, and never the redaction terms", () => {
    const values = sanitiseValues({
      ...seedValues(),
      evidence: [
        { id: "evidence-1", kind: "token-response", label: "", text: '{"access_token":"[REDACTED:access_token#1]"}' },
        { id: "evidence-2", kind: "jwt", label: "", text: "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0." },
      ],
      redactTerms: ["Jane Doe"],
    });
    const stored = draftForStorage(newDraft(values), (item) => item.id === "evidence-1");
    const json = serialiseDraft(stored);
    expect(stored.values.evidence.map((e) => e.id)).toEqual(["evidence-1"]);
    expect(json).not.toContain("eyJhbGciOiJub25lIn0");
    expect(json).not.toContain("Jane Doe");
    expect(stored.values.application.clientId).toBe("b1e2a292-fbe4-460a-be33-582e572abbbe");
  });
});
