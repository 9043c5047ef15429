// Heavy work (redaction, diagnosis, export) off the request thread: a piscina pool of worker threads, each with a
// memory cap (V8 old generation + young generation), each task with a time limit, and a bounded queue. A task that
// exceeds its memory kills its worker (piscina starts a fresh one) and answers 413; past its time it is aborted
// (its worker terminated) and answers 503; a full queue answers 503 at once. The request thread stays free for
// GET / and the rest.
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Piscina } from "piscina";
import type { Answer } from "../app/api/answer";
import { MAX_REQUEST_BYTES } from "../app/api/json";
import { overBudgetAnswer, type HeavyRunner, type HeavyTask, type OverBudget } from "../app/api/tasks";

/** A worker's own code and data (modules, schema, diagnosis knowledge), in MB of V8 heap. */
export const HEAP_BASE_MB = 48;
/** What one MB of request may take while it is processed (measured: test/hostile/export-memory.test.ts, bench). */
export const HEAP_PER_REQUEST_MB = 10;
/** The default worker heap: the largest allowed request (MAX_REQUEST_BYTES) at HEAP_PER_REQUEST_MB. */
export const DEFAULT_MEMORY_MB = HEAP_BASE_MB + Math.ceil((HEAP_PER_REQUEST_MB * MAX_REQUEST_BYTES) / (1024 * 1024));

export interface PoolOptions {
  /** Worker threads (default: cores - 1, at least 1). */
  threads?: number;
  /** Per worker: V8 old-generation cap in MB (default DEFAULT_MEMORY_MB: 48 + 10 × 50 = 548). */
  memoryMb?: number;
  /** Per task, from the moment it is queued (default 60 s). */
  timeoutMs?: number;
  /** Tasks waiting for a worker before new ones are turned away (default 4 per thread). */
  maxQueue?: number;
}

export interface HeavyPool {
  run: HeavyRunner;
  close(): Promise<void>;
  readonly options: Required<PoolOptions>;
}

const WORKER = fileURLToPath(new URL("./heavy-worker.ts", import.meta.url));

function verdict(error: unknown): OverBudget {
  const code = (error as { code?: string } | null)?.code ?? "";
  const message = error instanceof Error ? error.message : "";
  if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(message)) return "memory";
  if ((error as Error | null)?.name === "AbortError" || /abort/i.test(message)) return "time";
  if (/queue is at limit/i.test(message)) return "busy";
  return "memory"; // a worker that died for another reason: its task is treated as one that could not fit
}

export function createHeavyPool(options: PoolOptions = {}): HeavyPool {
  const resolved: Required<PoolOptions> = {
    threads: options.threads ?? Math.max(1, availableParallelism() - 1),
    memoryMb: options.memoryMb ?? DEFAULT_MEMORY_MB,
    timeoutMs: options.timeoutMs ?? 60_000,
    maxQueue: options.maxQueue ?? 4 * (options.threads ?? Math.max(1, availableParallelism() - 1)),
  };
  const pool = new Piscina({
    filename: WORKER,
    // The worker and the core it imports are TypeScript: tsx's loader, whatever started this process.
    execArgv: ["--import", "tsx"],
    minThreads: 1,
    maxThreads: resolved.threads,
    maxQueue: resolved.maxQueue,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: resolved.memoryMb, maxYoungGenerationSizeMb: 64 },
  });
  // A worker killed for its memory is replaced by piscina; the error is the task's answer, not the server's crash.
  pool.on("error", () => undefined);
  return {
    options: resolved,
    async run(task: HeavyTask): Promise<Answer> {
      // The time budget counts from the request's arrival: waiting in the queue spends it too.
      const signal = AbortSignal.timeout(resolved.timeoutMs);
      try {
        // The body's buffer is moved to the worker, not cloned: the request thread never copies or decodes it.
        const transferList = [task.body.buffer as ArrayBuffer];
        return (await pool.run(task, { signal, transferList })) as Answer;
      } catch (error) {
        return overBudgetAnswer(verdict(error), task);
      }
    },
    close: () => pool.destroy(),
  };
}
