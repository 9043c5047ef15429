// The worker script's URL in the document (see app/evidence/worker/script.ts). The server takes it from the build's
// full assets manifest; in the browser, where the route manifest has only the page's routes, the same value is read
// back from the document, so hydration renders what the server sent.
import { UNSAFE_RemixContext } from "@remix-run/react";
import { useContext } from "react";
import { WORKER_META_NAME, WORKER_ROUTE_ID, workerScriptUrl } from "~/evidence/worker/script";

/** The build's own manifest is trusted here; the page takes only a same-origin path from the document. */
export function WorkerScriptMeta() {
  const url = useContext(UNSAFE_RemixContext)?.manifest.routes[WORKER_ROUTE_ID]?.module ?? workerScriptUrl();
  return url ? <meta name={WORKER_META_NAME} content={url} /> : null;
}
