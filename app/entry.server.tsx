// Remix's default Node entry, with two changes for privacy: errors are logged by name only (an error's message can
// quote what the user typed or pasted), and every document carries the security headers (security-headers.ts) with
// this response's nonce — the server's (load context) or, without our server (remix dev, tests), a fresh one — which
// Remix's inline scripts carry too.
import { PassThrough } from "node:stream";
import type { ActionFunctionArgs, AppLoadContext, EntryContext, LoaderFunctionArgs } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceContext } from "./nonce";
import { newNonce, securityHeaders } from "./security-headers";

const ABORT_DELAY = 5_000;

/** Log what failed and where, never the message (which may quote form values or evidence). */
export function handleError(error: unknown, { request }: LoaderFunctionArgs | ActionFunctionArgs) {
  if (request.signal.aborted) return;
  const name = error instanceof Error ? error.name : typeof error;
  console.error(`[server] ${name} during ${request.method} ${new URL(request.url).pathname}`);
}

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  // Our server (server/app.ts) has set the headers on every response already; without it, set them here.
  const nonce = loadContext?.nonce ?? newNonce();
  if (!loadContext?.nonce)
    for (const [name, value] of Object.entries(securityHeaders(nonce))) responseHeaders.set(name, value);
  const waitForAll = isbot(request.headers.get("user-agent") ?? "") || remixContext.isSpaMode;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    const ready = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set("Content-Type", "text/html");
      resolve(
        new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status: responseStatusCode }),
      );
      pipe(body);
    };
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        onShellReady() {
          if (!waitForAll) ready();
        },
        onAllReady() {
          if (waitForAll) ready();
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          if (shellRendered)
            console.error(`[server] render error: ${error instanceof Error ? error.name : typeof error}`);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
