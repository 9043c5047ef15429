// The production server's middleware (server/app.ts) on a free loopback port, with a stand-in for the Remix handler
// that runs the real API route actions (so body limits and the pool are exercised), and a captured access log.
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createReadableStreamFromReadable } from "@remix-run/node";
import type { Request as ExpressRequest, Response as ExpressResponse } from "express";
import { createApp } from "../../server/app";
import type { HeavyRunner } from "~/api/tasks";
import { action as redactAction } from "~/routes/api.redact";

export interface Harness {
  url: string;
  log: () => string;
  contexts: Array<{ nonce: string }>;
  close(): Promise<void>;
}

export async function startHarness(
  options: { trustProxy?: boolean; allowedOrigins?: string[]; heavy?: HeavyRunner } = {},
): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), "server-test-"));
  mkdirSync(join(dir, "build"));
  writeFileSync(join(dir, "build", "app-123.js"), "export const x = 1;\n");
  let log = "";
  const contexts: Array<{ nonce: string }> = [];
  const app = createApp({
    assetsDir: join(dir, "build"),
    publicDir: join(dir, "public"),
    trustProxy: options.trustProxy ?? false,
    allowedOrigins: options.allowedOrigins ?? [],
    heavy: options.heavy,
    log: new Writable({ write: (chunk, _e, done) => ((log += String(chunk)), done()) }),
    remix: (getLoadContext) => async (req: ExpressRequest, res: ExpressResponse) => {
      const context = getLoadContext(res);
      contexts.push(context);
      let response: Response;
      if (req.path === "/api/redact") {
        const request = new Request(`http://${req.get("host")}${req.originalUrl}`, {
          method: req.method,
          headers: req.headers as Record<string, string>,
          body: createReadableStreamFromReadable(req),
          duplex: "half",
        } as RequestInit);
        response = await redactAction({ request, params: {}, context });
      } else {
        const paragraphs = req.path === "/big-page" ? 400 : 1;
        response = new Response(`<!doctype html>${"<p>page</p>".repeat(paragraphs)}`, {
          headers: { "Content-Type": "text/html" },
        });
      }
      res.status(response.status);
      response.headers.forEach((value, name) => res.setHeader(name, value));
      res.end(Buffer.from(await response.arrayBuffer()));
    },
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => log,
    contexts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
