// Per-step validation with the ticket's own step schemas, and the status each step shows in the progress indicator.
import { fieldErrors, ticketSchema, type FieldErrors } from "~/ticket/schema";
import { STEPS, stepIndex, type StepId } from "~/ticket/steps";
import type { WizardDraft } from "./draft";
import type { WizardValues } from "./values";

export type StepStatus = "complete" | "errors" | "in-progress" | "not-visited";

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  complete: "Complete",
  errors: "Has errors",
  "in-progress": "In progress",
  "not-visited": "Not visited",
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
  const schema = STEPS[stepIndex(step)].schema ?? ticketSchema;
  const result = schema.safeParse(input);
  return result.success ? {} : fieldErrors(result.error, prefix);
}

/** Errors of the whole ticket (every step), as the final submit sees them. */
export function validateTicket(values: WizardValues): FieldErrors {
  return validateStep("review", values);
}

/** The step an error path belongs to: `examples.0.url` → examples, `redactTerms.1` → evidence. */
export function stepOfField(path: string): StepId {
  const head = path.split(".")[0];
  if (head === "examples") return "examples";
  if (head === "evidence" || head === "redactTerms") return "evidence";
  if (head === "about" || head === "application" || head === "problem") return head;
  return "review";
}

/**
 * complete: visited and valid; errors: visited, invalid, and the user has already left it or pressed Next there;
 * in-progress: the step on screen, not yet attempted; not-visited: never reached.
 */
export function stepStatuses(
  draft: Pick<WizardDraft, "step" | "visited" | "attempted" | "values">,
): Record<StepId, StepStatus> {
  const out = {} as Record<StepId, StepStatus>;
  for (const { id } of STEPS) {
    if (!draft.visited.includes(id)) {
      out[id] = "not-visited";
      continue;
    }
    const valid = Object.keys(validateStep(id, draft.values)).length === 0;
    if (valid) out[id] = "complete";
    else if (id !== draft.step || draft.attempted.includes(id)) out[id] = "errors";
    else out[id] = "in-progress";
  }
  // Review is "complete" only once the whole ticket is valid; until then it is simply the last step.
  if (out.review === "errors" && !draft.attempted.includes("review")) out.review = "in-progress";
  return out;
}
