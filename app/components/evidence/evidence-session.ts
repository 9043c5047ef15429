// The Evidence step's memory, one per wizard form (see use-evidence-session.ts). It holds the RAW evidence — in this
// object only: never in the form values, the draft, localStorage, a log or a request — and keeps the form's
// `evidence` list equal to the REDACTED items:
//
//   raw items + environment + extra terms + restored values ──(debounced)──► processEvidence ──► form `evidence`
//
// Small evidence is processed on the page right away; more than WORKER_THRESHOLD characters goes to the Web Worker
// with progress and Cancel. Fail closed: an item whose redaction failed, or that has not been redacted yet, is not in
// the form values. The session outlives the step's components (the wizard unmounts a step when it is left), so the
// original evidence is still there when the user comes back, and a change of environment on the Application step
// re-redacts the evidence without the step being on screen.
import { detectKind } from "~/evidence/detect";
import type { KnownValue } from "~/redaction/redact";
import type { Suggestions } from "~/evidence/extract";
import { RunCancelled, type EvidenceRunner, type RunHandle } from "~/evidence-worker/client";
import {
  BY_PLACEHOLDER,
  REDACTION_FAILED_MESSAGE,
  fingerprint,
  processEvidence,
  type ItemOutcome,
  type ProcessRequest,
  type ProcessResult,
  type Progress,
} from "~/evidence-worker/process-evidence";
import { EVIDENCE_KINDS, type EvidenceKind } from "~/ticket/schema";
import { nextEvidenceId } from "~/wizard/values";
import { isRecord } from "~/lib/records";
import { policyInputs, type PolicyInputs } from "./policy-inputs";

export { policyInputs, type PolicyInputs };

export const REDACT_DELAY_MS = 250;
/** Past this many characters in all, the evidence is processed in the Web Worker. */
export const WORKER_THRESHOLD = 1_000_000;
/** The ticket schema's limit. */
export const MAX_ITEMS = 50;
const MAX_LABEL = 200;
/** Pasted text past this is refused, like a file past 50 MB. */
export const MAX_PASTE_CHARS = 50 * 1024 * 1024;

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

/** What the session needs of the form. */
export interface FormBridge {
  getEvidence(): unknown;
  setEvidence(values: EvidenceFormValue[]): void;
  getPolicyInputs(): PolicyInputs;
  /** Writes the form's `notPersonalData` (absent: restores stay on this page only). */
  setKeep?(values: string[]): void;
  /** Calls back with the changed field's name (undefined for a reset); returns the unsubscribe function. */
  subscribe(onChange: (name: string | undefined) => void): () => void;
}

export interface SessionDeps {
  /** The in-page pass (tests replace it). */
  process?: (request: ProcessRequest) => ProcessResult;
  /** Makes the runner for large evidence (the worker); created on first use. */
  createRunner?: () => EvidenceRunner;
  workerThreshold?: number;
  delayMs?: number;
}

const str = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const isKind = (v: unknown): v is EvidenceKind =>
  typeof v === "string" && (EVIDENCE_KINDS as readonly string[]).includes(v);

/** The form's evidence list as plain strings (whatever odd shape it has). */
export function formEvidence(value: unknown): EvidenceFormValue[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter(isRecord)
    .map((v) => ({ id: str(v.id), kind: str(v.kind), label: str(v.label), text: str(v.text) }));
}

const sameList = (a: readonly EvidenceFormValue[], b: readonly EvidenceFormValue[]) =>
  a.length === b.length &&
  a.every((x, i) => x.id === b[i].id && x.kind === b[i].kind && x.label === b[i].label && x.text === b[i].text);

const policyKey = (p: PolicyInputs) => `${p.environment}\u0000${p.terms.join("\u0001")}\u0000${p.keep.join("\u0001")}`;

/**
 * The restores shown as such: those kept by placeholder (values too short to fingerprint), those restored on this page
 * and still wanted, and the form's `notPersonalData` (a restored draft, a server answer). A value the form no longer
 * keeps (draft discarded) is no longer restored.
 */
function restoredFor(restored: readonly string[], before: readonly string[], keep: readonly string[]): string[] {
  const dropped = new Set(before.filter((v) => !keep.includes(v)).map(fingerprint));
  return [
    ...new Set([...restored.filter((r) => r.startsWith(BY_PLACEHOLDER) || !dropped.has(r)), ...keep.map(fingerprint)]),
  ];
}

function itemsFromForm(list: EvidenceFormValue[]): SessionItem[] {
  // Text from the form is redacted already (by the server, or by an earlier run): it stands in for the original.
  return list.map((v) => ({
    id: v.id,
    kind: isKind(v.kind) ? v.kind : "text",
    kindFrom: "form",
    label: v.label,
    raw: v.text,
    source: { type: "paste" },
    readWarnings: [],
  }));
}

/** A suggestion's identity, to remember which example the user sent it to. */
export type SuggestionKey = string;

export class EvidenceSession {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();
  private bridge: FormBridge | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private current: RunHandle | null = null;
  private runner: EvidenceRunner | null = null;
  private lastPolicy = "";
  private messageId = 0;
  /** Fingerprint → value of the last run's restorable findings (in memory only, like the raw evidence). */
  private valueOf: Readonly<Record<string, string>> = {};
  /** What the last run removed from the raw evidence, with placeholders (in memory only, like the raw evidence). */
  private removed: readonly KnownValue[] = [];
  private readonly process: (request: ProcessRequest) => ProcessResult;
  private readonly threshold: number;
  private readonly delayMs: number;

  constructor(
    initialEvidence: unknown,
    private readonly deps: SessionDeps = {},
  ) {
    const projected = formEvidence(initialEvidence);
    this.process = deps.process ?? ((request) => processEvidence(request));
    this.threshold = deps.workerThreshold ?? WORKER_THRESHOLD;
    this.delayMs = deps.delayMs ?? REDACT_DELAY_MS;
    this.snapshot = {
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

  // ─── store protocol (useSyncExternalStore) ─────────────────────────────────────────────────────────────────────
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  private update(patch: Partial<SessionSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  // ─── the form ──────────────────────────────────────────────────────────────────────────────────────────────────
  /** Connects the form once (later calls only re-read it). In the browser only: it may start timers. */
  connect(bridge: FormBridge): void {
    if (this.bridge) {
      this.syncFromForm();
      return;
    }
    this.bridge = bridge;
    const policy = bridge.getPolicyInputs();
    this.lastPolicy = policyKey(policy);
    this.update({ policy, restored: restoredFor(this.snapshot.restored, this.snapshot.policy.keep, policy.keep) });
    bridge.subscribe((name) => this.onFormChange(name));
    this.syncFromForm();
    // Items that came from the form (a restored draft, a page rendered by the server) are run once, for their
    // highlights and suggestions.
    if (this.snapshot.items.some((i) => i.raw.trim())) this.schedule(0);
  }

  private onFormChange(name: string | undefined): void {
    if (name === undefined || name === "evidence" || name.startsWith("evidence.")) this.syncFromForm();
    if (
      name === undefined ||
      name.startsWith("application") ||
      name.startsWith("redactTerms") ||
      name.startsWith("notPersonalData")
    ) {
      this.policyCheck();
    }
  }

  private policyCheck(): void {
    if (!this.bridge) return;
    const policy = this.bridge.getPolicyInputs();
    const key = policyKey(policy);
    if (key === this.lastPolicy && policy.environmentChosen === this.snapshot.policy.environmentChosen) return;
    this.lastPolicy = key;
    this.update({ policy, restored: restoredFor(this.snapshot.restored, this.snapshot.policy.keep, policy.keep) });
    if (this.snapshot.items.some((i) => i.raw.trim())) this.schedule();
  }

  /** The form's evidence was replaced from outside (draft restored or discarded, server answer): start from it. */
  private syncFromForm(): void {
    if (!this.bridge) return;
    const list = formEvidence(this.bridge.getEvidence());
    if (sameList(list, this.snapshot.projected)) return;
    this.cancelRun(false);
    this.update({ items: itemsFromForm(list), results: {}, suggestions: null, projected: list });
    if (list.some((v) => v.text.trim())) this.schedule(0);
  }

  private project(): void {
    const { items, results } = this.snapshot;
    const projected: EvidenceFormValue[] = [];
    for (const item of items) {
      const state = results[item.id];
      if (!item.raw.trim() || !state?.outcome.ok) continue;
      projected.push({ id: item.id, kind: state.kind, label: item.label, text: state.outcome.redacted.text });
    }
    if (sameList(projected, this.snapshot.projected)) return;
    // Recorded first: the form's change notification then finds the list it expects and does not start over.
    this.update({ projected });
    this.bridge?.setEvidence(projected);
  }

  // ─── runs ──────────────────────────────────────────────────────────────────────────────────────────────────────
  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Re-runs after the debounce delay (typing), or at once (a file, a restore). */
  schedule(delay = this.delayMs): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.run();
    }, delay);
    if (!this.snapshot.pending) this.update({ pending: true });
  }

  private cancelRun(notify: boolean): void {
    const run = this.current;
    this.current = null;
    if (!run) return;
    run.cancel();
    this.update({ busy: null });
    if (notify)
      this.message(
        "Redaction cancelled. Evidence that was not redacted yet is not in the ticket; the rest is unchanged.",
      );
  }

  /** Runs now. "busy" when the run goes on in the background (large evidence). */
  run(): "done" | "busy" {
    this.clearTimer();
    this.cancelRun(false);
    const policy = this.bridge?.getPolicyInputs() ?? this.snapshot.policy;
    this.lastPolicy = policyKey(policy);
    const inputs = this.snapshot.items
      .filter((i) => i.raw.trim() !== "")
      .map((i) => ({ id: i.id, kind: i.kind, text: i.raw }));
    const request: ProcessRequest = {
      items: inputs,
      environment: policy.environment,
      terms: policy.terms,
      restored: [...this.snapshot.restored],
      keep: policy.keep,
    };
    const used = new Map(inputs.map((i) => [i.id, { raw: i.text, kind: i.kind }]));
    this.update({
      pending: false,
      policy,
      restored: restoredFor(this.snapshot.restored, this.snapshot.policy.keep, policy.keep),
    });
    const size = inputs.reduce((n, i) => n + i.text.length, 0);

    if (size <= this.threshold || !this.deps.createRunner) {
      let result: ProcessResult;
      try {
        result = this.process(request);
      } catch {
        result = failedResult(request);
      }
      this.apply(result, used, "page");
      return "done";
    }

    this.runner ??= this.deps.createRunner();
    const handle = this.runner.run(request, (progress) => {
      if (this.current === handle) this.update({ busy: { progress, where: handle.where() } });
    });
    this.current = handle;
    this.update({ busy: { progress: null, where: handle.where() } });
    handle.result.then(
      (result) => {
        if (this.current !== handle) return;
        this.current = null;
        this.apply(result, used, handle.where());
      },
      (error: unknown) => {
        // A cancelled or superseded run changes nothing.
        if (this.current !== handle || error instanceof RunCancelled) return;
        this.current = null;
        // Fail closed: the worker failed, so none of these items is taken as redacted.
        this.apply(failedResult(request), used, handle.where());
      },
    );
    return "busy";
  }

  private apply(
    result: ProcessResult,
    used: Map<string, { raw: string; kind: EvidenceKind }>,
    where: "worker" | "page",
  ): void {
    const results: Record<string, ItemState> = {};
    this.valueOf = result.values ?? {};
    this.removed = result.known ?? [];
    for (const outcome of result.outcomes) {
      const inputs = used.get(outcome.id);
      if (inputs) results[outcome.id] = { outcome, ...inputs };
    }
    this.update({
      results,
      suggestions: result.suggestions,
      fingerprints: result.fingerprints,
      busy: null,
      lastRun: where,
    });
    this.project();
  }

  /** The values removed from the raw evidence (for the ticket's privacy boundary; never stored or sent). */
  knownValues(): readonly KnownValue[] {
    return this.removed;
  }

  /**
   * Before the wizard acts on a button: a scheduled run happens now, so the form holds the redaction of what is on
   * screen. "busy" while a background run is still going on.
   */
  flush(): "done" | "busy" {
    if (this.current) return "busy";
    if (this.timer === null) return "done";
    return this.run();
  }

  /** Stops a background run. */
  cancel(): void {
    this.cancelRun(true);
  }

  // ─── the user's actions ────────────────────────────────────────────────────────────────────────────────────────
  private setItems(items: SessionItem[]): void {
    this.update({ items });
  }

  private patchItem(id: string, patch: Partial<SessionItem>): void {
    this.setItems(this.snapshot.items.map((i) => (i.id === id ? { ...i, ...patch } : i)));
  }

  private roomFor(count: number): boolean {
    if (this.snapshot.items.length + count <= MAX_ITEMS) return true;
    this.message(`Fifty evidence items is the limit: merge or remove some before adding more.`);
    return false;
  }

  /** A new, empty item to paste into; returns its id (null at the limit). */
  addPaste(): string | null {
    if (!this.roomFor(1)) return null;
    const id = nextEvidenceId(this.snapshot.items);
    this.setItems([
      ...this.snapshot.items,
      { id, kind: "text", kindFrom: "detected", label: "", raw: "", source: { type: "paste" }, readWarnings: [] },
    ]);
    return id;
  }

  /** A file that was read; its kind is detected. Returns its id (null at the limit). */
  addFile(file: { name: string; size: number; text: string; warnings: string[] }): string | null {
    if (!this.roomFor(1)) return null;
    const id = nextEvidenceId(this.snapshot.items);
    const item: SessionItem = {
      id,
      kind: detectKind(file.text),
      kindFrom: "detected",
      label: "",
      raw: file.text,
      source: { type: "file", name: file.name, size: file.size },
      readWarnings: file.warnings,
    };
    this.setItems([...this.snapshot.items, item]);
    this.schedule(0);
    return id;
  }

  setText(id: string, raw: string): void {
    const item = this.snapshot.items.find((i) => i.id === id);
    if (!item || item.raw === raw) return;
    if (raw.length > MAX_PASTE_CHARS) {
      this.message(
        "That is more than 50 MB of text: it was not taken. Keep only the failing requests, or add the file instead.",
      );
      return;
    }
    const kind = item.kindFrom !== "detected" ? item.kind : raw.trim() ? detectKind(raw) : "text";
    this.patchItem(id, { raw, kind });
    if (!raw.trim()) this.project();
    this.schedule();
  }

  setKind(id: string, kind: EvidenceKind): void {
    this.patchItem(id, { kind, kindFrom: "user" });
    this.schedule(0);
  }

  setLabel(id: string, label: string): void {
    this.patchItem(id, { label: label.slice(0, MAX_LABEL) });
    this.project();
  }

  remove(id: string): void {
    const results = { ...this.snapshot.results };
    delete results[id];
    this.update({ items: this.snapshot.items.filter((i) => i.id !== id), results });
    this.project();
    // Placeholder numbers may change without it.
    if (this.snapshot.items.some((i) => i.raw.trim())) this.schedule(0);
    else this.update({ suggestions: null });
  }

  /** A PHI finding the user says is not personal data (by the fingerprint of its value). */
  restore(print: string): void {
    if (this.snapshot.restored.includes(print)) return;
    this.update({ restored: [...this.snapshot.restored, print] });
    // Into the form as the value itself, so the server's redaction and the export keep it too.
    const value = this.valueOf[print];
    const keep = this.snapshot.policy.keep;
    if (value !== undefined && !keep.includes(value)) this.setKeep([...keep, value]);
    this.schedule(0);
  }

  /** "Redact again": out of the session's restores and out of the form's `notPersonalData`. */
  unrestore(print: string): void {
    this.update({ restored: this.snapshot.restored.filter((r) => r !== print) });
    const keep = this.snapshot.policy.keep;
    if (keep.some((v) => fingerprint(v) === print)) this.setKeep(keep.filter((v) => fingerprint(v) !== print));
    this.schedule(0);
  }

  private setKeep(values: string[]): void {
    if (!this.bridge?.setKeep) return;
    // Recorded first, so the form's change notification finds the policy it expects.
    const policy = { ...this.snapshot.policy, keep: values };
    this.lastPolicy = policyKey(policy);
    this.update({ policy });
    this.bridge.setKeep(values);
  }

  pin(key: SuggestionKey, exampleIndex: number): void {
    this.update({ pins: { ...this.snapshot.pins, [key]: exampleIndex } });
  }

  message(text: string): void {
    this.update({ messages: [...this.snapshot.messages, { id: ++this.messageId, text }] });
  }

  dismiss(id: number): void {
    this.update({ messages: this.snapshot.messages.filter((m) => m.id !== id) });
  }
}

function failedResult(request: ProcessRequest): ProcessResult {
  return {
    outcomes: request.items.map((i) => ({ id: i.id, ok: false as const, message: REDACTION_FAILED_MESSAGE })),
    suggestions: null,
    fingerprints: {},
  };
}
