import { describe, expect, it } from "vitest";
import { SANDBOX_TENANT } from "~/ticket/choices";
import { newDraft, serialiseDraft, withVisited, type WizardDraft } from "~/wizard/draft";
import { REDACTION_FAILED, handleWizardPost, type SubmissionDeps } from "~/wizard/submission";
import { flatten, SEED_PLACEHOLDER_CORRELATION_ID, SEED_PLACEHOLDER_OPC_REQUEST_ID, seedValues } from "./fixtures";

// A synthetic JWT (not a real token): header {"alg":"RS384","typ":"JWT"}, a few claims, a made-up signature.
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
const JWT = `${b64({ alg: "RS384", typ: "JWT" })}.${b64({
  iss: "https://authorization.cerner.com/",
  azp: "b1e2a292-fbe4-460a-be33-582e572abbbe",
  scope: "system/Patient.read",
})}.c2lnbmF0dXJlLW5vdC1yZWFsLWF0LWFsbC0wMTIzNDU2Nzg5`;

/** What the page posts: the step's own fields, the hidden draft, the button pressed. */
function post(draft: WizardDraft, intent: string, stepFields: Record<string, unknown> = {}) {
  const entries = flatten("", stepFields);
  const input: Record<string, unknown> = { step: draft.step, draft: serialiseDraft(draft), intent };
  for (const [k, v] of entries) setPath(input, k, v);
  return input;
}

function setPath(target: Record<string, unknown>, path: string, value: string) {
  const parts = path.split(".");
  let node: Record<string, unknown> = target;
  parts.slice(0, -1).forEach((p, i) => {
    node[p] ??= /^\d+$/.test(parts[i + 1]) ? [] : {};
    node = node[p] as Record<string, unknown>;
  });
  node[parts[parts.length - 1]] = value;
}

const throwingRedactor: SubmissionDeps = {
  createRedactor: () => ({
    redact: () => {
      throw new Error("boom: would have quoted Bearer abc");
    },
  }),
};

const at = (step: WizardDraft["step"], values = seedValues()): WizardDraft =>
  withVisited({ ...newDraft(values), step });

describe("handleWizardPost: one step at a time (no JavaScript)", () => {
  it("moves on when the step is valid and keeps its values in the draft", () => {
    const { about } = seedValues();
    const { status, body } = handleWizardPost(post(newDraft(), "next", { about }));
    expect(status).toBe(200);
    expect(body.kind === "step" && body.step).toBe("application");
    expect(body.draft.values.about).toEqual(about);
    expect(body.draft.visited).toEqual(["about", "application"]);
  });

  it("answers 400 with the schema's messages beside the fields and the typed values kept", () => {
    const { status, body } = handleWizardPost(
      post(newDraft(), "next", { about: { opnMember: "yes", onBehalfOfClient: "yes", clientName: " " } }),
    );
    expect(status).toBe(400);
    if (body.kind !== "step") throw new Error("expected a step");
    expect(body.step).toBe("about");
    expect(body.errors["about.healthcareDeveloperTrack"]).toMatch(/Answer Yes or No/);
    expect(body.draft.values.about.opnMember).toBe("yes");
    expect(body.draft.values.about.clientName).toBe(" ");
    expect(body.draft.attempted).toContain("about");
  });

  it("asks for the client's name when the answer is Yes", () => {
    const about = { ...seedValues().about, clientName: "" };
    const { status, body } = handleWizardPost(post(newDraft(), "next", { about }));
    expect(status).toBe(400);
    expect(body.kind === "step" && body.errors["about.clientName"]).toMatch(/Name the Oracle Health client/);
  });

  it("calls out the seed's placeholder IDs", () => {
    const example = {
      ...seedValues().examples[0],
      cernerCorrelationId: SEED_PLACEHOLDER_CORRELATION_ID,
      opcRequestId: SEED_PLACEHOLDER_OPC_REQUEST_ID,
    };
    const { status, body } = handleWizardPost(post(at("examples"), "next", { examples: [example] }));
    expect(status).toBe(400);
    if (body.kind !== "step") throw new Error("expected a step");
    expect(body.errors["examples.0.cernerCorrelationId"]).toMatch(/placeholder.*support cannot trace it/);
    expect(body.errors["examples.0.opcRequestId"]).toMatch(/\/<32 hex>\/<32 hex>/);
  });

  it("goes Back without validating and without losing what was typed", () => {
    const { status, body } = handleWizardPost(
      post(at("application"), "back", { application: { appId: "not-a-uuid", clientId: "" } }),
    );
    expect(status).toBe(200);
    expect(body.kind === "step" && body.step).toBe("about");
    expect(body.draft.values.application.appId).toBe("not-a-uuid");
  });

  it("jumps only to steps already reached", () => {
    const far = handleWizardPost(post(at("application"), "goto:review", { application: seedValues().application }));
    expect(far.status).toBe(400);
    expect(far.body.kind === "step" && far.body.step).toBe("application");
    const back = handleWizardPost(post(at("problem"), "goto:about", { problem: seedValues().problem }));
    expect(back.body.kind === "step" && back.body.step).toBe("about");
  });

  it("fills in the sandbox tenant when the environment is the sandbox and the tenant is empty, never overwriting", () => {
    const app = { ...seedValues().application, tenantId: "" };
    const filled = handleWizardPost(post(at("application"), "next", { application: app }));
    expect(filled.body.draft.values.application.tenantId).toBe(SANDBOX_TENANT);
    const typed = handleWizardPost(post(at("application"), "back", { application: { ...app, tenantId: "my own" } }));
    expect(typed.body.draft.values.application.tenantId).toBe("my own");
    const client = handleWizardPost(
      post(at("application"), "back", { application: { ...app, environment: "client-prod" } }),
    );
    expect(client.body.draft.values.application.tenantId).toBe("");
  });

  it("adds and removes examples without validating", () => {
    const two = handleWizardPost(post(at("examples"), "add-example", { examples: seedValues().examples }));
    expect(two.status).toBe(200);
    expect(two.body.draft.values.examples).toHaveLength(2);
    const one = handleWizardPost(
      post({ ...two.body.draft }, "remove-example:0", { examples: two.body.draft.values.examples }),
    );
    expect(one.body.draft.values.examples).toHaveLength(1);
    expect(one.body.draft.values.examples[0].occurredAt).toBe("");
  });
});

describe("handleWizardPost: odd input never crashes", () => {
  it("answers 400 for missing fields, lists where strings are expected and unknown buttons", () => {
    expect(handleWizardPost({}).status).toBe(400);
    const lists = handleWizardPost({
      step: "application",
      intent: "next",
      application: { appId: ["a", "b"], clientId: { x: 1 } },
    });
    expect(lists.status).toBe(400);
    expect(lists.body.kind === "step" && lists.body.errors["application.appId"]).toMatch(/App ID/);
    const unknown = handleWizardPost({ step: "about", intent: "explode" });
    expect(unknown.status).toBe(400);
    expect(unknown.body.kind === "step" && unknown.body.message).toMatch(/not one this wizard knows/);
  });

  it("drops a 10 MB answer with a message instead of echoing it back", () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    const { status, body } = handleWizardPost(
      post(at("problem"), "next", { problem: { ...seedValues().problem, actual: huge } }),
    );
    expect(status).toBe(400);
    if (body.kind !== "step") throw new Error("expected a step");
    expect(body.errors["problem.actual"]).toMatch(/too long to keep/);
    expect(body.draft.values.problem.actual).toBe("");
    expect(JSON.stringify(body).length).toBeLessThan(100_000);
  });

  it("starts again, with a message, from a damaged draft", () => {
    const { body } = handleWizardPost({ step: "about", intent: "next", draft: "{broken", about: seedValues().about });
    expect(body.kind === "step" && body.message).toMatch(/could not be read/);
    expect(body.kind === "step" && body.step).toBe("application");
  });
});

describe("handleWizardPost: evidence is redacted before it enters the draft or the ticket", () => {
  it("fails closed: evidence that cannot be redacted is not added, and the error quotes nothing", () => {
    const evidence = [{ id: "evidence-1", kind: "jwt", label: "", text: JWT }];
    const { status, body } = handleWizardPost(post(at("evidence"), "next", { evidence }), throwingRedactor);
    expect(status).toBe(400);
    if (body.kind !== "step") throw new Error("expected a step");
    expect(body.errors["evidence.0.text"]).toBe(REDACTION_FAILED);
    expect(JSON.stringify(body)).not.toContain(JWT.split(".")[2]);
    expect(JSON.stringify(body)).not.toContain("Bearer abc");
  });

  it("numbers a new value after the placeholders a later item already holds (evidence redacted in an earlier post)", () => {
    const earlier = "Authorization: Bearer [REDACTED:access_token#1]";
    const evidence = [
      { id: "new", kind: "text", label: "", text: "Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA" },
      { id: "old", kind: "text", label: "", text: earlier },
    ];
    const { body } = handleWizardPost(post(at("evidence"), "next", { evidence }));
    expect(body.draft.values.evidence.map((e) => e.text)).toEqual([
      "Authorization: Bearer [REDACTED:access_token#2]",
      earlier,
    ]);
  });

  it("settles an earlier item against a login found in a later one (what the step shows is what leaves)", () => {
    const evidence = [
      { id: "avatar", kind: "text", label: "", text: "GET https://example.com/icon/jroe1987/128 HTTP/1.1" },
      { id: "profile", kind: "text", label: "", text: '{"username": "jroe1987"}' },
    ];
    const { body } = handleWizardPost(post(at("evidence"), "next", { evidence }));
    expect(body.draft.values.evidence[0].text).toBe("GET https://example.com/icon/[REDACTED:user_name#1]/128 HTTP/1.1");
    expect(JSON.stringify(body)).not.toContain("jroe1987");
  });

  it("fails closed on the final submit too", () => {
    const values = { ...seedValues(), evidence: [{ id: "evidence-1", kind: "jwt", label: "", text: JWT }] };
    const all = withVisited({ ...newDraft(values), step: "review" });
    const { status, body } = handleWizardPost(
      { step: "review", intent: "submit", draft: serialiseDraft(all) },
      throwingRedactor,
    );
    expect(status).toBe(400);
    expect(body.kind).toBe("step");
    expect(JSON.stringify(body)).not.toContain(JWT.split(".")[1]);
  });

  it("passes the environment and the user's terms to the redactor (strictest policy until the environment is known)", () => {
    const seen: unknown[] = [];
    const spy: SubmissionDeps = {
      createRedactor: (policy) => {
        seen.push(policy);
        return { redact: (item) => ({ ...item, text: "[REDACTED]", findings: [], spans: [], warnings: [] }) };
      },
    };
    const values = seedValues();
    values.application.environment = "";
    handleWizardPost(
      post(at("evidence", values), "next", {
        evidence: [{ id: "e", kind: "text", label: "", text: "Jane" }],
        redactTerms: "Jane\n\n",
      }),
      spy,
    );
    expect(seen).toEqual([{ environment: "client-prod", terms: ["Jane"], restored: [] }]);
  });

  it("keeps on the final submit a name the user restored as not personal data, and only that", () => {
    const submitWith = (notPersonalData?: string[]) => {
      const base = seedValues();
      const note = {
        id: "note",
        kind: "text",
        label: "Note",
        text: "Patient: Jane Doe called about the 403.\nclient_secret=synthetic-secret-for-tests",
      };
      const values = { ...base, evidence: [...base.evidence, note], ...(notPersonalData ? { notPersonalData } : {}) };
      const { body } = handleWizardPost({
        step: "review",
        intent: "submit",
        draft: serialiseDraft(withVisited({ ...newDraft(values), step: "review" })),
      });
      if (body.kind !== "complete") throw new Error(`not complete: ${JSON.stringify(Object.keys(body.errors))}`);
      return body.ticket.evidence.find((e) => e.id === "note")!.text;
    };
    const restored = submitWith(["Jane Doe"]);
    expect(restored).toContain("Patient: Jane Doe called");
    expect(restored).not.toContain("synthetic-secret-for-tests");
    expect(submitWith()).not.toContain("Jane Doe");
    expect(submitWith(["synthetic-secret-for-tests"])).not.toContain("synthetic-secret-for-tests");
  });

  it("redacts with the real redactor: a pasted token never reaches the ticket", () => {
    const values = {
      ...seedValues(),
      evidence: [
        {
          id: "evidence-1",
          kind: "token-response",
          label: "Token response",
          text: JSON.stringify({
            access_token: JWT,
            token_type: "Bearer",
            expires_in: 570,
            scope: "system/Patient.read",
          }),
        },
      ],
    };
    const draft = withVisited({ ...newDraft(values), step: "review" });
    const { status, body } = handleWizardPost({ step: "review", intent: "submit", draft: serialiseDraft(draft) });
    expect(status).toBe(200);
    if (body.kind !== "complete") throw new Error("expected a complete ticket");
    const json = JSON.stringify(body);
    expect(json).not.toContain(JWT);
    expect(json).not.toContain(JWT.split(".")[2]);
    expect(body.ticket.evidence[0].text).toContain("system/Patient.read");
    expect(body.ticket.examples[0].occurredAt).toBe("2025-07-28T15:21:14Z");
  });
});
