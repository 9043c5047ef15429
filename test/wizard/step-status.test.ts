import { describe, expect, it } from "vitest";
import { newDraft } from "~/wizard/draft";
import { stepStatuses, validateStep, validateTicket } from "~/wizard/step-status";
import { emptyValues } from "~/wizard/values";
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
