// The words of "How to capture this" as the server renders them: in place, at once (see lazy-part.tsx). A `.server`
// module, so they are not in the browser's chunk of steps 2–4.
export { CaptureHelpWords } from "./capture-help-words";
