// The wizard's values as the user typed them (strings only), before the ticket schema turns them into a Ticket.
// `sanitiseValues` is the one gate for values coming from outside (posted form, hidden draft, localStorage): it keeps
// only known fields with string values, so odd input can never crash the wizard or smuggle in extra keys.
import {
  EVIDENCE_KINDS,
  aboutSchema,
  applicationSchema,
  evidenceItemSchema,
  exampleSchema,
  problemSchema,
  type EvidenceKind,
} from "~/ticket/schema";
import { isRecord } from "~/lib/records";

export type SectionValues = Record<string, string>;

export interface WizardValues {
  about: SectionValues;
  application: SectionValues;
  problem: SectionValues;
  examples: SectionValues[];
  evidence: SectionValues[];
  redactTerms: string[];
  /** Values the user restored as not personal data (PHI false positives); optional for older drafts. */
  notPersonalData?: string[];
}

export const ABOUT_KEYS = Object.keys(aboutSchema.shape);
export const APPLICATION_KEYS = Object.keys(applicationSchema.shape);
export const PROBLEM_KEYS = Object.keys(problemSchema.shape);
export const EXAMPLE_KEYS = Object.keys(exampleSchema.shape);
export const EVIDENCE_KEYS = Object.keys(evidenceItemSchema.shape);

/** Radio groups: absent until answered, so no choice is pre-selected. */
const CHOICE_KEYS = new Set([
  "opnMember",
  "healthcareDeveloperTrack",
  "codeProgramMember",
  "marketplacePresence",
  "onBehalfOfClient",
  "appType",
  "smartVersion",
  "environment",
]);

/** More than the schema allows, so the schema (not the sanitiser) tells the user about the limit. */
export const MAX_EXAMPLES_KEPT = 40;
export const MAX_EVIDENCE_KEPT = 60;
export const MAX_TERMS_KEPT = 200;

const blankSection = (keys: string[]): SectionValues =>
  Object.fromEntries(keys.filter((k) => !CHOICE_KEYS.has(k)).map((k) => [k, ""]));

export const emptyExample = (): SectionValues => blankSection(EXAMPLE_KEYS);

export const emptyEvidence = (id: string): SectionValues => ({ id, kind: "text", label: "", text: "" });

export function emptyValues(): WizardValues {
  return {
    about: blankSection(ABOUT_KEYS),
    application: blankSection(APPLICATION_KEYS),
    problem: blankSection(PROBLEM_KEYS),
    examples: [emptyExample()],
    evidence: [],
    redactTerms: [],
  };
}

function sanitiseSection(value: unknown, keys: string[]): SectionValues {
  const out = blankSection(keys);
  if (!isRecord(value)) return out;
  for (const key of keys) {
    if (!Object.hasOwn(value, key)) continue;
    const v = value[key];
    if (typeof v === "string") out[key] = v;
    else if (typeof v === "number" && Number.isFinite(v)) out[key] = String(v);
  }
  return out;
}

function sanitiseList(value: unknown, keys: string[], max: number): SectionValues[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, max)
    .filter(isRecord)
    .map((item) => sanitiseSection(item, keys));
}

/** One term a line (the textarea), or a list (RHF, drafts). Blank lines are dropped. */
/** "Also redact these words": one per line or comma-separated (the same with and without JavaScript). */
export function termsFrom(value: unknown): string[] {
  const list = typeof value === "string" ? value.split(/[\r\n,]+/) : Array.isArray(value) ? value : [];
  const terms = list
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(terms)].slice(0, MAX_TERMS_KEPT);
}

/** A list of strings (RHF, drafts): trimmed, blanks and duplicates dropped. Unlike terms, values are never split. */
export function listFrom(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  const out = list
    .filter((t): t is string => typeof t === "string")
    .map((t) => t.trim())
    .filter(Boolean);
  return [...new Set(out)].slice(0, MAX_TERMS_KEPT);
}

/** The no-JavaScript kind select's "Detect from the text": the server detects the kind from the posted text. */
export const DETECT_KIND = "detect";

export const isEvidenceKind = (value: unknown): value is EvidenceKind =>
  typeof value === "string" && (EVIDENCE_KINDS as readonly string[]).includes(value);

/** A fresh evidence id that is not yet taken: evidence-1, evidence-2, … */
export function nextEvidenceId(items: ReadonlyArray<{ id?: unknown }>): string {
  const taken = new Set(items.map((i) => i.id));
  for (let n = 1; ; n++) {
    const id = `evidence-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Every evidence item gets a usable, unique id (1–64 characters, as the schema wants). */
export function withEvidenceIds(items: SectionValues[]): SectionValues[] {
  const seen = new Set<string>();
  const out: SectionValues[] = [];
  for (const item of items) {
    let id = item.id?.trim() ?? "";
    if (!/^[\w.:-]{1,64}$/.test(id) || seen.has(id)) id = nextEvidenceId([...out, ...items]);
    seen.add(id);
    out.push({ ...item, id });
  }
  return out;
}

export function sanitiseValues(value: unknown): WizardValues {
  const v = isRecord(value) ? value : {};
  return {
    about: sanitiseSection(v.about, ABOUT_KEYS),
    application: sanitiseSection(v.application, APPLICATION_KEYS),
    problem: sanitiseSection(v.problem, PROBLEM_KEYS),
    examples: sanitiseList(v.examples, EXAMPLE_KEYS, MAX_EXAMPLES_KEPT),
    evidence: withEvidenceIds(sanitiseList(v.evidence, EVIDENCE_KEYS, MAX_EVIDENCE_KEPT)),
    redactTerms: termsFrom(v.redactTerms),
    ...notPersonalDataOf(listFrom(v.notPersonalData)),
  };
}

/** `notPersonalData` only when the user restored something (values and drafts without it keep their shape). */
export const notPersonalDataOf = (list: string[]): Pick<WizardValues, "notPersonalData"> =>
  list.length ? { notPersonalData: list } : {};
