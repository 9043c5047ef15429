// The wizard's quick checks, answered in the worker (or on the page when no worker can run), the same pure functions
// either way: the live diagnosis of the form, the privacy notes of its typed fields, its typed fields as a draft may
// keep them, the form's validation with the ticket schema (react-hook-form's resolver and each step's validity for
// the progress indicator) and a typed date and time as the ticket will store it, so zod, the schema and the date
// reader need not load on the page. Requests and answers are plain data (structured clone). Never throws: a check
// that fails answers `ok: false`, with no detail (an error text could quote what the user typed).
import { diagnose } from "~/diagnosis/diagnose";
import type { LiveInput } from "~/diagnosis/live-input";
import type { Diagnosis } from "~/diagnosis/types";
import { fieldNotes, storableTypedFields, type FieldNote, type NotesInput } from "~/privacy/field-notes";
import type { TypedField } from "~/privacy/typed-fields";
import type { BoundaryPolicy } from "~/privacy/ticket-boundary";
import type { KnownValue } from "~/redaction/redact";
import type { StepId } from "~/ticket/steps";
import { normaliseTimestamp, type TimestampResult } from "~/ticket/timestamp";
import { validateForm, type FormCheck } from "~/wizard/validate-form";
import { stepValidity } from "~/wizard/validate-step";

/** The typed fields' privacy pass: the form's values, the redaction policy and what the evidence's redaction removed. */
interface TypedFieldsRequest {
  values: NotesInput;
  policy: BoundaryPolicy;
  /** Values removed from the raw evidence (memory only): found in a field, they take the evidence's placeholder. */
  known: readonly KnownValue[];
}

interface Checks {
  diagnosis: { request: { input: LiveInput }; answer: Diagnosis };
  "field-notes": { request: TypedFieldsRequest; answer: Record<string, FieldNote> };
  /** Each typed field as a draft may keep it. */
  "storable-fields": { request: TypedFieldsRequest; answer: TypedField[] };
  /** The whole form against the ticket schema (react-hook-form's resolver): the values as the form holds them. */
  "validate-form": { request: { values: unknown }; answer: FormCheck };
  /** Whether each step is valid (the progress indicator): the values as the form holds them. */
  "step-validity": { request: { values: unknown }; answer: Record<StepId, boolean> };
  /** A date and time as typed, read as the schema reads it (the "Stored as" line under the field). */
  timestamp: { request: { value: string }; answer: TimestampResult };
}

export type CheckName = keyof Checks;
export type CheckRequest<K extends CheckName = CheckName> = { check: K } & Checks[K]["request"];
export type CheckAnswer<K extends CheckName = CheckName> = Checks[K]["answer"];
export type CheckResult<K extends CheckName = CheckName> = { ok: true; answer: CheckAnswer<K> } | { ok: false };

/** diagnose() over what the form holds. */
export function diagnoseLive(input: LiveInput): Diagnosis {
  return diagnose({
    ticket: { application: input.application, problem: input.problem, examples: input.examples },
    evidence: input.evidence,
  });
}

const CHECKS: { [K in CheckName]: (request: CheckRequest<K>) => CheckAnswer<K> } = {
  diagnosis: ({ input }) => diagnoseLive(input),
  "field-notes": ({ values, policy, known }) => fieldNotes(values, policy, { evidenceKnown: known }),
  "storable-fields": ({ values, policy, known }) => storableTypedFields(values, policy, { evidenceKnown: known }),
  "validate-form": ({ values }) => validateForm(values),
  "step-validity": ({ values }) => stepValidity(values),
  timestamp: ({ value }) => normaliseTimestamp(String(value)),
};

const isCheckName = (name: unknown): name is CheckName =>
  typeof name === "string" && Object.prototype.hasOwnProperty.call(CHECKS, name);

export function answerCheck<K extends CheckName>(request: CheckRequest<K>): CheckResult<K> {
  try {
    if (!isCheckName(request?.check)) return { ok: false };
    const check = CHECKS[request.check] as (request: CheckRequest<K>) => CheckAnswer<K>;
    return { ok: true, answer: check(request) };
  } catch {
    return { ok: false };
  }
}
