// The whole form validated with the ticket schema, as react-hook-form's zodResolver would, but answered as plain data
// (structured-clone safe) so it can run in the checks' worker (app/evidence/worker/checks.ts) and the page turns it
// into the form's errors (app/components/wizard/form-resolver.ts). Same rule as zodResolver: the first issue at a path
// wins, and an issue of a union gives the message of its first option's first issue.
import type * as z from "zod/mini";
import { ticketSchema, type Ticket } from "~/ticket/schema";

/** One field's error: its dotted path (`examples.0.url`, "" for the form itself), the schema's message, zod's code. */
export interface FormIssue {
  path: string;
  message: string;
  type: string;
}

export type FormCheck = { valid: true; values: Ticket } | { valid: false; issues: FormIssue[] };

/** The form's answers checked against the ticket schema: the ticket it makes, or each field's first issue. */
export function validateForm(values: unknown): FormCheck {
  const result = ticketSchema.safeParse(values);
  return result.success
    ? { valid: true, values: result.data }
    : { valid: false, issues: formIssues(result.error.issues) };
}

/** zod's issues as one issue per path, in the order zod found them (zodResolver's `parseZod4Issues`, first error). */
export function formIssues(issues: readonly z.core.$ZodIssue[]): FormIssue[] {
  const byPath = new Map<string, FormIssue>();
  const queue = [...issues];
  for (let i = 0; i < queue.length; i++) {
    const issue = queue[i];
    const path = issue.path.map(String).join(".");
    if (!byPath.has(path)) {
      const shown = issue.code === "invalid_union" && issue.errors.length > 0 ? issue.errors[0][0] : issue;
      byPath.set(path, { path, message: shown.message, type: shown.code });
    }
    if (issue.code === "invalid_union") for (const option of issue.errors) queue.push(...option);
  }
  return [...byPath.values()];
}
