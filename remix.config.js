/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  // Core modules (app/redaction, app/diagnosis, …) run in the browser too; they import nothing from Node.
  browserNodeBuiltinsPolyfill: { modules: {} },
  // The page gets only its own routes' manifest (inline) instead of the whole route manifest script; the worker's
  // script URL comes in a <meta> (app/components/worker-script-meta.tsx).
  future: { v3_lazyRouteDiscovery: true },
};
