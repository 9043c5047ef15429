// The page's side of the wizard's quick checks (checks.ts): ask one, get its answer as a promise — null when the check
// failed. They run in a worker of their own (started on the first question, kept for the page's life), so the
// diagnosis and redaction engines never load on the main thread; when no worker can run (no Worker support, the
// script failed to load or crashed, tests) or the worker leaves a question unanswered for CHECK_TIMEOUT_MS, the same
// module is loaded on the page and answers there from then on, the questions already asked included. The clock runs
// while questions wait and starts again at each answer: a worker working through a queue of slow answers is busy,
// not stuck. Nothing is lost
// either way, nothing waits for ever, and nothing is answered without its check.
import type { CheckAnswer, CheckName, CheckRequest } from "./checks";
import { startWorker } from "./script";
import { isFromWorker, type ToWorker } from "./protocol";

export interface CheckClient {
  /** The answer of a check, or null when it failed. */
  ask<K extends CheckName>(request: CheckRequest<K>): Promise<CheckAnswer<K> | null>;
  /** Starts the worker ahead of the first question (its engines load meanwhile); nothing when already started. */
  warm(): void;
  /** Where the checks run: in the worker, or on the page once no worker could (or before the first question). */
  where(): "worker" | "page";
}

export interface CheckClientOptions {
  /** Makes the worker; null when none can run. Defaults to a module Worker on the route manifest's script. */
  createWorker?: () => Worker | null;
  /** Loads the checks on the page (the fallback). */
  loadChecks?: () => Promise<typeof import("./checks")>;
}

/**
 * How long the worker may take to answer a question: long enough for a first answer that waits for the worker's
 * engines to load on a slow connection. A worker that started but never answers must not leave Next, the live
 * diagnosis or a field's privacy note waiting for ever.
 */
export const CHECK_TIMEOUT_MS = 8_000;

interface Job {
  request: CheckRequest;
  resolve: (answer: CheckAnswer | null) => void;
}

const loadOnPage = () => import("./checks");

export function createCheckClient(options: CheckClientOptions = {}): CheckClient {
  const createWorker = options.createWorker ?? (() => startWorker("checks"));
  const loadChecks = options.loadChecks ?? loadOnPage;
  let worker: Worker | null = null;
  let started = false;
  let jobs = 0;
  const waiting = new Map<number, Job>();
  let stall: ReturnType<typeof setTimeout> | undefined;

  const onPage = <K extends CheckName>(request: CheckRequest<K>): Promise<CheckAnswer<K> | null> =>
    loadChecks()
      .then(({ answerCheck }) => {
        const result = answerCheck(request);
        return result.ok ? result.answer : null;
      })
      .catch(() => null);

  /** Armed while questions wait, again at each answer: no answer at all for CHECK_TIMEOUT_MS means stuck. */
  const watch = () => {
    clearTimeout(stall);
    stall = waiting.size > 0 ? setTimeout(leaveWorker, CHECK_TIMEOUT_MS) : undefined;
  };

  const onMessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isFromWorker(data)) return;
    const job = waiting.get(data.jobId);
    if (!job) return;
    waiting.delete(data.jobId);
    watch();
    job.resolve(data.type === "checked" ? data.answer : null);
  };

  /** No worker again on this page: what it was asked is answered on the page, and so is every later question. */
  const leaveWorker = () => {
    worker?.terminate();
    worker = null;
    clearTimeout(stall);
    const asked = [...waiting.values()];
    waiting.clear();
    for (const job of asked) void onPage(job.request).then(job.resolve);
  };

  /** The script did not load or crashed. */
  const onError = (event: Event) => {
    event.preventDefault?.();
    leaveWorker();
  };

  const start = () => {
    started = true;
    worker = createWorker();
    worker?.addEventListener("message", onMessage);
    worker?.addEventListener("error", onError);
  };

  return {
    ask<K extends CheckName>(request: CheckRequest<K>): Promise<CheckAnswer<K> | null> {
      if (!started) start();
      const current = worker;
      if (!current) return onPage(request);
      return new Promise((resolve) => {
        const jobId = ++jobs;
        waiting.set(jobId, { request, resolve: resolve as Job["resolve"] });
        // The first question waiting starts the clock (later ones do not restart it: asking is no progress).
        if (waiting.size === 1) watch();
        try {
          const message: ToWorker = { type: "check", jobId, request };
          current.postMessage(message);
        } catch {
          // Not cloneable (never for form values): answered on the page instead.
          waiting.delete(jobId);
          watch();
          void onPage(request).then(resolve);
        }
      });
    },
    warm: () => {
      if (!started) start();
    },
    where: () => (worker ? "worker" : "page"),
  };
}

/** The page's one client: its worker starts on the first question. */
export const wizardChecks: CheckClient = createCheckClient();
