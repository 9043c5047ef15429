// The wizard's values as the user typed them, before the ticket schema turns them into a Ticket. Their type is derived
// from the schema (each field of a section as text), so a field the schema does not have cannot be named.
// `sanitiseValues` is the one gate for values coming from outside (posted form, hidden draft, localStorage): it keeps
// only known fields with string values, so odd input can never crash the wizard or smuggle in extra keys.
import type { Path } from "react-hook-form";
import type * as z from "zod/mini";
import type {
  aboutSchema,
  applicationSchema,
  evidenceItemSchema,
  exampleSchema,
  problemSchema,
  TicketInput,
} from "~/ticket/schema";
import { isRecord } from "~/lib/records";

/** A section as typed: each of the schema's fields as text, absent until answered (a radio group) or read. */
export type Answers<S extends z.ZodMiniType> = { [K in keyof z.input<S>]?: string };
/** A list item (an example, an evidence item): every field present, as text. */
type ItemText<S extends z.ZodMiniType> = { [K in keyof z.input<S>]-?: string };

export type ExampleValues = ItemText<typeof exampleSchema>;
export type EvidenceValues = ItemText<typeof evidenceItemSchema>;

export interface WizardValues {
  about: Answers<typeof aboutSchema>;
  application: Answers<typeof applicationSchema>;
  problem: Answers<typeof problemSchema>;
  examples: ExampleValues[];
  evidence: EvidenceValues[];
  redactTerms: string[];
  /** Values the user restored as not personal data (PHI false positives); optional for older drafts. */
  notPersonalData?: string[];
}

/** A field of the form by its path (`application.clientId`, `examples.0.occurredAt`): a typo does not compile. */
export type FieldName = Path<TicketInput>;

/**
 * A section's field names, in the schema's order, written out so the first page needs no zod: `keysOf` fails to
 * compile if one is missing or extra, and test/wizard/values.test.ts checks the order against the schema.
 */
const keysOf =
  <S extends z.ZodMiniType>() =>
  <const K extends ReadonlyArray<keyof z.input<S>>>(
    keys: K & (Exclude<keyof z.input<S>, K[number]> extends never ? unknown : "a field of the schema is missing"),
  ): K =>
    keys;

export const ABOUT_KEYS = keysOf<typeof aboutSchema>()([
  "opnMember",
  "healthcareDeveloperTrack",
  "codeProgramMember",
  "marketplacePresence",
  "onBehalfOfClient",
  "clientName",
]);
export const APPLICATION_KEYS = keysOf<typeof applicationSchema>()([
  "appId",
  "clientId",
  "appType",
  "smartVersion",
  "environment",
  "tenantId",
  "fhirBaseUrl",
  "requestedScopes",
  "grantedScopes",
  "scopesChangedAt",
]);
export const PROBLEM_KEYS = keysOf<typeof problemSchema>()(["workflow", "background", "expected", "actual"]);
export const EXAMPLE_KEYS = keysOf<typeof exampleSchema>()([
  "xRequestId",
  "cernerCorrelationId",
  "opcRequestId",
  "occurredAt",
  "method",
  "url",
  "status",
]);
/** A field of one example. */
export type ExampleField = (typeof EXAMPLE_KEYS)[number];
export const EVIDENCE_KEYS = keysOf<typeof evidenceItemSchema>()(["id", "kind", "label", "text"]);

const SECTION_KEYS: Record<string, readonly string[]> = {
  about: ABOUT_KEYS,
  application: APPLICATION_KEYS,
  problem: PROBLEM_KEYS,
};
/** Lists of items, and lists of plain strings (no keys under an index). */
const LIST_KEYS: Record<string, readonly string[]> = {
  examples: EXAMPLE_KEYS,
  evidence: EVIDENCE_KEYS,
  redactTerms: [],
  notPersonalData: [],
};
const INDEX = /^\d{1,6}$/;

/** Whether a name from outside (a server's error key) is a field of the form, so it can be given to react-hook-form. */
export function isFieldName(name: string): name is FieldName {
  const [head, second, third, ...rest] = name.split(".");
  if (rest.length > 0) return false;
  if (Object.hasOwn(SECTION_KEYS, head))
    return third === undefined && (second === undefined || SECTION_KEYS[head].includes(second));
  if (!Object.hasOwn(LIST_KEYS, head)) return false;
  if (second === undefined) return true;
  if (!INDEX.test(second)) return false;
  return third === undefined || LIST_KEYS[head].includes(third);
}

/** Radio groups: absent until answered, so no choice is pre-selected. */
const CHOICE_KEYS: ReadonlySet<string> = new Set([
  "opnMember",
  "healthcareDeveloperTrack",
  "codeProgramMember",
  "marketplacePresence",
  "onBehalfOfClient",
  "appType",
  "smartVersion",
  "environment",
] satisfies Array<(typeof ABOUT_KEYS)[number] | (typeof APPLICATION_KEYS)[number]>);

/** More than the schema allows, so the schema (not the sanitiser) tells the user about the limit. */
export const MAX_EXAMPLES_KEPT = 40;
export const MAX_EVIDENCE_KEPT = 60;
export const MAX_TERMS_KEPT = 200;

/** A field of an outside value as text: a string as it is, a finite number as its digits, anything else absent. */
function textOf(value: unknown, key: string): string | undefined {
  if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
  const v = value[key];
  return typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : undefined;
}

const textReader =
  (value: unknown) =>
  (key: string): string =>
    textOf(value, key) ?? "";

function sanitiseSection<K extends string>(value: unknown, keys: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  for (const key of keys) {
    const text = textOf(value, key);
    if (text !== undefined || !CHOICE_KEYS.has(key)) out[key] = text ?? "";
  }
  return out;
}

function exampleFrom(value: unknown): ExampleValues {
  const text = textReader(value);
  return {
    xRequestId: text("xRequestId"),
    cernerCorrelationId: text("cernerCorrelationId"),
    opcRequestId: text("opcRequestId"),
    occurredAt: text("occurredAt"),
    method: text("method"),
    url: text("url"),
    status: text("status"),
  };
}

export function evidenceFrom(value: unknown): EvidenceValues {
  const text = textReader(value);
  return { id: text("id"), kind: text("kind"), label: text("label"), text: text("text") };
}

export const emptyExample = (): ExampleValues => exampleFrom({});

export const emptyEvidence = (id: string): EvidenceValues => ({ id, kind: "text", label: "", text: "" });

export function emptyValues(): WizardValues {
  return {
    about: sanitiseSection({}, ABOUT_KEYS),
    application: sanitiseSection({}, APPLICATION_KEYS),
    problem: sanitiseSection({}, PROBLEM_KEYS),
    examples: [emptyExample()],
    evidence: [],
    redactTerms: [],
  };
}

function sanitiseList<T>(value: unknown, max: number, itemFrom: (item: unknown) => T): T[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, max).filter(isRecord).map(itemFrom);
}

/**
 * "Also redact these words": one per line or comma-separated (the textarea, the same with and without JavaScript), or
 * a list (RHF, drafts). Trimmed; blanks and duplicates dropped.
 */
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

/** A fresh evidence id that is not yet taken: evidence-1, evidence-2, … */
export function nextEvidenceId(items: ReadonlyArray<{ id?: unknown }>): string {
  const taken = new Set(items.map((i) => i.id));
  for (let n = 1; ; n++) {
    const id = `evidence-${n}`;
    if (!taken.has(id)) return id;
  }
}

/** Every evidence item gets a usable, unique id (1–64 characters, as the schema wants). */
export function withEvidenceIds(items: EvidenceValues[]): EvidenceValues[] {
  const seen = new Set<string>();
  const out: EvidenceValues[] = [];
  for (const item of items) {
    let id = item.id.trim();
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
    examples: sanitiseList(v.examples, MAX_EXAMPLES_KEPT, exampleFrom),
    evidence: withEvidenceIds(sanitiseList(v.evidence, MAX_EVIDENCE_KEPT, evidenceFrom)),
    redactTerms: termsFrom(v.redactTerms),
    ...notPersonalDataOf(listFrom(v.notPersonalData)),
  };
}

/** `notPersonalData` only when the user restored something (values and drafts without it keep their shape). */
export const notPersonalDataOf = (list: string[]): Pick<WizardValues, "notPersonalData"> =>
  list.length ? { notPersonalData: list } : {};
