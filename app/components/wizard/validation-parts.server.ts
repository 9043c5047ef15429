// The validating parts as the server renders them: in place, at once (see lazy-part.tsx). A `.server` module, so
// the schema stays out of the browser's first bundle.
export { CheckedProgress } from "./checked-progress";
