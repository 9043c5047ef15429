// Page weight, run by `npm run bench` (or `npm run bench -- page-weight`): builds the app, serves the build with the
// production server (server/main.ts) and drives Debian's Chromium through the wizard as a user with JavaScript,
// counting every script the browser fetches — on the first page and then step by step up to the Evidence step.
// Sizes are the gzip of each script's bytes (zlib's default level, what the server's compression sends), summed;
// a script is counted once, when first fetched. Figures only, never asserted.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchBrowser } from "../../e2e/browser";
import { fillAbout, fillApplication, fillExample, fillProblem, nextButton, waitForStep } from "../../e2e/driver";
import { startBuiltServer } from "../../e2e/global-setup";
import { SEED } from "../../e2e/seed";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The goal for the scripts fetched before the Evidence step (issue #14). */
const GOAL_KB = 120;

interface Script {
  url: string;
  raw: number;
  gzip: number;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

/** Loads started by timers (autosave, field notes: a few hundred ms after typing) belong to the step they follow. */
async function settle(page: Page) {
  await page.waitForTimeout(1_000);
  await page.waitForLoadState("networkidle");
}

export async function run(): Promise<string> {
  execFileSync(process.execPath, ["node_modules/@remix-run/dev/dist/cli.js", "build"], { cwd: ROOT, stdio: "ignore" });
  const server = await startBuiltServer();
  const baseURL = server.baseURL;
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const seen = new Map<string, Script>();
    const pending: Promise<void>[] = [];
    page.on("response", (response) => {
      const url = new URL(response.url());
      if (!url.pathname.endsWith(".js") || seen.has(url.pathname)) return;
      seen.set(url.pathname, { url: url.pathname, raw: 0, gzip: 0 });
      pending.push(
        response.body().then((body) => {
          seen.set(url.pathname, { url: url.pathname, raw: body.length, gzip: gzipSync(body).length });
        }),
      );
    });
    const phases: Array<{ name: string; scripts: Script[] }> = [];
    let counted = 0;
    const mark = async (name: string) => {
      await settle(page);
      await Promise.all(pending);
      const all = [...seen.values()];
      phases.push({ name, scripts: all.slice(counted) });
      counted = all.length;
    };
    const next = async (title: string) => {
      await nextButton(page).click();
      await waitForStep(page, title);
    };

    await page.goto("/");
    await page.locator("form[data-hydrated]").waitFor();
    await mark("First page (`/`, hydrated)");
    await fillAbout(page);
    await next("Application");
    await mark("Step 1 answered, Application shown (live diagnosis)");
    await fillApplication(page);
    await next("What happened");
    await mark("Step 2 answered, What happened shown");
    await fillProblem(page);
    await next("Examples");
    await mark("Step 3 answered, Examples shown (Evidence, Review preloaded)");
    await fillExample(page, 0, SEED.examples[0]);
    await next("Evidence");
    await mark("Step 4 answered, Evidence shown");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await page.getByLabel("Evidence text").first().fill(SEED.evidence[0].text);
    await page.locator(".ev-step[data-last-run]").waitFor();
    await mark("Evidence pasted and redacted");
    await context.close();

    let total = 0;
    let raw = 0;
    const rows = phases.map((p, i) => {
      const gz = p.scripts.reduce((n, s) => n + s.gzip, 0);
      total += gz;
      raw += p.scripts.reduce((n, s) => n + s.raw, 0);
      const biggest = [...p.scripts]
        .sort((a, b) => b.gzip - a.gzip)
        .slice(0, 3)
        .map((s) => `${s.url.replace(/^\/build\//, "")} ${kb(s.gzip)}`)
        .join(", ");
      return `| ${i + 1}. ${p.name} | ${p.scripts.length} | ${kb(gz)} | ${kb(total)} | ${kb(raw)} | ${biggest || "—"} |`;
    });
    const sum = (list: typeof phases) => list.reduce((n, p) => n + p.scripts.reduce((m, s) => m + s.gzip, 0), 0);
    const beforeEvidence = sum(phases.slice(0, 5));
    const before = phases.slice(0, 3).reduce((n, p) => n + p.scripts.reduce((m, s) => m + s.gzip, 0), 0);
    const first = phases[0].scripts.reduce((n, s) => n + s.gzip, 0);
    return [
      "## Page weight (JavaScript the browser fetches, gzip)",
      "",
      `First page: **${kb(first)} KB** gzip; through steps 1–2: **${kb(before)} KB**; everything fetched before the ` +
        `Evidence step: **${kb(beforeEvidence)} KB** (goal ≤ ${GOAL_KB} KB). Scripts counted once, when first fetched; ` +
        "gzip at zlib's default level.",
      "",
      "| when | new scripts | KB gzip (new) | KB gzip (so far) | KB raw (so far) | largest new (KB gzip) |",
      "|---|---|---|---|---|---|",
      ...rows,
      "",
    ].join("\n");
  } finally {
    await browser.close();
    await server.stop();
  }
}
