// The Evidence step's runner, one per wizard form (see use-evidence-session.ts). It holds the RAW evidence — in this
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
//
// What an edit does to the items is decided by the pure functions of evidence-state.ts; this file owns what is not
// pure: the debounce timer, the worker run, the link to the form and the listeners.
import type { KnownValue } from "~/redaction/redact";
import { RunCancelled, type EvidenceRunner, type RunHandle } from "~/evidence/worker/client";
import {
  fingerprint,
  processEvidence,
  type ProcessRequest,
  type ProcessResult,
} from "~/evidence/worker/process-evidence";
import type { EvidenceKind } from "~/ticket/schema";
import {
  editEvidence,
  failedResult,
  formEvidence,
  initialSnapshot,
  itemsFromForm,
  policyKey,
  projection,
  restoredFor,
  sameList,
  withRun,
  type EvidenceEdit,
  type EvidenceFormValue,
  type PolicyInputs,
  type SessionSnapshot,
  type SuggestionKey,
} from "./evidence-state";

export { MAX_ITEMS, MAX_PASTE_CHARS, formEvidence, policyInputs } from "./evidence-state";
export type {
  EvidenceFormValue,
  ItemSource,
  ItemState,
  PolicyInputs,
  SessionItem,
  SessionMessage,
  SessionSnapshot,
  SuggestionKey,
} from "./evidence-state";

export const REDACT_DELAY_MS = 250;
/** Past this many characters in all, the evidence is processed in the Web Worker. */
export const WORKER_THRESHOLD = 1_000_000;

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
    this.process = deps.process ?? ((request) => processEvidence(request));
    this.threshold = deps.workerThreshold ?? WORKER_THRESHOLD;
    this.delayMs = deps.delayMs ?? REDACT_DELAY_MS;
    this.snapshot = initialSnapshot(formEvidence(initialEvidence));
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
    const projected = projection(this.snapshot.items, this.snapshot.results);
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
    this.valueOf = result.values ?? {};
    this.removed = result.known ?? [];
    this.snapshot = withRun(this.snapshot, result, used, where);
    this.update({});
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
  /** Applies an edit (evidence-state.ts decides what it changes) and carries out its effects. */
  private edit(edit: EvidenceEdit): string | null {
    const { state, effects } = editEvidence(this.snapshot, edit);
    if (state !== this.snapshot) {
      this.snapshot = state;
      this.update({});
    }
    if (effects.message) this.message(effects.message);
    if (effects.project) this.project();
    if (effects.run) this.schedule(effects.run === "now" ? 0 : this.delayMs);
    return effects.added ?? null;
  }

  /** A new, empty item to paste into; returns its id (null at the limit). */
  addPaste(): string | null {
    return this.edit({ type: "add-paste" });
  }

  /** A file that was read; its kind is detected. Returns its id (null at the limit). */
  addFile(file: { name: string; size: number; text: string; warnings: string[] }): string | null {
    return this.edit({ type: "add-file", file });
  }

  setText(id: string, raw: string): void {
    this.edit({ type: "set-text", id, raw });
  }

  setKind(id: string, kind: EvidenceKind): void {
    this.edit({ type: "set-kind", id, kind });
  }

  setLabel(id: string, label: string): void {
    this.edit({ type: "set-label", id, label });
  }

  remove(id: string): void {
    this.edit({ type: "remove", id });
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
    this.edit({ type: "pin", key, exampleIndex });
  }

  message(text: string): void {
    this.update({ messages: [...this.snapshot.messages, { id: ++this.messageId, text }] });
  }

  dismiss(id: number): void {
    this.edit({ type: "dismiss", id });
  }
}
