// Whether each step of the form is valid, for the progress indicator: asked of the checks' worker (load-validation.ts)
// each time the answers change, so the page never runs the schema. Only the answer to the last question is kept (an
// earlier one arriving later is dropped); until the first answer, and after a failed one, every step's validity is
// unknown ("in progress", never "complete").
import type { StepId } from "~/ticket/steps";

export type StepValidity = Record<StepId, boolean>;

export interface StepValidityStore {
  /** Asks about these values; resolves once this question is answered (its answer kept if still the last one). */
  request(values: unknown): Promise<void>;
  /** The last question's answer; undefined before it, or when it failed. */
  get(): StepValidity | undefined;
  subscribe(listener: () => void): () => void;
}

export function createStepValidity(ask: (values: unknown) => Promise<StepValidity | null>): StepValidityStore {
  let asked = 0;
  let current: StepValidity | undefined;
  const listeners = new Set<() => void>();
  const settle = (question: number, answer: StepValidity | null) => {
    if (question !== asked) return;
    current = answer ?? undefined;
    for (const listener of listeners) listener();
  };
  return {
    request(values) {
      const question = ++asked;
      return ask(values).then(
        (answer) => settle(question, answer),
        () => settle(question, null),
      );
    },
    get: () => current,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
