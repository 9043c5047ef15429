// What a wizard button asks for. Every button is `<button name="intent" value="…">`, so the same markup works as a
// plain form post (no JavaScript) and as an intercepted client-side action.
import { isOneOf } from "~/lib/one-of";
import { isStepId, type StepId } from "~/ticket/steps";

export type Intent =
  | { type: "next" }
  | { type: "back" }
  | { type: "goto"; step: StepId }
  | { type: "submit" }
  | { type: "sample" }
  | { type: "add-example" }
  | { type: "remove-example"; index: number }
  | { type: "add-evidence" }
  | { type: "upload-evidence" }
  | { type: "remove-evidence"; index: number };

export const intentValue = {
  next: "next",
  back: "back",
  submit: "submit",
  sample: "sample",
  goto: (step: StepId) => `goto:${step}`,
  addExample: "add-example",
  removeExample: (index: number) => `remove-example:${index}`,
  addEvidence: "add-evidence",
  uploadEvidence: "upload-evidence",
  removeEvidence: (index: number) => `remove-evidence:${index}`,
} as const;

/** The intents without an argument. */
const PLAIN_INTENTS = ["next", "back", "submit", "sample", "add-example", "add-evidence", "upload-evidence"] as const;

/** A missing intent (Enter pressed in a browser that sends no button) means Next. Null when unrecognised. */
export function parseIntent(value: unknown): Intent | null {
  if (value === undefined || value === null || value === "") return { type: "next" };
  if (typeof value !== "string" || value.length > 40) return null;
  if (isOneOf(PLAIN_INTENTS, value)) return { type: value };
  const [name, arg] = value.split(":", 2);
  if (name === "goto" && isStepId(arg)) return { type: "goto", step: arg };
  if ((name === "remove-example" || name === "remove-evidence") && /^\d{1,3}$/.test(arg ?? "")) {
    return { type: name, index: Number(arg) };
  }
  return null;
}
