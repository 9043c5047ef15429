// Where the worker's script is and how a worker is started on it. Its own small module: the wizard's checks start
// their worker from the first step, long before the evidence client's code is needed.
//
// The page's route manifest does not list the worker's route (Remix's lazy route discovery sends only the routes of
// the page), so the server writes the script's URL into the document: `<meta name="evidence-worker">`
// (WorkerScriptMeta in app/components/worker-script-meta.tsx, on the wizard's page), read here.

/** The route whose browser module is the worker script (app/routes/_evidence-worker.ts). */
export const WORKER_ROUTE_ID = "routes/_evidence-worker";

/** The `<meta>` that carries the worker script's URL. */
export const WORKER_META_NAME = "evidence-worker";

/**
 * The worker script's URL from the document's `<meta>`, or null (no document, no meta: on the server, in tests). Only
 * a path on this origin is taken.
 */
export function workerScriptUrl(): string | null {
  if (typeof document === "undefined") return null;
  const url = document.querySelector(`meta[name="${WORKER_META_NAME}"]`)?.getAttribute("content");
  return url?.startsWith("/") && sameOrigin(url) ? url : null;
}

/** Whether a path resolves on this page's origin (`//host/…` and `/\host/…` name another host). */
function sameOrigin(path: string): boolean {
  try {
    return new URL(path, location.href).origin === location.origin;
  } catch {
    return false;
  }
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
