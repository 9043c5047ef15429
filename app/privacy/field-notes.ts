// What the wizard says under a typed field while the user types: what the ticket's privacy boundary would replace in
// it (type and line, never the value), the field rewritten with placeholders (for "Redact it"), and — for "It is not
// personal data" — the personal-data values it found (memory only). A field too big to be an answer, or holding a
// capture, is not scanned: the note says to move it to Evidence. Pure; one pass over the typed fields.
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/ticket/schema";
import {
  boundaryRedactor,
  redactFields,
  type BoundaryOptions,
  type BoundaryPolicy,
  type FieldFinding,
} from "./ticket-boundary";
import type { Redactor } from "~/redaction/redact";
import { typedFields, type TypedField, type TypedParts } from "./typed-fields";

/** Past this many characters a field is not an answer any more (the schema allows 10,000): it is not scanned. */
export const MAX_SCANNED_FIELD = 20_000;
/** Kinds of evidence that belong in the Evidence step, where they are parsed and redacted by structure. */
const CAPTURE_KINDS = new Set<EvidenceKind>(["har", "http", "curl-verbose", "token-response", "fhir-json"]);
/** A short JSON or HTTP line quoted in an answer is fine; a capture is longer than this. */
const CAPTURE_MIN_LENGTH = 400;

export interface FieldNote {
  path: string;
  /** Set when the field should move to Evidence: "size" (too long to scan) or the kind of capture it holds. */
  move?: { reason: "size"; length: number } | { reason: "capture"; kind: EvidenceKind };
  findings: FieldFinding[];
  /** The field with every finding replaced by its placeholder. */
  redacted: string;
  /** Placeholder → value of the personal-data findings (never secrets or the user's words). Memory only. */
  personal: Record<string, string>;
}

export interface NotesInput extends TypedParts {
  evidence?: ReadonlyArray<{ label?: string; text?: string }>;
}

const sensitiveMove = (text: string): FieldNote["move"] => {
  if (text.length > MAX_SCANNED_FIELD) return { reason: "size", length: text.length };
  if (text.length < CAPTURE_MIN_LENGTH) return undefined;
  const kind = detectKind(text);
  return CAPTURE_KINDS.has(kind) ? { reason: "capture", kind } : undefined;
};

/** A boundary redactor for a form's values: the placeholders already in the form keep their numbers. */
function formRedactor(
  values: NotesInput,
  fields: readonly TypedField[],
  policy: BoundaryPolicy,
  options: BoundaryOptions,
): Redactor {
  const redactor = boundaryRedactor(policy, options);
  for (const item of values.evidence ?? []) if (typeof item?.text === "string") redactor.reserve(item.text);
  for (const field of fields) redactor.reserve(field.text);
  return redactor;
}

/**
 * Every typed field as a draft may keep it, as the export would show it (secrets, personal data and the user's words
 * replaced; values marked as not personal data kept). A field too long to scan is emptied, and so is every typed
 * field if the redaction fails: fail closed. Plain data, so the answer can cross from a worker.
 */
export function storableTypedFields(
  values: NotesInput,
  policy: BoundaryPolicy,
  options: BoundaryOptions = {},
): TypedField[] {
  const fields = typedFields(values);
  const small = fields.filter((f) => f.text.length <= MAX_SCANNED_FIELD);
  const dropped = fields.filter((f) => f.text.length > MAX_SCANNED_FIELD).map((f) => ({ path: f.path, text: "" }));
  try {
    const redacted = redactFields(formRedactor(values, fields, policy, options), small);
    return [...redacted.map(({ path, text }) => ({ path, text })), ...dropped];
  } catch {
    return fields.map((f) => ({ path: f.path, text: "" }));
  }
}

/** The notes of every typed field that has something to say, by field name. */
export function fieldNotes(
  values: NotesInput,
  policy: BoundaryPolicy,
  options: BoundaryOptions = {},
): Record<string, FieldNote> {
  const fields = typedFields(values);
  // Placeholders already in the form keep their numbers: "Redact it" never reuses one for another value.
  const redactor = formRedactor(values, fields, policy, options);
  const out: Record<string, FieldNote> = {};
  const scanned = fields.filter((field) => {
    const move = sensitiveMove(field.text);
    if (move) out[field.path] = { path: field.path, move, findings: [], redacted: field.text, personal: {} };
    return !move || move.reason === "capture";
  });
  const results = redactFields(redactor, scanned);
  const valueOf = new Map(redactor.knownValues().map((k) => [k.placeholder, k]));
  for (const result of results) {
    if (!result.findings.length && !out[result.path]) continue;
    const personal: Record<string, string> = {};
    for (const f of result.findings) {
      const known = valueOf.get(f.placeholder);
      if (f.restorable && known?.category === "phi") personal[f.placeholder] = known.value;
    }
    out[result.path] = {
      ...out[result.path],
      path: result.path,
      findings: result.findings,
      redacted: result.text,
      personal,
    };
  }
  return out;
}
