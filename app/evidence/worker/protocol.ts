// Messages between the page and the worker. Plain data (structured clone); no message ever carries an error text,
// which could quote evidence or what the user typed. Two kinds of job: `process` (the evidence: progress, then a
// result) and `check` (one of the wizard's quick checks: one answer). The worker's check of what it receives is in
// worker-scope.ts, so the page's scripts carry only the page's side.
import type { CheckAnswer, CheckRequest } from "./checks";
import type { ProcessRequest, ProcessResult, Progress } from "./process-evidence";

export type ToWorker =
  { type: "process"; jobId: number; request: ProcessRequest } | { type: "check"; jobId: number; request: CheckRequest };

export type FromWorker =
  | { type: "progress"; jobId: number; progress: Progress }
  | { type: "result"; jobId: number; result: ProcessResult }
  | { type: "checked"; jobId: number; answer: CheckAnswer }
  | { type: "failed"; jobId: number };

export function isFromWorker(data: unknown): data is FromWorker {
  if (!data || typeof data !== "object") return false;
  const m = data as Partial<FromWorker>;
  return (
    (m.type === "progress" || m.type === "result" || m.type === "checked" || m.type === "failed") &&
    typeof m.jobId === "number"
  );
}
