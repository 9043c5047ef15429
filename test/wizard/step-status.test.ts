import { describe, expect, it } from "vitest";
import { newDraft } from "~/wizard/draft";
import { stepStatuses, validateStep, validateTicket } from "~/wizard/validate-step";
import { emptyValues } from "~/wizard/values";
import { statusesFrom, statusesNeedSchema, type StatusDraft } from "~/wizard/step-status";
import { SEED_PLACEHOLDER_CORRELATION_ID, SEED_PLACEHOLDER_OPC_REQUEST_ID, seedValues } from "./fixtures";

describe("validateStep", () => {
  it("returns the schema's messages keyed by form field name", () => {
    const values = emptyValues();
    const errors = validateStep("about", values);
    expect(errors["about.opnMember"]).toMatch(/Answer Yes or No: are you an OPN member\?/);
    expect(Object.keys(errors).every((k) => k.startsWith("about."))).toBe(true);
  });

  it("calls out the seed's placeholder IDs at their example fields", () => {
    const values = seedValues();
    values.examples[0] = {
      ...values.examples[0],
      cernerCorrelationId: SEED_PLACEHOLDER_CORRELATION_ID,
      opcRequestId: SEED_PLACEHOLDER_OPC_REQUEST_ID,
    };
    const errors = validateStep("examples", values);
    expect(errors["examples.0.cernerCorrelationId"]).toMatch(/looks like a placeholder.*support cannot trace it/);
    expect(errors["examples.0.opcRequestId"]).toMatch(/placeholder.*\/<32 hex>\/<32 hex>/);
  });

  it("accepts the seed ticket's real values everywhere", () => {
    expect(validateTicket(seedValues())).toEqual({});
  });
});

describe("stepStatuses", () => {
  it("marks unseen steps not visited and the fresh current step in progress", () => {
    const statuses = stepStatuses(newDraft());
    expect(statuses.about).toBe("in-progress");
    expect(statuses.application).toBe("not-visited");
    expect(statuses.review).toBe("not-visited");
  });

  it("shows errors on a step the user left or tried to leave, and complete on valid ones", () => {
    const values = seedValues();
    values.application.clientId = "";
    const statuses = stepStatuses({
      step: "problem",
      visited: ["about", "application", "problem"],
      attempted: ["about"],
      values,
    });
    expect(statuses.about).toBe("complete");
    expect(statuses.application).toBe("errors");
    expect(statuses.problem).toBe("complete");
    expect(statuses.examples).toBe("not-visited");
    const here = stepStatuses({
      step: "application",
      visited: ["about", "application"],
      attempted: ["application"],
      values,
    });
    expect(here.application).toBe("errors");
  });

  it("calls the review complete once the whole ticket is valid", () => {
    const all = ["about", "application", "problem", "examples", "evidence", "review"] as const;
    expect(stepStatuses({ step: "review", visited: [...all], attempted: [], values: seedValues() }).review).toBe(
      "complete",
    );
    const broken = seedValues();
    broken.problem.actual = "";
    expect(stepStatuses({ step: "review", visited: [...all], attempted: [...all], values: broken }).review).toBe(
      "errors",
    );
  });
});

describe("statuses before the schema is loaded", () => {
  const fresh: StatusDraft = { step: "about", visited: ["about"], attempted: [] };

  it("the first step is not valid blank, so blank and unattempted it is in progress without the schema", () => {
    // The first page renders its progress without the schema on this promise (statusesNeedSchema).
    const draft = { ...fresh, values: emptyValues() };
    expect(statusesNeedSchema(fresh, emptyValues())).toBe(false);
    expect(stepStatuses(draft)).toEqual(statusesFrom(draft, () => undefined));
  });

  it("needs the schema on any other step, even blank (a blank Evidence step is complete)", () => {
    const evidence: StatusDraft = { step: "evidence", visited: ["evidence"], attempted: [] };
    expect(statusesNeedSchema(evidence, emptyValues())).toBe(true);
    expect(stepStatuses({ ...evidence, values: emptyValues() }).evidence).toBe("complete");
  });

  it("needs the schema once an answer is typed, a step attempted or another step reached", () => {
    const typed = emptyValues();
    typed.about.clientName = "Example Health";
    expect(statusesNeedSchema(fresh, typed)).toBe(true);
    expect(statusesNeedSchema({ ...fresh, attempted: ["about"] }, emptyValues())).toBe(true);
    expect(statusesNeedSchema({ ...fresh, visited: ["about", "application"] }, emptyValues())).toBe(true);
    expect(statusesNeedSchema(fresh, { ...emptyValues(), redactTerms: ["  "] })).toBe(false);
  });

  it("shows a visited step whose validity is unknown as in progress, never complete or with errors", () => {
    const statuses = statusesFrom(
      { step: "problem", visited: ["about", "application", "problem"], attempted: ["about"] },
      () => undefined,
    );
    expect(statuses).toMatchObject({
      about: "in-progress",
      application: "in-progress",
      problem: "in-progress",
      review: "not-visited",
    });
  });
});
