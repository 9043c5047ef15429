// The date reader as the server renders the "Stored as" line: in place, at once. A `.server` module, so the reader
// is not in the browser's chunk of steps 2–4 (the page asks the checks' worker instead: stored-as.tsx).
export { normaliseTimestamp as readTimestamp } from "~/ticket/timestamp";
