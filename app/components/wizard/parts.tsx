// The parts of the wizard not needed on its first steps, loaded by the browser when first shown (see lazy-part.tsx):
// the live diagnosis panel (from the Application step, in the chunk of steps 2–4; the diagnosis itself runs in the
// checks' worker), the Evidence step (redaction, parsing, the worker client), Review (diagnosis, document preview, leak
// check) and the finished ticket (finished-ticket.tsx: exports, share link, forum post). docs/decisions/0011-what-loads-when.md says what
// loads when.
import { useEffect } from "react";
import { lazyPart } from "~/components/lazy/lazy-part";
import { stepIndex, type StepId } from "~/ticket/steps";
import * as rendered from "./parts.server";

export const WizardDiagnosis = lazyPart(rendered.WizardDiagnosis, () =>
  import("./early-steps").then((m) => m.WizardDiagnosis),
);
export const EvidenceFields = lazyPart(rendered.EvidenceFields, () =>
  import("./evidence-fields").then((m) => m.EvidenceFields),
);
export const ReviewStep = lazyPart(rendered.ReviewStep, () => import("./review-step").then((m) => m.ReviewStep));
export const FinishedTicket = lazyPart(rendered.FinishedTicket, () =>
  import("./finished-ticket").then((m) => m.FinishedTicket),
);

/**
 * From the Evidence step on, the Evidence and Review steps are loaded ahead (after the step's first paint), so moving
 * between them (Next, Back, a link from Review or the finished ticket) never waits; nothing of either is fetched on
 * the first four steps (a move onto one of them from there waits for its code instead: see partLoaded).
 */
export function usePreloadLaterSteps(step: StepId): void {
  useEffect(() => {
    if (stepIndex(step) < stepIndex("evidence")) return;
    void EvidenceFields.preload().catch(() => undefined);
    void ReviewStep.preload().catch(() => undefined);
  }, [step]);
}

/**
 * Before showing a step (Next, a reopened draft, a sample, an opened file): the code of a step loaded on demand is
 * there first, so the step never shows without its fields (a failed load still shows it).
 */
export const partLoaded = (step: StepId): Promise<void> =>
  (step === "review" ? ReviewStep : step === "evidence" ? EvidenceFields : null)?.preload().then(
    () => undefined,
    () => undefined,
  ) ?? Promise.resolve();
