// The worker side: answer `process` messages with progress and a result, and `check` messages with one answer. The
// page starts two workers from this one script: one for the evidence (a long run, terminated on cancel) and one for
// the wizard's quick checks (checks-client.ts), so a check never waits behind a 50 MB capture. The worker's script is
// the browser build of the route module `routes/_evidence-worker` (see app/routes/_evidence-worker.ts): loaded inside
// a Worker, it calls startEvidenceWorker(), which installs the message handler; loaded anywhere else, it does nothing.
import { answerCheck } from "./checks";
import { processEvidence } from "./process-evidence";
import type { FromWorker, ToWorker } from "./protocol";

/** A message the worker accepts (here, not in protocol.ts, so the page's scripts do not carry it). */
export function isToWorker(data: unknown): data is ToWorker {
  if (!data || typeof data !== "object") return false;
  const m = data as { type?: unknown; jobId?: unknown; request?: { items?: unknown; check?: unknown } | null };
  if (typeof m.jobId !== "number" || !m.request || typeof m.request !== "object") return false;
  if (m.type === "process") return Array.isArray(m.request.items);
  return m.type === "check" && typeof m.request.check === "string";
}

/** Progress messages are throttled to about one per this many milliseconds (the last one always goes). */
const PROGRESS_INTERVAL_MS = 50;

export function handleWorkerMessage(
  data: unknown,
  post: (message: FromWorker) => void,
  now: () => number = Date.now,
): void {
  if (!isToWorker(data)) return;
  if (data.type === "check") {
    const result = answerCheck(data.request);
    post(
      result.ok ? { type: "checked", jobId: data.jobId, answer: result.answer } : { type: "failed", jobId: data.jobId },
    );
    return;
  }
  const { jobId, request } = data;
  let last = -Infinity;
  try {
    const result = processEvidence(request, (progress) => {
      const t = now();
      if (t - last < PROGRESS_INTERVAL_MS) return;
      last = t;
      post({ type: "progress", jobId, progress });
    });
    post({ type: "result", jobId, result });
  } catch {
    // processEvidence fails closed per item and should not throw; if it does, say so without any detail.
    post({ type: "failed", jobId });
  }
}

interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown): void;
}

/** True inside a dedicated worker (not on the page, not on the server). */
export function inWorkerScope(scope: unknown = globalThis): boolean {
  const ctor = (globalThis as { WorkerGlobalScope?: unknown }).WorkerGlobalScope;
  return typeof ctor === "function" && scope instanceof (ctor as new () => unknown);
}

/** Installs the handler when running inside a worker; returns whether it did. */
export function startEvidenceWorker(scope: unknown = globalThis): boolean {
  if (!inWorkerScope(scope)) return false;
  const worker = scope as WorkerLike;
  worker.onmessage = (event: MessageEvent) => handleWorkerMessage(event.data, (message) => worker.postMessage(message));
  return true;
}
