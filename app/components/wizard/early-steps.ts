// Steps 2–4 (Application, What happened, Examples) and the live diagnosis panel shown beside them, as one chunk the
// browser loads once the user starts answering step 1 (step-parts.tsx, parts.tsx): the first page shows only step 1.
// One chunk rather than two: both are needed from step 2 on, and one script gzips smaller than two.
// Reaches the first page's modules, so they share its chunks (docs/first-page-weight.md, "One chunk set").
export { Wizard as withFirstPage } from "./wizard";
export { ApplicationStep } from "./application-step";
export { ProblemStep } from "./problem-step";
export { ExamplesStep } from "./examples-step";
export { WizardDiagnosis } from "~/components/diagnosis/wizard-diagnosis";
// Focusing the place a diagnosis link names, once the wizard is on its step (use-step-focus.ts): it serves the links,
// which come with the panel, so it loads with them rather than with the first page.
export { focusEvidenceTarget } from "~/components/diagnosis/focus-target";
