// The live diagnosis as the server renders it: at once, in place, so the page without JavaScript (and the first paint)
// shows it. A `.server` module: the browser's bundle has none of this; there the diagnosis runs in the worker.
export { diagnoseLive } from "~/evidence/worker/checks";
