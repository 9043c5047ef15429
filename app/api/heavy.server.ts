// Where a route's heavy work runs: in the server's worker pool when the server passed one in the load context
// (server/app.ts), else on this thread (route tests, `remix dev`).
import type { AppLoadContext } from "@remix-run/node";
import { toResponse } from "./answer";
import { runTask, type HeavyRunner, type HeavyTask } from "./tasks";

declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The worker pool's runner (server/pool.ts). */
    heavy?: HeavyRunner;
    /** This response's CSP nonce (server/security.ts). */
    nonce?: string;
  }
}

export async function runHeavy(context: AppLoadContext | undefined, task: HeavyTask): Promise<Response> {
  const run = context?.heavy ?? runTask;
  return toResponse(await run(task));
}
