// The HTTP server around the Remix build: what remix-serve does (compression, /build assets cached for a year,
// public files, the Remix handler), plus the security headers on every response, the origin check, an access log
// without query strings, and the worker pool handed to the routes in the load context.
import compression from "compression";
import express, { type RequestHandler } from "express";
import { withSecurityHeaders, originCheck, accessLog, type OriginOptions } from "./security";
import type { HeavyRunner } from "../app/api/tasks";

export interface AppOptions extends OriginOptions {
  /** The Remix request handler, given the load context maker (see main.ts); tests pass their own handler. */
  remix: (getLoadContext: (res: express.Response) => { nonce: string; heavy?: HeavyRunner }) => RequestHandler;
  heavy?: HeavyRunner;
  /** Where the browser build lives (public/build) and the public folder. */
  assetsDir: string;
  publicDir: string;
  /** Access log destination; null for none. */
  log: NodeJS.WritableStream | null;
}

/** The routes whose work runs in the pool (app/api/tasks.ts). */
const isHeavyPath = (path: string) => path.startsWith("/api/") || path === "/export";

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  if (options.trustProxy) app.set("trust proxy", true);
  if (options.log) app.use(accessLog(options.log));
  app.use(withSecurityHeaders);
  // Pages and assets are compressed; heavy answers (API, exported files) are not: they can be tens of MB, and gzip
  // would spend the request thread (and the cores the worker pool needs) on them while GET / waits.
  app.use(compression({ filter: (req, res) => !isHeavyPath(req.path) && compression.filter(req, res) }));
  app.use("/build", express.static(options.assetsDir, { immutable: true, maxAge: "1y" }));
  app.use(express.static(options.publicDir, { maxAge: "1h" }));
  app.use(originCheck(options));
  app.all(
    "*",
    options.remix((res) => ({ nonce: res.locals.nonce as string, heavy: options.heavy })),
  );
  return app;
}
