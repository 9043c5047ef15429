// How the wizard validates in the browser without loading the ticket schema on the page: react-hook-form's resolver
// and each step's validity (the progress indicator) are checks answered by the checks' worker (checks-client.ts),
// which holds the schema beside the diagnosis and redaction engines. When no worker runs, or a check fails, the page
// loads the schema and validates itself, as zodResolver does (validation.ts, its own chunk): never "valid" by default.
import type { Resolver } from "react-hook-form";
import { wizardChecks, type CheckClient } from "~/evidence/worker/checks-client";
import type { CheckAnswer, CheckRequest } from "~/evidence/worker/checks";
import type { Ticket, TicketInput } from "~/ticket/schema";
import type { StepId } from "~/ticket/steps";
import { resolverResult } from "./resolver-result";

let loading: Promise<typeof import("./validation")> | undefined;

/**
 * Loads the page's own validation (the fallback; the browser fetches it once). One load shared by every caller: the
 * module reaches the wizard, which imports this one, and the test runner's loader hands a second import of a module
 * in such a cycle its exports before they are set. A failed load is tried again next time.
 */
export const loadValidation = () =>
  (loading ??= import("./validation").catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));

type ValidationCheck = "validate-form" | "step-validity";

/**
 * A validation check answered by the worker; null when no worker runs or the check failed. A worker that leaves it
 * unanswered too long is left by the client (checks-client.ts), which answers on the page.
 */
async function askWorker<K extends ValidationCheck>(
  request: CheckRequest<K>,
  checks: CheckClient,
): Promise<CheckAnswer<K> | null> {
  checks.warm();
  if (checks.where() !== "worker") return null;
  return checks.ask(request);
}

/** react-hook-form's resolver: the worker's answer, or the schema's on the page when the worker cannot answer. */
export function createResolver(checks: CheckClient = wizardChecks): Resolver<TicketInput, unknown, Ticket> {
  return async (values, context, options) => {
    const check = await askWorker({ check: "validate-form", values }, checks);
    if (check) return resolverResult(check, options);
    const { ticketResolver } = await loadValidation();
    return ticketResolver(values, context, options);
  };
}

export const lazyResolver = createResolver();

/** Whether each step is valid with these values (the worker's answer or the page's); null when neither could say. */
export async function askStepValidity(
  values: unknown,
  checks: CheckClient = wizardChecks,
): Promise<Record<StepId, boolean> | null> {
  const answer = await askWorker({ check: "step-validity", values }, checks);
  if (answer) return answer;
  return loadValidation()
    .then(({ stepValidity }) => stepValidity(values))
    .catch(() => null);
}

/** Starts the worker that validates, ahead of the first validation (someone is answering). */
export const warmValidation = (checks: CheckClient = wizardChecks) => checks.warm();
