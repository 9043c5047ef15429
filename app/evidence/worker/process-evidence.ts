// One pass over a ticket's evidence, the same on the page and in the Web Worker: redact every item with ONE redactor
// (the same value → the same placeholder across items), then parse the RAW text of the items that redacted cleanly
// and extract suggested form values. Pure: no DOM, no React, no Node. A generator, so a caller can report progress
// and yield to the event loop (or stop) between items.
//
// Fail closed, item by item: an item whose redaction throws comes back as `ok: false` and its text goes nowhere; the
// other items are unaffected. Error messages never quote evidence.
import type { EvidenceText } from "~/evidence/model";
import { parseEvidence } from "~/evidence/parse";
import { extractSuggestions, type Suggestions } from "~/evidence/extract";
import { createRedactor, type KnownValue, type Redactor } from "~/redaction/redact";
import type { RedactedItem } from "~/redaction/types";
import type { Environment } from "~/ticket/schema";

export interface ProcessRequest {
  items: EvidenceText[];
  environment: Environment;
  /** The user's extra terms to redact everywhere. */
  terms: string[];
  /** Fingerprints (see `fingerprint`) of PHI values the user restored as false positives. */
  restored: string[];
  /** Values the user marked as not personal data (the form's `notPersonalData`): left as they are, PHI only. */
  keep?: string[];
}

export type ItemOutcome =
  | { id: string; ok: true; redacted: RedactedItem; parseWarnings: string[] }
  | { id: string; ok: false; message: string };

export interface ProcessResult {
  outcomes: ItemOutcome[];
  /** From the raw text of the items that redacted cleanly; the suggested URLs are redacted like the evidence. */
  suggestions: Suggestions | null;
  /** Placeholder of each restorable PHI finding → the fingerprint of its value (to restore it by value, not by number). */
  fingerprints: Record<string, string>;
  /**
   * Fingerprint → value of the restorable PHI findings, so a restore can be put into the form as the value the server
   * and the export keep (the page holds the raw evidence anyway; this never leaves it).
   */
  values?: Record<string, string>;
  /**
   * The personal data and the user's words removed from the raw evidence, with their placeholders (memory only, like
   * `values`): the ticket's privacy boundary replaces them in the typed fields with the same placeholders, and the
   * export leak-checks them. Secrets never come back from a run: typed ones are found by their shape and label.
   */
  known?: KnownValue[];
}

export interface Progress {
  /** Work done and total, in arbitrary units (characters weighted by the pass). */
  done: number;
  total: number;
  label: string;
}

export const REDACTION_FAILED_MESSAGE = "Redaction failed: this item is not added to the ticket.";

/**
 * A short, non-reversible fingerprint of a value (64-bit FNV-1a, hex). Restores are kept by fingerprint because
 * placeholder numbers shift when the evidence changes: "[REDACTED:name#1]" may name another person after an edit.
 */
export function fingerprint(value: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 7), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, "0") + h2.toString(16).padStart(8, "0");
}

/** Prefix of a restore kept by placeholder, for a value that has no fingerprint. */
export const BY_PLACEHOLDER = "placeholder:";

const cost = (items: EvidenceText[]) => items.reduce((sum, item) => sum + item.text.length + 1, 0);

/** Redacts every item with one redactor; yields before each item. */
function* redactItems(
  redactor: Redactor | null,
  items: EvidenceText[],
  progress: { done: number; total: number },
  label: (index: number) => string,
): Generator<Progress, Array<{ id: string; redacted: RedactedItem | null }>> {
  const out: Array<{ id: string; redacted: RedactedItem | null }> = [];
  // The numbers of placeholders already in any item are taken before the first new value is numbered.
  for (const item of items) redactor?.reserve(item.text);
  for (const [index, item] of items.entries()) {
    yield { ...progress, label: label(index) };
    let redacted: RedactedItem | null = null;
    try {
      if (!redactor) throw new Error("no redactor");
      redacted = redactor.redact(item);
      if (typeof redacted?.text !== "string") redacted = null;
    } catch {
      redacted = null;
    }
    out.push({ id: item.id, redacted });
    progress.done += item.text.length + 1;
  }
  // What is shown is what the export sends: a login or secret found further down goes from the items above it too.
  for (const result of out) {
    try {
      if (result.redacted && redactor) result.redacted = redactor.settleItem(result.redacted);
    } catch {
      result.redacted = null;
    }
  }
  return out;
}

/** Replaceable parts, for tests (the request itself must stay plain data: it crosses to the worker). */
export interface ProcessDeps {
  createRedactor?: typeof createRedactor;
}

function newRedactor(request: ProcessRequest, restored: string[], keep: string[], deps: ProcessDeps): Redactor | null {
  try {
    return (deps.createRedactor ?? createRedactor)({
      environment: request.environment,
      terms: request.terms,
      restored,
      keep,
    });
  } catch {
    return null;
  }
}

export function* processEvidenceSteps(
  request: ProcessRequest,
  deps: ProcessDeps = {},
): Generator<Progress, ProcessResult> {
  const items = request.items;
  const n = items.length;
  const keep = request.keep ?? [];
  const restoring = request.restored.length > 0 || keep.length > 0;
  // With restores, a first pass numbers the placeholders (restoring never changes the numbering) so the restored
  // fingerprints can be turned into this run's placeholders for the second pass. The first pass keeps nothing, so
  // every restorable value has its fingerprint (the user can redact it again).
  const passes = restoring ? 2 : 1;
  const size = cost(items);
  const progress = { done: 0, total: size * passes + Math.ceil(size / 2) + 1 };
  const of = (verb: string) => (i: number) =>
    n === 1 ? `${verb} the evidence…` : `${verb} evidence ${i + 1} of ${n}…`;

  let redactor = newRedactor(request, [], [], deps);
  let results = yield* redactItems(redactor, items, progress, of("Redacting"));
  const fingerprints: Record<string, string> = {};
  const known = () => {
    try {
      return redactor?.knownValues() ?? [];
    } catch {
      return [];
    }
  };
  const values: Record<string, string> = {};
  for (const k of known()) {
    if (k.category !== "phi") continue;
    const print = fingerprint(k.value);
    fingerprints[k.placeholder] = print;
    values[print] = k.value;
  }

  if (restoring) {
    const wanted = new Set(request.restored);
    const placeholders = Object.entries(fingerprints)
      .filter(([, print]) => wanted.has(print))
      .map(([placeholder]) => placeholder);
    // Values too short to fingerprint (under 4 characters) are restored by their placeholder.
    for (const r of request.restored)
      if (r.startsWith(BY_PLACEHOLDER)) placeholders.push(r.slice(BY_PLACEHOLDER.length));
    redactor = newRedactor(request, placeholders, keep, deps);
    results = yield* redactItems(redactor, items, progress, of("Redacting"));
  }

  // Suggestions come from the raw text, of the items that are in the ticket only.
  const parseWarnings = new Map<string, string[]>();
  const parsed = [];
  for (const [index, item] of items.entries()) {
    if (!results[index].redacted) continue;
    yield { ...progress, label: of("Reading IDs from")(index) };
    try {
      const p = parseEvidence(item);
      parsed.push(p);
      parseWarnings.set(item.id, p.warnings);
    } catch {
      parseWarnings.set(item.id, []);
    }
    progress.done += Math.ceil((item.text.length + 1) / 2);
  }
  let suggestions: Suggestions | null = null;
  try {
    suggestions = parsed.length ? extractSuggestions(parsed) : null;
    if (suggestions) suggestions = redactSuggestedUrls(suggestions, redactor);
  } catch {
    suggestions = null;
  }

  const outcomes: ItemOutcome[] = results.map(({ id, redacted }) =>
    redacted
      ? { id, ok: true, redacted, parseWarnings: parseWarnings.get(id) ?? [] }
      : { id, ok: false, message: REDACTION_FAILED_MESSAGE },
  );
  return { outcomes, suggestions, fingerprints, values, known: known().filter((k) => k.category !== "secret") };
}

/**
 * A suggested request URL is raw evidence (a query may carry a token or a patient's name): it goes through the same
 * redactor, so it reads like the redacted evidence. A URL that cannot be redacted is not suggested.
 */
function redactSuggestedUrls(suggestions: Suggestions, redactor: Redactor | null): Suggestions {
  const examples = suggestions.examples.map((example) => {
    if (!example.url) return example;
    let url: string | null = null;
    try {
      const out = redactor?.redact({ id: "suggested-url", kind: "text", text: example.url.value }).text.trim() ?? null;
      // A JWT annotation has spaces; in a URL only its bare placeholder fits.
      url = out ? out.replace(/ · JWT [^\]\n]*\]/g, "]") : null;
    } catch {
      url = null;
    }
    if (!url || /\s/.test(url)) {
      const rest = { ...example };
      delete rest.url;
      return rest;
    }
    return { ...example, url: { ...example.url, value: url } };
  });
  return { ...suggestions, examples };
}

/** Runs the whole pass at once (small evidence on the page, or inside the worker). */
export function processEvidence(
  request: ProcessRequest,
  onProgress?: (progress: Progress) => void,
  deps: ProcessDeps = {},
): ProcessResult {
  const steps = processEvidenceSteps(request, deps);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    onProgress?.(next.value);
  }
}
