// Steps 2–4 (Application, What happened, Examples), loaded by the browser in one chunk (early-steps.ts) when the user
// starts answering step 1 — before Next can show step 2 — not with the first page (see lazy-part.tsx).
import { lazyPart } from "~/components/lazy/lazy-part";
import * as rendered from "./step-parts.server";

const loadSteps = () => import("./early-steps");

export const ApplicationStep = lazyPart(rendered.ApplicationStep, () => loadSteps().then((m) => m.ApplicationStep));
export const ProblemStep = lazyPart(rendered.ProblemStep, () => loadSteps().then((m) => m.ProblemStep));
export const ExamplesStep = lazyPart(rendered.ExamplesStep, () => loadSteps().then((m) => m.ExamplesStep));

/** Loads steps 2–4 (once); resolves when they can be shown without waiting, also when the load failed. */
export const earlyStepsLoaded = (): Promise<void> =>
  Promise.all([ApplicationStep.preload(), ProblemStep.preload(), ExamplesStep.preload()]).then(
    () => undefined,
    () => undefined,
  );
