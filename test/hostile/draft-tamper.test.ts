// The no-JS wizard carries the draft in a hidden input, which a user (or a script) can edit. Whatever step is posted,
// the evidence in the draft that comes back has been redacted: a tampered draft cannot echo raw evidence.
import { describe, expect, it } from "vitest";
import { action } from "~/routes/_index";
import { newDraft, serialiseDraft, withVisited } from "~/wizard/draft";
import type { WizardResponse } from "~/wizard/submission";
import { flatten, seedValues } from "../wizard/fixtures";

const SECRET = "Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE";
const PATIENT = "Testwell Sampleton";

function tamperedDraft(step: "about" | "application" | "problem" | "examples" | "review") {
  const values = seedValues();
  values.evidence = [
    {
      ...values.evidence[0],
      id: "ev-1",
      kind: "log",
      text: `Authorization: Bearer ${SECRET}\nPatient: ${PATIENT}, MRN 4471923`,
    },
  ];
  return serialiseDraft(withVisited({ ...newDraft(values), step }));
}

async function post(pairs: Array<[string, string]>): Promise<{ status: number; text: string; body: WizardResponse }> {
  const request = new Request("http://localhost/?index", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(pairs).toString(),
  });
  const response = (await action({ request, params: {}, context: {} })) as Response;
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as WizardResponse };
}

describe("a tampered hidden draft", () => {
  for (const step of ["about", "application", "problem", "examples"] as const) {
    it(`raw evidence posted in the draft on the ${step} step does not come back`, async () => {
      const { text, body } = await post([
        ["draft", tamperedDraft(step)],
        ["step", step],
        ["intent", "next"],
        ...flatten(step, (seedValues() as unknown as Record<string, unknown>)[step]),
      ]);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(PATIENT);
      expect(body.draft.values.evidence[0].text).toMatch(/\[REDACTED:/);
    });
  }

  it("also on Back and on jumping to another step", async () => {
    for (const intent of ["back", "goto:about"]) {
      const { text } = await post([
        ["draft", tamperedDraft("examples")],
        ["step", "examples"],
        ["intent", intent],
      ]);
      expect(text).not.toContain(SECRET);
    }
  });
});
