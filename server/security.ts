// Express middleware for what every response needs: the security headers with a per-request CSP nonce (handed to
// Remix through the load context), an origin check that answers a clear 403 to cross-origin posts (Remix itself
// would throw and answer an empty 500), and an access log without query strings.
import type { NextFunction, Request, Response } from "express";
import morgan from "morgan";
import { newNonce, securityHeaders } from "../app/security-headers";

export function withSecurityHeaders(req: Request, res: Response, next: NextFunction) {
  const nonce = newNonce();
  res.locals.nonce = nonce;
  res.set(securityHeaders(nonce));
  next();
}

export interface OriginOptions {
  /** Origins (scheme://host[:port]) allowed to post besides this server's own, e.g. the public URL behind a proxy. */
  allowedOrigins: string[];
  /** Trust X-Forwarded-Host / X-Forwarded-Proto (set when a reverse proxy in front rewrites Host). */
  trustProxy: boolean;
}

/** The ALLOWED_ORIGINS setting: a comma-separated list of origins; anything that is not an origin is refused. */
export function parseAllowedOrigins(value: string | undefined): string[] {
  const out: string[] = [];
  for (const part of (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    let url: URL;
    try {
      url = new URL(part);
    } catch {
      throw new Error(
        `ALLOWED_ORIGINS: entry ${out.length + 1} is not a URL (expected e.g. https://tickets.example.org).`,
      );
    }
    if (url.origin === "null") throw new Error(`ALLOWED_ORIGINS: entry ${out.length + 1} has no http(s) origin.`);
    out.push(url.origin);
  }
  return out;
}

const firstValue = (header: string | undefined) => header?.split(",")[0]?.trim() || undefined;

/** The origins a post may come from: this server as the browser reached it, and the configured ones. */
function ownOrigins(req: Request, options: OriginOptions): Set<string> {
  const origins = new Set(options.allowedOrigins);
  const host = req.get("host");
  if (host) {
    origins.add(`http://${host}`);
    origins.add(`https://${host}`);
  }
  if (options.trustProxy) {
    const fHost = firstValue(req.get("x-forwarded-host"));
    const fProto = firstValue(req.get("x-forwarded-proto"));
    if (fHost) for (const proto of fProto ? [fProto] : ["https", "http"]) origins.add(`${proto}://${fHost}`);
  }
  return origins;
}

const FORBIDDEN =
  "This form was posted from another site (or through a proxy this server was not told about), so it was refused. " +
  "Open the ticket helper at its own address and submit again. Operators behind a reverse proxy: set TRUST_PROXY=1 " +
  "(the proxy sends X-Forwarded-Host and X-Forwarded-Proto) or ALLOWED_ORIGINS=https://your.public.host.";

/**
 * Posts (anything but GET/HEAD/OPTIONS) whose Origin header is another site's, or `null`, are answered 403 with
 * what to do. A post without an Origin header (curl, scripts) passes: browsers always send one on a form post.
 * An accepted post has its Origin header removed so Remix's own check, which knows neither proxy setting, passes.
 */
export function originCheck(options: OriginOptions) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.method === "GET" || req.method === "HEAD" || req.method === "OPTIONS") return next();
    const origin = req.get("origin");
    if (origin === undefined) return next();
    let allowed = false;
    if (origin !== "null") {
      try {
        allowed = ownOrigins(req, options).has(new URL(origin).origin);
      } catch {
        allowed = false;
      }
    }
    if (!allowed) {
      res.set("Connection", "close");
      if (req.path.startsWith("/api/")) res.status(403).json({ error: { status: 403, message: FORBIDDEN } });
      else
        res
          .status(403)
          .type("html")
          .send(
            `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Refused: posted from another site</title></head><body><main><h1>Refused: posted from another site</h1><p>${FORBIDDEN}</p></main></body></html>`,
          );
      req.resume();
      return;
    }
    delete req.headers.origin;
    next();
  };
}

/** One line per request: method, path (never the query string: it can carry a ticket's values), status, size, time. */
export function accessLog(stream: NodeJS.WritableStream = process.stdout) {
  morgan.token("path-only", (req: Request) => (req.originalUrl ?? req.url).split("?")[0]);
  return morgan(":method :path-only :status :res[content-length] - :response-time ms", { stream });
}
