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

export function createApp(options: AppOptions): express.Express {
  const app = express();
  app.disable("x-powered-by");
  if (options.trustProxy) app.set("trust proxy", true);
  if (options.log) app.use(accessLog(options.log));
  app.use(withSecurityHeaders);
  app.use(compression());
  app.use("/build", express.static(options.assetsDir, { immutable: true, maxAge: "1y" }));
  app.use(express.static(options.publicDir, { maxAge: "1h" }));
  app.use(originCheck(options));
  app.all(
    "*",
    options.remix((res) => ({ nonce: res.locals.nonce as string, heavy: options.heavy })),
  );
  return app;
}
