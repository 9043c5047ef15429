// The wizard's draft: where the user is, which steps they have seen, and what they typed. The same envelope travels
// in the hidden `draft` input (no-JS flow) and in localStorage (autosave). Parsing never throws: a damaged draft is
// dropped, not trusted.
import { STEPS, isStepId, type StepId } from "~/ticket/steps";
import { emptyValues, sanitiseValues, type EvidenceValues, type WizardValues } from "./values";

export const DRAFT_STORAGE_KEY = "oh-ticket-draft-v1";
export const DRAFT_VERSION = 1;

export interface WizardDraft {
  version: typeof DRAFT_VERSION;
  /** The step on screen. */
  step: StepId;
  /** Steps the user has reached; the progress indicator lets them jump back to any of these. */
  visited: StepId[];
  /** Steps where the user pressed Next (or submitted): from then on their errors are shown in the progress. */
  attempted: StepId[];
  values: WizardValues;
  /** How many of the user's words to redact were left out of a stored draft (they are what the user wants hidden). */
  termsNotKept?: number;
}

export function newDraft(values: WizardValues = emptyValues()): WizardDraft {
  return { version: DRAFT_VERSION, step: "about", visited: ["about"], attempted: [], values };
}

const stepList = (value: unknown): StepId[] =>
  Array.isArray(value) ? STEPS.map((s) => s.id).filter((id) => value.includes(id)) : [];

/** Accepts the JSON text (hidden input, localStorage) or an already parsed object. Null when unusable. */
export function parseDraft(input: unknown): WizardDraft | null {
  let value = input;
  if (typeof input === "string") {
    if (!input.trim()) return null;
    try {
      value = JSON.parse(input);
    } catch {
      return null;
    }
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return null;
  const raw = value as Record<string, unknown>;
  if (raw.version !== DRAFT_VERSION) return null;
  const step = isStepId(raw.step) ? raw.step : "about";
  const termsNotKept =
    typeof raw.termsNotKept === "number" && Number.isInteger(raw.termsNotKept) && raw.termsNotKept > 0
      ? raw.termsNotKept
      : undefined;
  return withVisited({
    version: DRAFT_VERSION,
    step,
    visited: stepList(raw.visited),
    attempted: stepList(raw.attempted),
    values: sanitiseValues(raw.values),
    ...(termsNotKept ? { termsNotKept } : {}),
  });
}

export function serialiseDraft(draft: WizardDraft): string {
  return JSON.stringify(draft);
}

/** The current step always counts as visited, and so does every step before the furthest one reached. */
export function withVisited(draft: WizardDraft, also: StepId[] = []): WizardDraft {
  const ids = new Set<StepId>([...draft.visited, ...also, draft.step]);
  const furthest = Math.max(...STEPS.map((s, i) => (ids.has(s.id) ? i : -1)));
  return { ...draft, visited: STEPS.filter((_, i) => i <= furthest).map((s) => s.id) };
}

/**
 * What may be written to localStorage. Evidence text is kept only when `isRedacted` vouches for it (text the server
 * returned after redaction); unredacted items are left out entirely. Redaction terms are left out too: they are, by
 * definition, strings the user wants hidden (patient names, hostnames): how many were left out is recorded, so the
 * restore can say so. What the user restored as not personal data (`notPersonalData`) is kept: by definition it is not
 * personal data. The typed fields go through the privacy boundary separately (storableTypedFields, in the checks'
 * worker) before anything is written.
 */
export function draftForStorage(draft: WizardDraft, isRedacted: (item: EvidenceValues) => boolean): WizardDraft {
  const terms = draft.values.redactTerms.filter((t) => t.trim()).length;
  const stored: WizardDraft = {
    ...draft,
    values: { ...draft.values, evidence: draft.values.evidence.filter(isRedacted), redactTerms: [] },
  };
  delete stored.termsNotKept;
  return terms ? { ...stored, termsNotKept: terms } : stored;
}
