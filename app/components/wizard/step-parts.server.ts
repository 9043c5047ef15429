// Steps 2–4 as the server renders them: in place, at once (see lazy-part.tsx). A `.server` module, so their code is
// not in the browser's first bundle.
export { ApplicationStep, ExamplesStep, ProblemStep } from "./early-steps";
