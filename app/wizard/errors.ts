// Field errors between the server's flat form (`{"examples.0.url": "…"}`) and react-hook-form's nested one, and the
// order of a step's fields on screen (to focus the first invalid one and list errors in reading order).
import { get, set, type FieldErrors as RhfFieldErrors } from "react-hook-form";
import type { FieldErrors, TicketInput } from "~/ticket/schema";
import type { StepId } from "~/ticket/steps";
import { stepOfField } from "./step-status";
import { ABOUT_KEYS, APPLICATION_KEYS, PROBLEM_KEYS, type WizardValues } from "./values";

/** An example's fields as the Examples step lays them out (method and status share a row above the URL). */
const EXAMPLE_FIELD_ORDER = [
  "xRequestId",
  "cernerCorrelationId",
  "opcRequestId",
  "occurredAt",
  "method",
  "status",
  "url",
];

const UNSAFE_SEGMENT = /(^|\.)(__proto__|constructor|prototype)(\.|$)/;

/**
 * `{"application.clientId": "…"}` → `{application: {clientId: {type: "server", message: "…"}}}`, lists as arrays (RHF's
 * own `set`). A message on a list itself (`examples`) goes to `examples.root` when its items have errors too, as RHF
 * expects.
 */
export function toNestedErrors(errors: FieldErrors): RhfFieldErrors<TicketInput> {
  const root: RhfFieldErrors<TicketInput> = {};
  const paths = Object.keys(errors).sort((a, b) => b.split(".").length - a.split(".").length);
  for (const path of paths) {
    if (UNSAFE_SEGMENT.test(path)) continue;
    const error = { type: "server", message: errors[path] };
    const existing: unknown = get(root, path);
    if (existing === undefined) set(root, path, error);
    else if (typeof existing === "object" && existing !== null && !("message" in existing))
      set(root, `${path}.root`, error);
  }
  return root;
}

/** Every field name of a step, in the order the step shows them. */
export function fieldOrder(step: StepId, values: WizardValues): string[] {
  switch (step) {
    case "about":
      return ABOUT_KEYS.map((k) => `about.${k}`);
    case "application":
      return APPLICATION_KEYS.map((k) => `application.${k}`);
    case "problem":
      return PROBLEM_KEYS.map((k) => `problem.${k}`);
    case "examples":
      return ["examples", ...values.examples.flatMap((_, i) => EXAMPLE_FIELD_ORDER.map((k) => `examples.${i}.${k}`))];
    case "evidence":
      return [
        "evidence",
        ...values.evidence.flatMap((_, i) => ["kind", "label", "text"].map((k) => `evidence.${i}.${k}`)),
        "redactTerms",
        ...values.redactTerms.map((_, i) => `redactTerms.${i}`),
      ];
    case "review":
      return (["about", "application", "problem", "examples", "evidence"] as const).flatMap((s) =>
        fieldOrder(s, values),
      );
  }
}

/** The errors of one step in screen order: [field name, message][]. */
export function stepErrorList(step: StepId, values: WizardValues, errors: FieldErrors): Array<[string, string]> {
  const order = fieldOrder(step, values);
  const known = order.filter((name) => errors[name]).map((name): [string, string] => [name, errors[name]]);
  const extra = Object.keys(errors)
    .filter((name) => !order.includes(name) && (step === "review" || stepOfField(name) === step))
    .map((name): [string, string] => [name, errors[name]]);
  return [...known, ...extra];
}

export function firstInvalidField(step: StepId, values: WizardValues, errors: FieldErrors): string | undefined {
  return stepErrorList(step, values, errors)[0]?.[0];
}

/**
 * react-hook-form's nested errors → `{ "examples.0.url": "…" }`. A list's own message (`examples.root`, or a message
 * on the list object) is keyed by the list's name. DOM refs and other non-error data are skipped.
 */
export function flattenErrors(nested: unknown, prefix = "", out: FieldErrors = {}, depth = 0): FieldErrors {
  if (typeof nested !== "object" || nested === null || depth > 8) return out;
  const node = nested as Record<string, unknown>;
  if (typeof node.message === "string" && node.message && prefix) out[prefix] ??= node.message;
  for (const [key, child] of Object.entries(node)) {
    if (key === "ref" || key === "message" || key === "type" || key === "types") continue;
    if (typeof child !== "object" || child === null) continue;
    if (key === "root") flattenErrors(child, prefix, out, depth + 1);
    else flattenErrors(child, prefix ? `${prefix}.${key}` : key, out, depth + 1);
  }
  return out;
}
