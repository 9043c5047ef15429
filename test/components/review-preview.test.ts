// The review step's preview is the export's own document: the same model, byte for byte, for a valid ticket; for a
// ticket that is not valid yet, what is valid, with the rest held back, and the evidence always redacted.
import { describe, expect, it } from "vitest";
import { previewTicket, reviewPreview } from "~/components/diagnosis/review-preview";
import { documentText } from "../document/document-text";
import { prepareExport } from "~/export/export-ticket";
import { seedInput, seedTicket } from "../document/helpers";

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** A made-up token (synthetic claims, fake signature): it must never reach the preview. */
const SIGNATURE = "U3ludGhldGljU2lnbmF0dXJlRm9yVGhlUHJldmlld1Rlc3Rfb25seQ";
const JWT = [
  b64({ alg: "RS384", typ: "JWT" }),
  b64({
    iss: "https://authorization.cerner.com/tenants/0a5d656f-e4dd-4bec-bda7-17e8450d64a8",
    scope: "system/Patient.read",
  }),
  SIGNATURE,
].join(".");

/** The seed ticket as the wizard holds it (strings), with a raw token pasted into one evidence item. */
function seedValues(): Record<string, unknown> {
  const input = seedInput() as unknown as Record<string, unknown> & {
    examples: Array<Record<string, unknown>>;
    evidence: Array<Record<string, unknown>>;
  };
  return {
    ...input,
    examples: input.examples.map((e) => ({ ...e, status: e.status === undefined ? "" : String(e.status) })),
    evidence: input.evidence.map((e, i) =>
      i === 1
        ? {
            ...e,
            text: JSON.stringify({
              access_token: JWT,
              scope: "system/Patient.read",
              token_type: "Bearer",
              expires_in: 570,
            }),
          }
        : e,
    ),
    redactTerms: [],
  };
}

describe("reviewPreview", () => {
  it("is exactly the export's document and diagnosis for a valid ticket", () => {
    const ticket = seedTicket();
    const exported = prepareExport(ticket);
    const preview = previewTicket(ticket);
    expect(preview.document).toEqual(exported.document);
    expect(preview.diagnosis).toEqual(exported.diagnosis);
    const fromForm = reviewPreview(seedInput());
    expect(fromForm.pending).toEqual([]);
    expect(fromForm.document).toEqual(exported.document);
  });

  it("redacts evidence the form still holds raw", () => {
    const preview = reviewPreview(seedValues());
    expect(preview.pending).toEqual([]);
    const text = documentText(preview.document!);
    expect(text).not.toContain(SIGNATURE);
    expect(text).toContain("[REDACTED:access_token#");
  });

  it("holds back the parts of a step with errors and shows the rest", () => {
    const values = seedValues();
    const application = { ...(values.application as object), clientId: "", appId: "not-a-uuid" };
    const preview = reviewPreview({ ...values, application, examples: [] });
    expect(preview.pending).toEqual(["application", "examples"]);
    const doc = preview.document!;
    const section = (id: string) => doc.sections.find((s) => s.id === id)!;
    for (const id of ["application", "examples"]) {
      expect(section(id).blocks).toEqual([
        {
          type: "note",
          inlines: [
            {
              text: expect.stringMatching(
                /^Held back until the answers in the “(Application|Examples)” step are fixed/,
              ),
            },
          ],
        },
      ]);
    }
    expect(doc.facts.map((f) => f.label)).toEqual([]);
    expect(documentText(doc)).toContain("LifeBridge Health");
    // The App ID typed so far is not shown as the ticket's App ID (the diagnosis may still quote it, as a problem).
    expect(JSON.stringify(section("application"))).not.toContain("not-a-uuid");
    expect(documentText(doc)).not.toContain(SIGNATURE);
    // The diagnosis still reads the partial form and the evidence.
    expect(preview.diagnosis.findings.map((f) => f.code)).toContain("SCOPE_NOT_GRANTED");
    expect(section("diagnosis").blocks.length).toBeGreaterThan(1);
  });

  it("never throws, whatever the form holds", () => {
    for (const input of [undefined, null, 42, "x", { application: 1, evidence: [null, { text: 5 }] }]) {
      const preview = reviewPreview(input);
      expect(preview.pending.length).toBeGreaterThan(0);
      expect(preview.document?.sections.length).toBeGreaterThan(0);
    }
  });
});
