// The status each step shows in the progress indicator, from whether each visited step is valid, and the step a
// field belongs to. Zod-free: whether a step is valid comes from validate-step.ts (the schema), which the browser
// loads on first validation; until then a step's validity is unknown (see `statusesFrom`).
import { STEPS, type StepId } from "~/ticket/steps";
import type { WizardDraft } from "./draft";

export type StepStatus = "complete" | "errors" | "in-progress" | "not-visited";

export const STEP_STATUS_LABELS: Record<StepStatus, string> = {
  complete: "Complete",
  errors: "Has errors",
  "in-progress": "In progress",
  "not-visited": "Not visited",
};

/** The step an error path belongs to: `examples.0.url` → examples, `redactTerms.1` → evidence. */
export function stepOfField(path: string): StepId {
  const head = path.split(".")[0];
  if (head === "examples") return "examples";
  if (head === "evidence" || head === "redactTerms") return "evidence";
  if (head === "about" || head === "application" || head === "problem") return head;
  return "review";
}

export type StatusDraft = Pick<WizardDraft, "step" | "visited" | "attempted">;

/**
 * complete: visited and valid; errors: visited, invalid, and the user has already left it or pressed Next there;
 * in-progress: the step on screen, not yet attempted, or a step whose validity is not known (`isValid` answers
 * undefined: the schema is not loaded yet); not-visited: never reached.
 */
export function statusesFrom(
  draft: StatusDraft,
  isValid: (step: StepId) => boolean | undefined,
): Record<StepId, StepStatus> {
  const out = {} as Record<StepId, StepStatus>;
  for (const { id } of STEPS) {
    if (!draft.visited.includes(id)) {
      out[id] = "not-visited";
      continue;
    }
    const valid = isValid(id);
    if (valid) out[id] = "complete";
    else if (valid === false && (id !== draft.step || draft.attempted.includes(id))) out[id] = "errors";
    else out[id] = "in-progress";
  }
  // Review is "complete" only once the whole ticket is valid; until then it is simply the last step.
  if (out.review === "errors" && !draft.attempted.includes("review")) out.review = "in-progress";
  return out;
}

/**
 * Whether the statuses need the schema: true unless the only step reached is the first one (About), on screen, not
 * yet attempted, with every answer blank — then it is "in progress" whatever the schema says, since About is not
 * valid blank (test/wizard/step-status.test.ts holds the schema to that). Any other page needs the schema.
 */
export function statusesNeedSchema(draft: StatusDraft, answers: unknown): boolean {
  const first = STEPS[0].id;
  if (draft.step !== first || draft.visited.some((s) => s !== first) || draft.attempted.includes(first)) return true;
  return !isBlank(answers);
}

function isBlank(value: unknown): boolean {
  if (typeof value === "string") return value.trim() === "";
  if (Array.isArray(value)) return value.every(isBlank);
  if (value && typeof value === "object") return Object.values(value).every(isBlank);
  return value === undefined || value === null;
}
