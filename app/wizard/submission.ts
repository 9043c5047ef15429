// The wizard's server side as a pure function: a posted form (already nested by formDataToObject) → the next page.
// Used by the Remix action for the no-JavaScript flow and for the final submit with JavaScript. It never throws on odd
// input, validates with the ticket's own step schemas, and redacts evidence before it enters the draft or the ticket
// (fail closed: evidence that cannot be redacted is dropped with a field error).
import type { EvidenceText } from "~/evidence/model";
import { detectKind } from "~/evidence/detect";
import { createRedactor } from "~/redaction/redact";
import type { RedactedItem, RedactionFinding, RedactionPolicy } from "~/redaction/types";
import { SANDBOX_TENANT, isEnvironment, isEvidenceKind, type Environment } from "~/ticket/choices";
import { ticketSchema, type FieldErrors, type Ticket } from "~/ticket/schema";
import { MAX_EVIDENCE_TEXT, MAX_TERM_LENGTH, megabytes } from "~/ticket/limits";
import { STEPS, isStepId, stepIndex, type StepId } from "~/ticket/steps";
import { newDraft, parseDraft, withVisited, type WizardDraft } from "./draft";
import { parseIntent, type Intent } from "./intent";
import { sampleValues } from "./sample";
import type { UploadedFile } from "./read-form.server";
import { evidenceFromUploads } from "./uploads";
import { validateStep, validateTicket } from "./validate-step";
import {
  MAX_EVIDENCE_KEPT,
  MAX_EXAMPLES_KEPT,
  emptyEvidence,
  emptyExample,
  nextEvidenceId,
  notPersonalDataOf,
  sanitiseValues,
  type WizardValues,
} from "./values";

export const REDACTION_FAILED = "Redaction failed; this evidence was not added";

/** Longest value kept for an identifier field, any other answer, and an evidence text (the schema's own limit). */
export const MAX_IDENTIFIER_LENGTH = 1_000;
export const MAX_ANSWER_LENGTH = 20_000;

const IDENTIFIER_FIELDS = new Set([
  "appId",
  "clientId",
  "tenantId",
  "xRequestId",
  "cernerCorrelationId",
  "opcRequestId",
]);

export interface EvidenceRedaction {
  findings: RedactionFinding[];
  warnings: string[];
}

export type WizardResponse =
  | { kind: "step"; step: StepId; draft: WizardDraft; errors: FieldErrors; message?: string }
  | { kind: "complete"; draft: WizardDraft; ticket: Ticket; redaction: Record<string, EvidenceRedaction> };

export interface WizardOutcome {
  status: 200 | 400;
  body: WizardResponse;
}

export interface SubmissionDeps {
  createRedactor: (policy: RedactionPolicy) => {
    redact(item: EvidenceText): RedactedItem;
    reserve?(text: string): void;
    settleItem?(redacted: RedactedItem): RedactedItem;
  };
}

const defaultDeps: SubmissionDeps = { createRedactor };

/** The redaction policy follows the environment; until it is known, the strictest (client production) applies. */
export function redactionEnvironment(values: WizardValues): Environment {
  const env = values.application.environment;
  return isEnvironment(env) ? env : "client-prod";
}

/** "Detect from the text" (no JavaScript), or a kind that is not one: detected from the text, as the browser does. */
function detectedKind(item: WizardValues["evidence"][number]): WizardValues["evidence"][number] {
  if (isEvidenceKind(item.kind) && item.kind !== "text") return item;
  if (item.kind === "text" || !item.text?.trim())
    return { ...item, kind: isEvidenceKind(item.kind) ? item.kind : "text" };
  return { ...item, kind: detectKind(item.text) };
}

/** Replace the section the step on screen edits with what was posted for it. */
function foldStep(values: WizardValues, step: StepId, posted: WizardValues): WizardValues {
  switch (step) {
    case "about":
    case "application":
    case "problem":
      return { ...values, [step]: posted[step] };
    case "examples":
      return { ...values, examples: posted.examples };
    case "evidence":
      return { ...values, evidence: posted.evidence.map(detectedKind), redactTerms: posted.redactTerms };
    case "review":
      return values;
  }
}

/**
 * The sandbox tenant is filled in when the environment is the sandbox and the tenant is empty (never overwritten), and
 * emptied again when the environment was just switched from the sandbox to a client domain.
 */
export function prefillTenant(values: WizardValues, previousEnvironment?: string): WizardValues {
  const app = values.application;
  const tenant = (app.tenantId ?? "").trim();
  if (app.environment === "sandbox" && !tenant) {
    return { ...values, application: { ...app, tenantId: SANDBOX_TENANT } };
  }
  if (
    previousEnvironment === "sandbox" &&
    app.environment !== "sandbox" &&
    app.environment &&
    tenant === SANDBOX_TENANT
  ) {
    return { ...values, application: { ...app, tenantId: "" } };
  }
  return values;
}

const tooLong = (length: number, limit: number) =>
  `This answer is too long to keep (${length.toLocaleString("en-US")} characters; the limit is ${limit.toLocaleString(
    "en-US",
  )}). It was not kept: shorten it and enter it again.`;

/** Values far past any limit are dropped (never echoed back into the page) with a message at their field. */
function dropOversized(values: WizardValues): { values: WizardValues; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const section = <T extends Partial<Record<string, string>>>(name: string, record: T): T => {
    let out = record;
    for (const [key, value] of Object.entries(record)) {
      const limit =
        key === "text" && name.startsWith("evidence.")
          ? MAX_EVIDENCE_TEXT
          : IDENTIFIER_FIELDS.has(key)
            ? MAX_IDENTIFIER_LENGTH
            : MAX_ANSWER_LENGTH;
      if (value === undefined || value.length <= limit) continue;
      errors[`${name}.${key}`] =
        limit === MAX_EVIDENCE_TEXT
          ? `This evidence is over ${megabytes(MAX_EVIDENCE_TEXT)}: keep the failing exchange only. It was not kept.`
          : tooLong(value.length, limit);
      out = { ...out, [key]: "" };
    }
    return out;
  };
  const out: WizardValues = {
    about: section("about", values.about),
    application: section("application", values.application),
    problem: section("problem", values.problem),
    examples: values.examples.map((e, i) => section(`examples.${i}`, e)),
    evidence: values.evidence.map((e, i) => section(`evidence.${i}`, e)),
    redactTerms: values.redactTerms.filter((t, i) => {
      if (t.length <= MAX_ANSWER_LENGTH) return true;
      errors[`redactTerms.${i}`] = tooLong(t.length, MAX_ANSWER_LENGTH);
      return false;
    }),
    // Not shown anywhere to correct: a value past the schema's limit is simply not kept (it is redacted again).
    ...notPersonalDataOf((values.notPersonalData ?? []).filter((t) => t.length <= MAX_TERM_LENGTH)),
  };
  return { values: out, errors };
}

/** Redact every evidence text with one redactor (stable placeholders across items). Fail closed, item by item. */
export function redactEvidence(
  values: WizardValues,
  deps: SubmissionDeps = defaultDeps,
): { values: WizardValues; errors: FieldErrors; redaction: Record<string, EvidenceRedaction> } {
  const errors: FieldErrors = {};
  const redaction: Record<string, EvidenceRedaction> = {};
  if (!values.evidence.some((item) => item.text)) return { values, errors, redaction };
  let redactor: ReturnType<SubmissionDeps["createRedactor"]> | null = null;
  try {
    const terms = values.redactTerms.filter((t) => t.length <= MAX_TERM_LENGTH);
    // What the user restored as not personal data stays (PHI only: secrets and terms are redacted regardless).
    const keep = (values.notPersonalData ?? []).filter((t) => t.length <= MAX_TERM_LENGTH);
    redactor = deps.createRedactor({
      environment: redactionEnvironment(values),
      terms,
      restored: [],
      ...(keep.length ? { keep } : {}),
    });
  } catch {
    redactor = null;
  }
  // The numbers of placeholders already in any item are taken before the first new value is numbered.
  for (const item of values.evidence) if (item.text) redactor?.reserve?.(item.text);
  const failed = (i: number) => {
    errors[`evidence.${i}.text`] = REDACTION_FAILED;
    return null;
  };
  const results = values.evidence.map((item, i) => {
    if (!item.text) return null;
    try {
      if (!redactor) throw new Error("no redactor");
      const kind = isEvidenceKind(item.kind) ? item.kind : "text";
      const result = redactor.redact({ id: item.id, kind, text: item.text });
      if (typeof result?.text !== "string") throw new Error("no text");
      return result;
    } catch {
      return failed(i);
    }
  });
  // What the step shows is what the export sends: a login or secret found further down goes from the items above it.
  const evidence = values.evidence.map((item, i) => {
    if (!item.text) return item;
    let result = results[i];
    try {
      if (result && redactor?.settleItem) result = redactor.settleItem(result);
    } catch {
      result = failed(i);
    }
    if (!result) return { ...item, text: "" };
    redaction[item.id] = { findings: result.findings ?? [], warnings: result.warnings ?? [] };
    return { ...item, text: result.text };
  });
  return { values: { ...values, evidence }, errors, redaction };
}

/** The errors that belong to one step's fields. */
function only(errors: FieldErrors, step: StepId): FieldErrors {
  if (step === "review") return errors;
  const heads = step === "evidence" ? ["evidence", "redactTerms"] : [step];
  return Object.fromEntries(Object.entries(errors).filter(([k]) => heads.includes(k.split(".")[0])));
}

/**
 * Files posted on the Evidence step join its list as new items (raw text, redacted next with everything else). A file
 * that is refused is reported at the list; the rest of the post (typed fields, other files) is kept.
 */
function withUploads(
  values: WizardValues,
  files: readonly UploadedFile[],
): { values: WizardValues; errors: FieldErrors; notes: string[]; added: Set<string> } {
  if (files.length === 0) return { values, errors: {}, notes: [], added: new Set() };
  const outcome = evidenceFromUploads(files, values.evidence);
  return {
    values: { ...values, evidence: [...values.evidence, ...outcome.items] },
    errors: outcome.refused.length ? { evidence: outcome.refused.join(" ") } : {},
    notes: outcome.notes,
    added: new Set(outcome.items.map((item) => item.id)),
  };
}

/**
 * Uploaded files (the last items) whose redaction failed or is still past the schema's 8 MB are taken out again, each
 * with a message at the list instead of an error at an item the user never saw.
 */
function settleUploads(
  values: WizardValues,
  errors: FieldErrors,
  added: Set<string>,
): { values: WizardValues; errors: FieldErrors; refused: string[] } {
  if (added.size === 0) return { values, errors, refused: [] };
  const refused: string[] = [];
  const kept: FieldErrors = {};
  for (const [key, text] of Object.entries(errors)) {
    const i = /^evidence\.(\d+)\.text$/.exec(key);
    if (!i || !added.has(values.evidence[Number(i[1])]?.id ?? "")) kept[key] = text;
  }
  let n = 0;
  const evidence = values.evidence.filter((item) => {
    if (!added.has(item.id)) return true;
    n++;
    if (item.text && item.text.length <= MAX_EVIDENCE_TEXT) return true;
    refused.push(
      item.text
        ? `Uploaded file ${n} is still over ${megabytes(MAX_EVIDENCE_TEXT)} after redaction, so it was not added: export only the failing requests and add that.`
        : `Uploaded file ${n} could not be redacted, so it was not added.`,
    );
    return false;
  });
  return { values: { ...values, evidence }, errors: kept, refused };
}

/**
 * Handle one post of the wizard form. `input` is the nested form (`formDataToObject`); `files` are the evidence files
 * posted with it (read in memory by read-form.server.ts), taken on the Evidence step only.
 */
export function handleWizardPost(
  input: Record<string, unknown>,
  deps: SubmissionDeps = defaultDeps,
  files: readonly UploadedFile[] = [],
): WizardOutcome {
  const parsed = parseDraft(input.draft);
  let message: string | undefined;
  if (input.draft !== undefined && !parsed) {
    message =
      "The progress carried in this page could not be read, so the wizard started again from what you just sent.";
  }
  const base = parsed ?? newDraft();
  const step: StepId = isStepId(input.step) ? input.step : base.step;
  const intent: Intent | null = parseIntent(input.intent);

  let values = step === "review" ? base.values : foldStep(base.values, step, sanitiseValues(input));
  if (step === "application") values = prefillTenant(values, base.values.application.environment);
  const oversized = dropOversized(values);
  values = oversized.values;
  let fatal: FieldErrors = oversized.errors;
  const uploads = withUploads(values, step === "evidence" ? files : []);
  values = uploads.values;
  let redaction: Record<string, EvidenceRedaction> = {};
  // Every post, whatever its step: the evidence in the hidden draft comes from the client and may have been edited, so
  // it is redacted again (idempotent on text redacted before) before anything of it is sent back.
  {
    const redacted = redactEvidence(values, deps);
    const settled = settleUploads(redacted.values, redacted.errors, uploads.added);
    values = settled.values;
    redaction = redacted.redaction;
    fatal = { ...fatal, ...settled.errors };
    const refused = [uploads.errors.evidence, ...settled.refused].filter(Boolean).join(" ");
    if (refused) fatal = { ...fatal, evidence: refused };
  }
  if (uploads.notes.length) message = [message, ...uploads.notes].filter(Boolean).join(" ");

  let draft: WizardDraft = withVisited({ ...base, step, values });
  const attempt = (s: StepId) => (draft.attempted.includes(s) ? draft.attempted : [...draft.attempted, s]);
  const stay = (status: 200 | 400, errors: FieldErrors, note?: string): WizardOutcome => ({
    status,
    body: { kind: "step", step, draft, errors, message: note ?? message },
  });
  const moveTo = (target: StepId): WizardOutcome => {
    const here = only(fatal, step);
    if (Object.keys(here).length > 0) return stay(400, { ...shownErrors(draft, step), ...here });
    draft = withVisited({ ...draft, step: target });
    return {
      status: 200,
      body: { kind: "step", step: target, draft, errors: { ...shownErrors(draft, target), ...fatal }, message },
    };
  };

  if (!intent) return stay(400, fatal, "That button is not one this wizard knows. Use Back or Next.");

  switch (intent.type) {
    case "next": {
      if (step === "review") return submit();
      draft = { ...draft, attempted: attempt(step) };
      const errors = { ...validateStep(step, values), ...fatal };
      if (Object.keys(only(errors, step)).length > 0) return stay(400, errors);
      return moveTo(STEPS[stepIndex(step) + 1].id);
    }
    case "back":
      return moveTo(STEPS[Math.max(0, stepIndex(step) - 1)].id);
    case "goto":
      if (!draft.visited.includes(intent.step)) {
        return stay(
          400,
          { ...shownErrors(draft, step), ...fatal },
          "Go through the steps in order: you can jump only to a step you have already reached.",
        );
      }
      return moveTo(intent.step);
    case "add-example":
    case "remove-example":
    case "add-evidence":
    case "remove-evidence": {
      draft = { ...draft, values: editList(values, intent) };
      const errors = { ...shownErrors(draft, step), ...(intent.type.startsWith("remove") ? {} : fatal) };
      return stay(Object.keys(fatal).length > 0 && !intent.type.startsWith("remove") ? 400 : 200, errors);
    }
    case "upload-evidence": {
      // The no-JavaScript "Add the chosen files": the files were taken above; the step stays on screen to show them.
      const errors = { ...shownErrors(draft, step), ...fatal };
      if (step === "evidence" && files.length === 0 && !errors.evidence) {
        errors.evidence = "No file was chosen: choose one or more files, then press Add the chosen files.";
      }
      return stay(Object.keys(only(errors, step)).length > 0 ? 400 : 200, errors);
    }
    case "submit":
      return submit();
    case "sample": {
      // "Try it with a sample": the seed case at Review, every step reachable (it replaces what was typed).
      const sampleDraft: WizardDraft = { ...newDraft(sampleValues()), step: "review", visited: STEPS.map((s) => s.id) };
      return { status: 200, body: { kind: "step", step: "review", draft: sampleDraft, errors: {} } };
    }
  }

  function submit(): WizardOutcome {
    draft = withVisited({ ...draft, step: "review", attempted: STEPS.map((s) => s.id) }, ["review"]);
    const errors = { ...validateTicket(values), ...fatal };
    if (Object.keys(errors).length > 0) {
      return { status: 400, body: { kind: "step", step: "review", draft, errors, message } };
    }
    const result = ticketSchema.safeParse(values);
    if (!result.success) return { status: 400, body: { kind: "step", step: "review", draft, errors, message } };
    return { status: 200, body: { kind: "complete", draft, ticket: result.data, redaction } };
  }
}

/** Errors worth showing on a step the user returns to: only once they have pressed Next there. */
function shownErrors(draft: WizardDraft, step: StepId): FieldErrors {
  return draft.attempted.includes(step) ? validateStep(step, draft.values) : {};
}

function editList(values: WizardValues, intent: Intent): WizardValues {
  switch (intent.type) {
    case "add-example":
      return values.examples.length >= MAX_EXAMPLES_KEPT
        ? values
        : { ...values, examples: [...values.examples, emptyExample()] };
    case "remove-example":
      return { ...values, examples: values.examples.filter((_, i) => i !== intent.index) };
    case "add-evidence":
      return values.evidence.length >= MAX_EVIDENCE_KEPT
        ? values
        : { ...values, evidence: [...values.evidence, emptyEvidence(nextEvidenceId(values.evidence))] };
    case "remove-evidence":
      return { ...values, evidence: values.evidence.filter((_, i) => i !== intent.index) };
    default:
      return values;
  }
}
