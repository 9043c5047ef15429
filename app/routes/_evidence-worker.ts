// The evidence Web Worker's script. Not a page: a pathless route with no children and no component, so no URL ever
// matches it. It is a route only because the Remix classic compiler bundles every route module as a browser entry
// (an ES module under /build/routes/, listed in the route manifest) and keeps its `handle` export: the page starts a
// module Worker on that file (app/evidence/worker/client.ts), which then runs the same pure functions as the page,
// from the same chunks. Inside the worker, startEvidenceWorker() installs the message handler; on the server and on
// the page it does nothing.
import { startEvidenceWorker } from "~/evidence/worker/worker-scope";

export const handle = { evidenceWorker: startEvidenceWorker() };
