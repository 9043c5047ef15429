// The worker pool's task: the same runTask the routes would run inline (app/api/tasks.ts). The answer goes back as
// bytes moved (transferred) to the request thread, never as a string it would have to copy: a redaction answer can
// be tens of MB.
import { getPriority, setPriority } from "node:os";
import { move, transferableSymbol, valueSymbol } from "piscina";
import { runTask, type HeavyTask } from "../app/api/tasks";
import { answerBytes } from "../app/api/answer";

/** How much nicer than the request thread (which it inherits its nice value from) a pool thread runs. */
export const WORKER_NICE = 10;

// Linux keeps a nice value per thread, and setpriority(0) changes the calling thread's only; elsewhere it would lower
// the whole process (the request thread too), so it is left alone there.
if (process.platform === "linux") {
  try {
    setPriority(Math.min(19, getPriority() + WORKER_NICE));
  } catch {
    // Not allowed here (some sandboxes): the pool still works, at the same priority.
  }
}

export default async function run(task: HeavyTask) {
  const answer = answerBytes(await runTask(task));
  const bytes = answer.body as Uint8Array;
  return move({ [transferableSymbol]: [bytes.buffer], [valueSymbol]: answer } as never);
}
