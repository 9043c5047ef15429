// Whether each step of the form is valid, for the progress indicator: asked of the checks' worker (load-validation.ts)
// a moment after the answers stop changing (`schedule`, as the other checks), or at once before a step is shown
// (`request`), so the page never runs the schema. Only the answer to the last question is kept (an earlier one
// arriving later is dropped); until the first answer, and after a failed one, every step's validity is unknown ("in
// progress", never "complete").
import { latestOnly } from "~/lib/latest-only";
import type { StepId } from "~/ticket/steps";

export type StepValidity = Record<StepId, boolean>;

/** How long the answers must be still before the progress indicator asks again. */
export const STEP_VALIDITY_DELAY_MS = 300;

export interface StepValidityStore {
  /** Asks about these values; resolves once this question is answered (its answer kept if still the last one). */
  request(values: unknown): Promise<void>;
  /** Asks about these values once they have not changed for `STEP_VALIDITY_DELAY_MS` (a later call replaces them). */
  schedule(values: unknown): void;
  /** The last question's answer; undefined before it, or when it failed. */
  get(): StepValidity | undefined;
  subscribe(listener: () => void): () => void;
}

export function createStepValidity(ask: (values: unknown) => Promise<StepValidity | null>): StepValidityStore {
  const question = latestOnly();
  let current: StepValidity | undefined;
  let scheduled: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const settle = (isLast: () => boolean, answer: StepValidity | null) => {
    if (!isLast()) return;
    current = answer ?? undefined;
    for (const listener of listeners) listener();
  };
  const request = (values: unknown) => {
    // The values asked about now are the form's as they are (or are about to be): a scheduled question is older.
    clearTimeout(scheduled);
    const isLast = question();
    return ask(values).then(
      (answer) => settle(isLast, answer),
      () => settle(isLast, null),
    );
  };
  return {
    request,
    schedule(values) {
      clearTimeout(scheduled);
      scheduled = setTimeout(() => void request(values), STEP_VALIDITY_DELAY_MS);
    },
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
