// Messages between the page and the evidence worker. Plain data (structured clone); no message ever carries an error
// text, which could quote evidence.
import type { ProcessRequest, ProcessResult, Progress } from "./process-evidence";

export type ToWorker = { type: "process"; jobId: number; request: ProcessRequest };

export type FromWorker =
  | { type: "progress"; jobId: number; progress: Progress }
  | { type: "result"; jobId: number; result: ProcessResult }
  | { type: "failed"; jobId: number };

export function isToWorker(data: unknown): data is ToWorker {
  if (!data || typeof data !== "object") return false;
  const m = data as Partial<ToWorker>;
  return m.type === "process" && typeof m.jobId === "number" && !!m.request && Array.isArray(m.request.items);
}

export function isFromWorker(data: unknown): data is FromWorker {
  if (!data || typeof data !== "object") return false;
  const m = data as Partial<FromWorker>;
  return (m.type === "progress" || m.type === "result" || m.type === "failed") && typeof m.jobId === "number";
}
