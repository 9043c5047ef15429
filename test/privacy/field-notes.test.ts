// The notes under the typed fields and what a draft may keep of them.
import { describe, expect, it } from "vitest";
import { MAX_SCANNED_FIELD, fieldNotes, storableTypedFields } from "~/privacy/field-notes";
import { withTypedFields } from "~/privacy/typed-fields";
import { draftForStorage, newDraft } from "~/wizard/draft";
import { emptyValues, type WizardValues } from "~/wizard/values";
import { makeJwt } from "../evidence/helpers";

const JWT = makeJwt({ sub: "Zq7RkW2pXv9sNt4L", azp: "m8Hd3Fb6Jc1Ye5Ga", exp: 1_800_000_000 });
const policy = { environment: "sandbox" as const, terms: [] as string[], keep: [] as string[] };

function values(patch: (v: WizardValues) => void): WizardValues {
  const v = emptyValues();
  patch(v);
  return v;
}

describe("fieldNotes", () => {
  it("says what and where, rewrites the field, and offers personal data (never a secret) to keep", () => {
    const v = values((v) => {
      v.problem.background = "Seen for one patient.\nPatient: Jane Doe, SSN 512-44-9087.";
      v.problem.actual = `403 with ${JWT}`;
    });
    const notes = fieldNotes(v, policy);
    expect(Object.keys(notes).sort()).toEqual(["problem.actual", "problem.background"]);
    const background = notes["problem.background"];
    expect(background.findings.map((f) => [f.type, f.lines])).toEqual([
      ["name", [2]],
      ["ssn", [2]],
    ]);
    expect(background.redacted).toBe("Seen for one patient.\nPatient: [REDACTED:name#1], SSN [REDACTED:ssn#1].");
    expect(Object.values(background.personal).sort()).toEqual(["512-44-9087", "Jane Doe"]);
    expect(JSON.stringify(background.findings)).not.toMatch(/Jane|512-44/);
    expect(notes["problem.actual"].findings.map((f) => f.category)).toEqual(["secret"]);
    expect(notes["problem.actual"].personal).toEqual({});
  });

  it("never reuses a placeholder number the ticket already holds", () => {
    const v = values((v) => {
      v.evidence = [{ id: "e1", kind: "log", label: "", text: "Patient: [REDACTED:name#1] called" }];
      v.problem.background = "Patient: Jane Doe called.";
    });
    expect(fieldNotes(v, policy)["problem.background"].redacted).toBe("Patient: [REDACTED:name#2] called.");
  });

  it("tells a huge paste or a capture to move to Evidence, without scanning the huge one", () => {
    const har = JSON.stringify(
      {
        log: {
          version: "1.2",
          creator: { name: "x", version: "1" },
          entries: [
            {
              request: {
                method: "GET",
                url: "https://fhir-ehr-code.cerner.com/r4/x/Patient",
                headers: [{ name: "Authorization", value: `Bearer ${JWT}` }],
              },
              response: { status: 403, headers: [] },
            },
          ],
        },
      },
      null,
      2,
    );
    const v = values((v) => {
      v.problem.workflow = har;
      v.problem.actual = `SSN 512-44-9087 ${"x".repeat(MAX_SCANNED_FIELD)}`;
    });
    const notes = fieldNotes(v, policy);
    expect(notes["problem.workflow"].move).toEqual({ reason: "capture", kind: "har" });
    expect(notes["problem.workflow"].findings.some((f) => f.category === "secret")).toBe(true);
    expect(notes["problem.actual"]).toMatchObject({ move: { reason: "size" }, findings: [] });
  });
});

describe("what a draft keeps of the typed fields", () => {
  it("never a secret, a patient's detail or one of the user's words; a field too big to scan not at all", () => {
    const v = values((v) => {
      v.about.clientName = "LifeBridge Health";
      v.problem.background = "Patient: Jane Doe, SSN 512-44-9087.";
      v.problem.actual = `403 with ${JWT}`;
      v.problem.workflow = "y".repeat(MAX_SCANNED_FIELD + 1);
      v.redactTerms = ["LifeBridge"];
    });
    const draft = draftForStorage(newDraft(v), () => true);
    const typed = storableTypedFields(draft.values, { ...policy, terms: v.redactTerms });
    const stored = { ...draft, values: withTypedFields(draft.values, typed) };
    const json = JSON.stringify(stored);
    for (const value of ["Jane Doe", "512-44-9087", JWT.split(".")[1], "LifeBridge"]) expect(json).not.toContain(value);
    expect(stored.values.problem.workflow).toBe("");
    expect(stored.values.redactTerms).toEqual([]);
    expect(stored.termsNotKept).toBe(1);
  });
});
