// The Evidence step's state as pure functions: what the user's edits do to the items, what the form's `evidence` list
// is made of (redacted text only), and what a finished run changes. No timers, no worker, no form: the runner
// (evidence-session.ts) owns those and carries out the effects these functions ask for.
import { detectKind } from "~/evidence/detect";
import type { Suggestions } from "~/evidence/extract";
import {
  BY_PLACEHOLDER,
  REDACTION_FAILED_MESSAGE,
  fingerprint,
  type ItemOutcome,
  type ProcessRequest,
  type ProcessResult,
  type Progress,
} from "~/evidence/worker/process-evidence";
import { MAX_EVIDENCE_ITEMS, MAX_RAW_EVIDENCE_BYTES, megabytes } from "~/ticket/limits";
import { isEvidenceKind, type EvidenceKind } from "~/ticket/schema";
import { evidenceFrom, nextEvidenceId } from "~/wizard/values";
import { isRecord } from "~/lib/records";
import { policyInputs, type PolicyInputs } from "./policy-inputs";

export { policyInputs, type PolicyInputs };

/** The ticket schema's limit. */
export const MAX_ITEMS = MAX_EVIDENCE_ITEMS;
const MAX_LABEL = 200;
/** Pasted text past this is refused, like a file past the same size. */
export const MAX_PASTE_CHARS = MAX_RAW_EVIDENCE_BYTES;

export type ItemSource = { type: "paste" } | { type: "file"; name: string; size: number };

export interface SessionItem {
  id: string;
  kind: EvidenceKind;
  /** Where the kind comes from: detected from the text (and re-detected as it changes), the user, or the form. */
  kindFrom: "detected" | "user" | "form";
  label: string;
  /** The original text. Lives here only. */
  raw: string;
  source: ItemSource;
  /** Notes from reading the file (invalid UTF-8, …). */
  readWarnings: string[];
}

/** The outcome of an item and the inputs it was computed from (stale when the item changed since). */
export interface ItemState {
  outcome: ItemOutcome;
  raw: string;
  kind: EvidenceKind;
}

/** One entry of the form's `evidence` list: always redacted text. */
export interface EvidenceFormValue {
  id: string;
  kind: string;
  label: string;
  text: string;
}

export interface SessionMessage {
  id: number;
  text: string;
}

export interface SessionSnapshot {
  items: readonly SessionItem[];
  results: Readonly<Record<string, ItemState>>;
  /** Fingerprints of PHI values the user restored. */
  restored: readonly string[];
  /** Placeholder → fingerprint, for the restorable findings of the last run. */
  fingerprints: Readonly<Record<string, string>>;
  suggestions: Suggestions | null;
  /** A run in the worker (or in steps on the page) is going on. */
  busy: { progress: Progress | null; where: "worker" | "page" } | null;
  /** A run is scheduled (debounce). */
  pending: boolean;
  /** Where the last completed run happened. */
  lastRun: "worker" | "page" | null;
  policy: PolicyInputs;
  /** What the form's `evidence` holds (redacted), in order. */
  projected: readonly EvidenceFormValue[];
  /** Messages for the user: rejected files, a cancelled run, … */
  messages: readonly SessionMessage[];
  /** Example suggestions the user already sent to an example: suggestion key → example index. */
  pins: Readonly<Record<string, number>>;
}

/** A suggestion's identity, to remember which example the user sent it to. */
export type SuggestionKey = string;

/** The form's evidence list as plain strings (whatever odd shape it has). */
export const formEvidence = (value: unknown): EvidenceFormValue[] =>
  Array.isArray(value) ? value.filter(isRecord).map(evidenceFrom) : [];

export const sameList = (a: readonly EvidenceFormValue[], b: readonly EvidenceFormValue[]) =>
  a.length === b.length &&
  a.every((x, i) => x.id === b[i].id && x.kind === b[i].kind && x.label === b[i].label && x.text === b[i].text);

export const policyKey = (p: PolicyInputs) =>
  `${p.environment}\u0000${p.terms.join("\u0001")}\u0000${p.keep.join("\u0001")}`;

/**
 * The restores shown as such: those kept by placeholder (values too short to fingerprint), those restored on this page
 * and still wanted, and the form's `notPersonalData` (a restored draft, a server answer). A value the form no longer
 * keeps (draft discarded) is no longer restored.
 */
export function restoredFor(restored: readonly string[], before: readonly string[], keep: readonly string[]): string[] {
  const dropped = new Set(before.filter((v) => !keep.includes(v)).map(fingerprint));
  return [
    ...new Set([...restored.filter((r) => r.startsWith(BY_PLACEHOLDER) || !dropped.has(r)), ...keep.map(fingerprint)]),
  ];
}

export function itemsFromForm(list: EvidenceFormValue[]): SessionItem[] {
  // Text from the form is redacted already (by the server, or by an earlier run): it stands in for the original.
  return list.map((v) => ({
    id: v.id,
    kind: isEvidenceKind(v.kind) ? v.kind : "text",
    kindFrom: "form",
    label: v.label,
    raw: v.text,
    source: { type: "paste" },
    readWarnings: [],
  }));
}

/** The state of a session that starts from the form's evidence (redacted text, standing in for the originals). */
export function initialSnapshot(projected: EvidenceFormValue[]): SessionSnapshot {
  return {
    items: itemsFromForm(projected),
    results: {},
    restored: [],
    fingerprints: {},
    suggestions: null,
    busy: null,
    pending: false,
    lastRun: null,
    policy: policyInputs(undefined, [], []),
    projected,
    messages: [],
    pins: {},
  };
}

/** What the form's `evidence` holds: the items whose redaction is done, in order, as redacted text. */
export function projection(
  items: readonly SessionItem[],
  results: Readonly<Record<string, ItemState>>,
): EvidenceFormValue[] {
  const projected: EvidenceFormValue[] = [];
  for (const item of items) {
    const state = results[item.id];
    if (!item.raw.trim() || !state?.outcome.ok) continue;
    projected.push({ id: item.id, kind: state.kind, label: item.label, text: state.outcome.redacted.text });
  }
  return projected;
}

/** A user's edit of the evidence items. */
export type EvidenceEdit =
  | { type: "add-paste" }
  | { type: "add-file"; file: { name: string; size: number; text: string; warnings: string[] } }
  | { type: "set-text"; id: string; raw: string }
  | { type: "set-kind"; id: string; kind: EvidenceKind }
  | { type: "set-label"; id: string; label: string }
  | { type: "remove"; id: string }
  | { type: "pin"; key: SuggestionKey; exampleIndex: number }
  | { type: "dismiss"; id: number };

/** What the runner does after an edit: redact again (now, or after the typing pause), re-project, tell the user. */
export interface EditEffects {
  run?: "now" | "debounced";
  project?: boolean;
  message?: string;
  /** The id of an added item. */
  added?: string;
}

export interface EditResult {
  state: SessionSnapshot;
  effects: EditEffects;
}

const TOO_MANY = "Fifty evidence items is the limit: merge or remove some before adding more.";
const TOO_LONG = `That is more than ${megabytes(MAX_PASTE_CHARS)} of text: it was not taken. Keep only the failing requests, or add the file instead.`;

const patchItem = (state: SessionSnapshot, id: string, patch: Partial<SessionItem>): SessionSnapshot => ({
  ...state,
  items: state.items.map((i) => (i.id === id ? { ...i, ...patch } : i)),
});

/** The state after one edit, and what the runner must do about it. Pure. */
export function editEvidence(state: SessionSnapshot, edit: EvidenceEdit): EditResult {
  const unchanged: EditResult = { state, effects: {} };
  switch (edit.type) {
    case "add-paste":
    case "add-file": {
      if (state.items.length + 1 > MAX_ITEMS) return { state, effects: { message: TOO_MANY } };
      const id = nextEvidenceId(state.items);
      const item: SessionItem =
        edit.type === "add-paste"
          ? { id, kind: "text", kindFrom: "detected", label: "", raw: "", source: { type: "paste" }, readWarnings: [] }
          : {
              id,
              kind: detectKind(edit.file.text),
              kindFrom: "detected",
              label: "",
              raw: edit.file.text,
              source: { type: "file", name: edit.file.name, size: edit.file.size },
              readWarnings: edit.file.warnings,
            };
      const effects: EditEffects = edit.type === "add-file" ? { added: id, run: "now" } : { added: id };
      return { state: { ...state, items: [...state.items, item] }, effects };
    }
    case "set-text": {
      const item = state.items.find((i) => i.id === edit.id);
      if (!item || item.raw === edit.raw) return unchanged;
      if (edit.raw.length > MAX_PASTE_CHARS) return { state, effects: { message: TOO_LONG } };
      const kind = item.kindFrom !== "detected" ? item.kind : edit.raw.trim() ? detectKind(edit.raw) : "text";
      return {
        state: patchItem(state, edit.id, { raw: edit.raw, kind }),
        effects: { project: !edit.raw.trim(), run: "debounced" },
      };
    }
    case "set-kind":
      return { state: patchItem(state, edit.id, { kind: edit.kind, kindFrom: "user" }), effects: { run: "now" } };
    case "set-label":
      return {
        state: patchItem(state, edit.id, { label: edit.label.slice(0, MAX_LABEL) }),
        effects: { project: true },
      };
    case "remove": {
      const results = { ...state.results };
      delete results[edit.id];
      const items = state.items.filter((i) => i.id !== edit.id);
      // Placeholder numbers may change without the removed item: the rest is redacted again.
      const rest = items.some((i) => i.raw.trim());
      return {
        state: { ...state, items, results, ...(rest ? {} : { suggestions: null }) },
        effects: rest ? { project: true, run: "now" } : { project: true },
      };
    }
    case "pin":
      return { state: { ...state, pins: { ...state.pins, [edit.key]: edit.exampleIndex } }, effects: {} };
    case "dismiss":
      return { state: { ...state, messages: state.messages.filter((m) => m.id !== edit.id) }, effects: {} };
  }
}

/** The state after a finished run: each outcome with the inputs it was computed from. */
export function withRun(
  state: SessionSnapshot,
  result: ProcessResult,
  used: ReadonlyMap<string, { raw: string; kind: EvidenceKind }>,
  where: "worker" | "page",
): SessionSnapshot {
  const results: Record<string, ItemState> = {};
  for (const outcome of result.outcomes) {
    const inputs = used.get(outcome.id);
    if (inputs) results[outcome.id] = { outcome, ...inputs };
  }
  return {
    ...state,
    results,
    suggestions: result.suggestions,
    fingerprints: result.fingerprints,
    busy: null,
    lastRun: where,
  };
}

/** Fail closed: a run that failed (or a worker that died) takes none of its items as redacted. */
export function failedResult(request: ProcessRequest): ProcessResult {
  return {
    outcomes: request.items.map((i) => ({ id: i.id, ok: false as const, message: REDACTION_FAILED_MESSAGE })),
    suggestions: null,
    fingerprints: {},
  };
}
