// Per-step validation with the ticket's own step schemas, and the statuses the progress indicator shows from it.
import * as z from "zod/mini";
import {
  aboutSchema,
  applicationSchema,
  evidenceSchema,
  examplesSchema,
  fieldErrors,
  problemSchema,
  ticketSchema,
  type FieldErrors,
} from "~/ticket/schema";
import { STEPS, type StepId } from "~/ticket/steps";
import { statusesFrom, stepOfField, type StatusDraft, type StepStatus } from "./step-status";
import { sanitiseValues, type WizardValues } from "./values";

/** The schema of each step; Review validates the whole ticket. */
const STEP_SCHEMAS: Record<StepId, z.ZodMiniType> = {
  about: aboutSchema,
  application: applicationSchema,
  problem: problemSchema,
  examples: examplesSchema,
  evidence: evidenceSchema,
  review: ticketSchema,
};

/** What the step's schema validates, and the prefix that turns its error paths into form field names. */
export function sectionInput(step: StepId, values: WizardValues): { input: unknown; prefix: string[] } {
  switch (step) {
    case "about":
    case "application":
    case "problem":
      return { input: values[step], prefix: [step] };
    case "examples":
      return { input: { examples: values.examples }, prefix: [] };
    case "evidence":
      return { input: { evidence: values.evidence, redactTerms: values.redactTerms }, prefix: [] };
    case "review":
      return { input: values, prefix: [] };
  }
}

/** Field errors of one step, keyed by form field name (`application.clientId`); empty when the step is valid. */
export function validateStep(step: StepId, values: WizardValues): FieldErrors {
  const { input, prefix } = sectionInput(step, values);
  const result = STEP_SCHEMAS[step].safeParse(input);
  return result.success ? {} : fieldErrors(result.error, prefix);
}

/** Errors of the whole ticket (every step), as the final submit sees them. */
export function validateTicket(values: WizardValues): FieldErrors {
  return validateStep("review", values);
}

/**
 * Whether each step is valid, from the values as the form holds them (the progress indicator's, in the browser). The
 * ticket is validated once: the ticket's schema is its steps' sections side by side, so a step is valid when none of
 * the ticket's errors is in it, and Review when there is none at all.
 */
export function stepValidity(formValues: unknown): Record<StepId, boolean> {
  const invalid = new Set(Object.keys(validateTicket(sanitiseValues(formValues))).map(stepOfField));
  const out = {} as Record<StepId, boolean>;
  for (const { id } of STEPS) out[id] = id === "review" ? invalid.size === 0 : !invalid.has(id);
  return out;
}

/** Each step's status in the progress indicator, validating every visited step with its schema. */
export function stepStatuses(draft: StatusDraft & { values: WizardValues }): Record<StepId, StepStatus> {
  return statusesFrom(draft, (step) => Object.keys(validateStep(step, draft.values)).length === 0);
}
