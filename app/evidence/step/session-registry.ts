// Where each wizard form's EvidenceSession is kept (by the form's `control` object), and what the rest of the wizard
// may ask of it before the Evidence step has loaded: the values its runs removed. Holds the session type only, so the
// wizard's first steps do not load the session's code (redaction, parsing, the worker client).
import type { KnownValue } from "~/redaction/redact";
import type { EvidenceSession } from "./evidence-session";

export const sessions = new WeakMap<object, EvidenceSession>();

const NONE_KNOWN: readonly KnownValue[] = [];

/** What this form's Evidence step removed from the raw evidence (memory only); nothing before the step ran. */
export const knownEvidenceValues = (form: { control: object }): readonly KnownValue[] =>
  sessions.get(form.control)?.knownValues() ?? NONE_KNOWN;
