// @vitest-environment jsdom
// The worker's script URL goes from the server's build manifest into the document, where the page finds it: with
// lazy route discovery the page's own route manifest does not list the worker's route.
import { UNSAFE_RemixContext } from "@remix-run/react";
import { cleanup, render } from "@testing-library/react";
import type { ContextType } from "react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { WorkerScriptMeta } from "~/components/worker-script-meta";
import { WORKER_ROUTE_ID, workerScriptUrl } from "~/evidence/worker/script";

type RemixContext = ContextType<typeof UNSAFE_RemixContext>;
const withManifest = (routes: Record<string, { module: string }>) =>
  ({ manifest: { routes } }) as unknown as RemixContext;

const serverHtml = (routes: Record<string, { module: string }>) =>
  renderToString(
    <UNSAFE_RemixContext.Provider value={withManifest(routes)}>
      <WorkerScriptMeta />
    </UNSAFE_RemixContext.Provider>,
  );

afterEach(() => {
  cleanup();
  document.head.innerHTML = "";
});

describe("the worker script's URL", () => {
  it("is written by the server from the build's manifest and found by the page", () => {
    const html = serverHtml({ [WORKER_ROUTE_ID]: { module: "/build/routes/_evidence-worker-ABC.js" } });
    expect(html).toBe('<meta name="evidence-worker" content="/build/routes/_evidence-worker-ABC.js"/>');
    expect(workerScriptUrl()).toBeNull();
    document.head.innerHTML = html;
    expect(workerScriptUrl()).toBe("/build/routes/_evidence-worker-ABC.js");
  });

  it("renders again in the browser what the server sent, though the page's manifest lacks the route", () => {
    document.head.innerHTML = serverHtml({ [WORKER_ROUTE_ID]: { module: "/build/routes/_evidence-worker-ABC.js" } });
    const { container } = render(
      <UNSAFE_RemixContext.Provider value={withManifest({})}>
        <WorkerScriptMeta />
      </UNSAFE_RemixContext.Provider>,
    );
    expect(container.querySelector("meta")?.getAttribute("content")).toBe("/build/routes/_evidence-worker-ABC.js");
  });

  it("is only ever taken as a path on this origin", () => {
    for (const module of [
      "//evil.example/w.js",
      "/\\evil.example/w.js", // a browser reads a backslash as a slash: another host
      "https://evil.example/w.js",
      "javascript:alert(1)",
      "",
    ]) {
      document.head.innerHTML = `<meta name="evidence-worker" content="${module}">`;
      expect(workerScriptUrl()).toBeNull();
    }
  });
});
