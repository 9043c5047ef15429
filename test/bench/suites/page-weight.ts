// Page weight, run by `npm run bench` (or `npm run bench -- page-weight`): builds the app, serves the build with the
// production server (server/main.ts) and drives Debian's Chromium through the wizard as a user with JavaScript,
// counting every script the browser fetches — on the first page and then step by step up to the Evidence step — on
// the main thread and in the Web Workers separately. Sizes are the gzip of each script's bytes (zlib's default level,
// what the server's compression sends), summed; a script is counted once per side, when first fetched there.
// Figures only, never asserted.
//
// Who fetched what: Playwright reports a worker's fetches on the page's `response` event too, not told apart, and
// Chromium lists them in the page's Resource Timing (a chunk a worker takes from the HTTP cache, again). A worker's
// own timing lists nothing. So: the bytes come from the responses (one body per URL); a worker's scripts are its
// script's static import graph (read from those bodies: the worker imports nothing dynamically); the main thread's
// are the page's timing entries less one fetch of that graph per worker started.
//
// Remix's lazy route discovery (remix.config.js) writes the page's part of the route manifest into the document as an
// inline script instead of a manifest script, and fetches more of it from `/__manifest` when a link or form needs a
// route the page does not know: both are counted on the main thread — the inline part as what it adds to the
// document's gzip, the fetches as their bodies' gzip.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page, Worker } from "playwright-core";
import { launchBrowser } from "../../e2e/browser";
import { fillAbout, fillApplication, fillExample, fillProblem, nextButton, waitForStep } from "../../e2e/driver";
import { startBuiltServer } from "../../e2e/global-setup";
import { SEED } from "../../e2e/seed";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The goal for the scripts fetched on the main thread before the Evidence step (issue #14). */
const GOAL_KB = 120;

interface Script {
  url: string;
  raw: number;
  gzip: number;
  /** The static imports of the script (paths). */
  imports: string[];
}

const STATIC_IMPORT = /(?:from|import)\s*"(\/build\/[^"]+\.js)"/g;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Scripts and route manifest fetches (`/__manifest?p=…`, each query apart), by path. */
const countedPath = (url: URL): string | null =>
  url.pathname.endsWith(".js") ? url.pathname : url.pathname === "/__manifest" ? url.pathname + url.search : null;

const gzipOf = (text: string) => gzipSync(text).length;

/** What the inline route manifest (`window.__remixManifest = …;`) adds to the document's gzip; 0 without one. */
function inlineManifest(html: string): Script | null {
  const match = /window\.__remixManifest = [^;]*;/.exec(html);
  if (!match) return null;
  const without = html.slice(0, match.index) + html.slice(match.index + match[0].length);
  return { url: "(inline route manifest)", raw: match[0].length, gzip: gzipOf(html) - gzipOf(without), imports: [] };
}

/** Loads started by timers (autosave, field notes: a few hundred ms after typing) belong to the step they follow. */
async function settle(page: Page) {
  await page.waitForTimeout(1_000);
  await page.waitForLoadState("networkidle");
}

/** The script URLs (paths) in the page's Resource Timing, once per fetch. */
const fetchedScripts = (page: Page): Promise<string[]> =>
  page
    .evaluate(() => performance.getEntriesByType("resource").map((entry) => entry.name))
    .then((names) => names.flatMap((name) => countedPath(new URL(name)) ?? []));

export async function run(): Promise<string> {
  execFileSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build"], { cwd: ROOT, stdio: "ignore" });
  const server = await startBuiltServer();
  const baseURL = server.baseURL;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const bodies = new Map<string, Promise<Script>>();
    page.on("response", (response) => {
      const path = countedPath(new URL(response.url()));
      if (!path || bodies.has(path)) return;
      bodies.set(
        path,
        response.body().then((body) => ({
          url: path,
          raw: body.length,
          gzip: gzipSync(body).length,
          imports: path.endsWith(".js") ? [...body.toString("utf8").matchAll(STATIC_IMPORT)].map((m) => m[1]) : [],
        })),
      );
    });
    const workers: Worker[] = [];
    page.on("worker", (worker) => workers.push(worker));
    /** Scripts a thread's timing lists that no response reported (none expected; said in the output if any). */
    let unseen = 0;
    const counted = { main: new Set<string>(), worker: new Set<string>() };
    const phases: Array<{ name: string; main: Script[]; worker: Script[] }> = [];
    const fresh = async (side: Set<string>, paths: Iterable<string>) => {
      const added = [...new Set(paths)].filter((path) => !side.has(path));
      unseen += added.filter((path) => !bodies.has(path)).length;
      added.forEach((path) => side.add(path));
      return Promise.all(added.flatMap((path) => bodies.get(path) ?? []));
    };
    /** A script and everything it imports statically. */
    const graph = async (root: string): Promise<string[]> => {
      const found = new Set([root]);
      for (const path of found) for (const imported of (await bodies.get(path))?.imports ?? []) found.add(imported);
      return [...found];
    };
    const mark = async (name: string) => {
      await settle(page);
      const fetches = new Map<string, number>();
      for (const path of await fetchedScripts(page)) fetches.set(path, (fetches.get(path) ?? 0) + 1);
      const inWorkers = new Set<string>();
      for (const worker of workers)
        for (const path of await graph(new URL(worker.url()).pathname)) {
          inWorkers.add(path);
          fetches.set(path, (fetches.get(path) ?? 0) - 1);
        }
      const onPage = [...fetches].filter(([, n]) => n > 0).map(([path]) => path);
      phases.push({ name, main: await fresh(counted.main, onPage), worker: await fresh(counted.worker, inWorkers) });
    };
    const next = async (title: string) => {
      await nextButton(page).click();
      await waitForStep(page, title);
    };

    const documentHtml = (await page.goto("/"))?.text();
    await page.locator("form[data-hydrated]").waitFor();
    await mark("First page (`/`, hydrated)");
    const inline = inlineManifest((await documentHtml) ?? "");
    if (inline) phases[0].main.push(inline);
    await fillAbout(page);
    await next("Application");
    await mark("Step 1 answered, Application shown (live diagnosis)");
    await fillApplication(page);
    await next("What happened");
    await mark("Step 2 answered, What happened shown");
    await fillProblem(page);
    const plain = Date.now();
    await next("Examples");
    const toExamples = Date.now() - plain;
    await mark("Step 3 answered, Examples shown");
    await fillExample(page, 0, SEED.examples[0]);
    // Next from Examples waits for the Evidence step's code (its first load): the time until the step is shown.
    const started = Date.now();
    await next("Evidence");
    const toEvidence = Date.now() - started;
    await mark("Step 4 answered, Evidence shown (Review preloaded)");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await page.getByLabel("Evidence text").first().fill(SEED.evidence[0].text);
    await page.locator(".ev-step[data-last-run]").waitFor();
    await mark("Evidence pasted and redacted");
    await context.close();

    const gz = (list: Script[]) => list.reduce((n, s) => n + s.gzip, 0);
    const largest = (list: Script[]) =>
      [...list]
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 3)
        .map((s) => `${s.url.replace(/^\/build\//, "")} ${kb(s.gzip)}`)
        .join(", ") || "—";
    const so = { main: 0, mainRaw: 0, worker: 0 };
    const rows = phases.map((p, i) => {
      so.main += gz(p.main);
      so.mainRaw += p.main.reduce((n, s) => n + s.raw, 0);
      so.worker += gz(p.worker);
      return (
        `| ${i + 1}. ${p.name} | ${p.main.length} | ${kb(gz(p.main))} | **${kb(so.main)}** | ${kb(so.mainRaw)} | ` +
        `${largest(p.main)} | ${p.worker.length} | ${kb(gz(p.worker))} | ${kb(so.worker)} | ${largest(p.worker)} |`
      );
    });
    const until = (n: number, side: "main" | "worker") => phases.slice(0, n).reduce((t, p) => t + gz(p[side]), 0);
    const evidenceAt = phases.findIndex((p) => p.name.startsWith("Step 4"));
    return [
      "## Page weight (JavaScript the browser fetches, gzip)",
      "",
      `Main thread: first page **${kb(until(1, "main"))} KB** gzip; everything before the Evidence step ` +
        `**${kb(until(evidenceAt, "main"))} KB** (goal ≤ ${GOAL_KB} KB). In the workers before the Evidence step: ` +
        `${kb(until(evidenceAt, "worker"))} KB (the diagnosis and the typed fields' privacy checks; a chunk both sides ` +
        "use is counted on each, though fetched over the network once). Scripts counted once per side, when first " +
        "fetched there; gzip at zlib's default level.",
      "",
      "| when | main: new scripts | main: KB gzip (new) | main: KB gzip (so far) | main: KB raw (so far) | main: largest new (KB gzip) | worker: new scripts | worker: KB gzip (new) | worker: KB gzip (so far) | worker: largest new (KB gzip) |",
      "|---|---|---|---|---|---|---|---|---|---|",
      ...rows,
      "",
      `Next from Examples to the Evidence step shown, loading that step's code: ${toEvidence} ms; Next from What ` +
        `happened to Examples (nothing to load): ${toExamples} ms (one run each, Playwright's click to the heading).` +
        (unseen ? ` ${unseen} script(s) listed by a thread's timing had no response to measure.` : ""),
      "",
    ].join("\n");
  } finally {
    await browser.close();
    await server.stop();
  }
}
