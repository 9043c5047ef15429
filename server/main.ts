// `npm start`: serves the production build (npm run build) on PORT (default 3000), HOST if set.
// Settings (environment): TRUST_PROXY=1 behind a reverse proxy that sets X-Forwarded-Host/-Proto; ALLOWED_ORIGINS=
// comma-separated origins allowed to post besides the server's own; HEAVY_THREADS, HEAVY_MEMORY_MB,
// HEAVY_TIMEOUT_MS for the worker pool (server/pool.ts).
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import { installGlobals } from "@remix-run/node";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createApp } from "./app";
import { createHeavyPool } from "./pool";
import { parseAllowedOrigins } from "./security";

installGlobals({ nativeFetch: true });
process.env.NODE_ENV ??= "production";

const numberSetting = (name: string): number | undefined => {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number.`);
  return Number(value);
};

const root = process.cwd();
const build = (await import(pathToFileURL(path.join(root, "build/index.js")).href)) as ServerBuild;
const pool = createHeavyPool({
  threads: numberSetting("HEAVY_THREADS"),
  memoryMb: numberSetting("HEAVY_MEMORY_MB"),
  timeoutMs: numberSetting("HEAVY_TIMEOUT_MS"),
});
const app = createApp({
  remix: (getLoadContext) =>
    createRequestHandler({ build, mode: process.env.NODE_ENV, getLoadContext: (_req, res) => getLoadContext(res) }),
  heavy: pool.run,
  assetsDir: path.join(root, "public/build"),
  publicDir: path.join(root, "public"),
  allowedOrigins: parseAllowedOrigins(process.env.ALLOWED_ORIGINS),
  trustProxy: /^(1|true|yes)$/i.test(process.env.TRUST_PROXY ?? ""),
  log: process.stdout,
});

const port = numberSetting("PORT") ?? 3000;
const onListen = () =>
  process.stdout.write(`Oracle Health ticket helper on http://${process.env.HOST ?? "localhost"}:${port}\n`);
const server = process.env.HOST ? app.listen(port, process.env.HOST, onListen) : app.listen(port, onListen);
// Idle keep-alive connections stay open longer than a client's or proxy's usual reuse window, so a reused connection is
// not closed under a request that was just sent on it.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close();
    void pool.close().finally(() => process.exit(0));
  });
}
