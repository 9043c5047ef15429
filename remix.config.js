/** @type {import('@remix-run/dev').AppConfig} */
export default {
  ignoredRouteFiles: ["**/.*", "**/*.test.{ts,tsx}"],
  serverModuleFormat: "esm",
  // Core modules (app/redaction, app/diagnosis, …) run in the browser too; they import nothing from Node.
  browserNodeBuiltinsPolyfill: { modules: {} },
};
