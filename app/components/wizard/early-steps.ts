// Steps 2–4 (Application, What happened, Examples) as one chunk the browser loads once the user starts answering
// step 1 (step-parts.tsx): the first page shows only step 1.
export { ApplicationStep } from "./application-step";
export { ProblemStep } from "./problem-step";
export { ExamplesStep } from "./examples-step";
