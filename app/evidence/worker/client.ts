// The page's side of the evidence worker: run a ProcessRequest off the main thread with progress and cancel, or, when
// no worker can run (no Worker support, the worker script failed to load, tests), on the page in small steps that
// yield to the event loop between items. Either way the same pure function (processEvidenceSteps) does the work.
import { processEvidenceSteps, type ProcessRequest, type ProcessResult, type Progress } from "./process-evidence";
import { isFromWorker, type FromWorker, type ToWorker } from "./protocol";
import { startWorker } from "./script";

export class RunCancelled extends Error {
  override name = "RunCancelled";
  constructor() {
    super("The evidence run was cancelled.");
  }
}

export class RunFailed extends Error {
  override name = "RunFailed";
  constructor() {
    super("The evidence could not be processed.");
  }
}

export interface RunHandle {
  result: Promise<ProcessResult>;
  /** Stops the run (terminates the worker); `result` then rejects with RunCancelled. */
  cancel(): void;
  /** Where the run happens: "worker", or "page" when no worker could start. */
  readonly where: () => "worker" | "page";
}

export interface EvidenceRunner {
  run(request: ProcessRequest, onProgress: (progress: Progress) => void): RunHandle;
}

const nextTick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** On the page, one item at a time, yielding between steps so the page can paint the progress and take a Cancel. */
export function runOnPage(request: ProcessRequest, onProgress: (progress: Progress) => void): RunHandle {
  let cancelled = false;
  const result = (async () => {
    const steps = processEvidenceSteps(request);
    for (;;) {
      await nextTick();
      if (cancelled) throw new RunCancelled();
      const next = steps.next();
      if (next.done) return next.value;
      onProgress(next.value);
    }
  })();
  return {
    result,
    cancel: () => {
      cancelled = true;
    },
    where: () => "page",
  };
}

export interface RunnerOptions {
  /** Makes the worker; null when none can run. Defaults to a module Worker on the route manifest's script. */
  createWorker?: () => Worker | null;
}

export function createEvidenceRunner(options: RunnerOptions = {}): EvidenceRunner {
  const createWorker = options.createWorker ?? (() => startWorker("evidence"));
  let worker: Worker | null = null;
  let workerBroken = false;
  let jobs = 0;

  const dropWorker = () => {
    worker?.terminate();
    worker = null;
  };

  return {
    run(request, onProgress) {
      if (!worker && !workerBroken) {
        worker = createWorker();
        if (!worker) workerBroken = true;
      }
      if (!worker) return runOnPage(request, onProgress);

      const jobId = ++jobs;
      const current = worker;
      let where: "worker" | "page" = "worker";
      let fallback: RunHandle | null = null;
      let settle: { resolve: (r: ProcessResult) => void; reject: (e: Error) => void } | null = null;
      const result = new Promise<ProcessResult>((resolve, reject) => {
        settle = { resolve, reject };
      });
      const cleanup = () => {
        current.removeEventListener("message", onMessage);
        current.removeEventListener("error", onError);
      };
      const onMessage = (event: MessageEvent) => {
        const data: unknown = event.data;
        if (!isFromWorker(data) || data.jobId !== jobId) return;
        const message: FromWorker = data;
        if (message.type === "progress") onProgress(message.progress);
        else {
          cleanup();
          if (message.type === "result") settle?.resolve(message.result);
          else settle?.reject(new RunFailed());
        }
      };
      const onError = (event: Event) => {
        // The script did not load or crashed: never try a worker again on this page; finish this run on the page.
        event.preventDefault?.();
        cleanup();
        workerBroken = true;
        if (worker === current) dropWorker();
        where = "page";
        fallback = runOnPage(request, onProgress);
        fallback.result.then(
          (r) => settle?.resolve(r),
          (e: Error) => settle?.reject(e),
        );
      };
      current.addEventListener("message", onMessage);
      current.addEventListener("error", onError);
      const message: ToWorker = { type: "process", jobId, request };
      current.postMessage(message);

      return {
        result,
        cancel: () => {
          cleanup();
          if (fallback) fallback.cancel();
          // A worker busy with a 50 MB HAR cannot be interrupted politely: it is terminated, and a new one starts
          // with the next run.
          else if (worker === current) dropWorker();
          settle?.reject(new RunCancelled());
        },
        where: () => where,
      };
    },
  };
}
