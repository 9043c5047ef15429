// Where the worker's script is and how a worker is started on it. Its own small module: the wizard's checks start
// their worker from the first step, long before the evidence client's code is needed.

/** The route whose browser module is the worker script (app/routes/_evidence-worker.ts). */
export const WORKER_ROUTE_ID = "routes/_evidence-worker";

/** The worker script's URL from Remix's route manifest, or null (no manifest, on the server, in tests). */
export function workerScriptUrl(): string | null {
  if (typeof window === "undefined") return null;
  const manifest = (window as { __remixManifest?: { routes?: Record<string, { module?: unknown }> } }).__remixManifest;
  const module = manifest?.routes?.[WORKER_ROUTE_ID]?.module;
  return typeof module === "string" && module.startsWith("/") ? module : null;
}

/** A module Worker on the worker script, named for what it runs; null when none can run. */
export function startWorker(name: string): Worker | null {
  const url = workerScriptUrl();
  if (!url || typeof Worker === "undefined") return null;
  try {
    return new Worker(url, { type: "module", name });
  } catch {
    return null;
  }
}
