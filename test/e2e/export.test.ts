// Downloading the finished ticket in a real Chromium: with JavaScript the files are made in the browser (nothing is
// posted; only the PDF fonts are fetched), without it the same buttons post to the /export resource route.
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { withBrowser } from "./browser";
import { clickAndMaybePost, fillEvidence, fillExample, fillFirstSteps, nextStep } from "./driver";
import { SEED, SYNTHETIC_JWT } from "./seed";

const openPage = withBrowser();

/** Fills the seed ticket and submits it; with JavaScript off, one form post per step. */
async function completeTicket(page: Page, js: boolean) {
  const next = nextStep(page, js);
  await fillFirstSteps(page, js);
  await next("Examples");
  await fillExample(page, 0, SEED.examples[0]);
  await clickAndMaybePost(page, () => page.getByRole("button", { name: "Add another example" }).click(), !js);
  await fillExample(page, 1, SEED.examples[1]);
  await next("Evidence");
  await clickAndMaybePost(page, () => page.getByRole("button", { name: "Add evidence" }).click(), !js);
  await fillEvidence(page, 0, SEED.evidence[0]);
  await next("Review");
  await clickAndMaybePost(page, () => page.getByRole("button", { name: "Check and finish" }).click(), !js);
  await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
}

async function download(page: Page, button: string): Promise<{ file: Download; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

async function pdfTextOf(bytes: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/\s+/g, " ");
}

function expectNoToken(text: string) {
  for (const part of [SYNTHETIC_JWT, ...SYNTHETIC_JWT.split(".")]) expect(text).not.toContain(part);
}

describe("exporting the finished ticket", () => {
  it("with JavaScript: copies and downloads Markdown and PDF made in the browser, posting nothing", async () => {
    const page = await openPage({ acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await completeTicket(page, true);

    const requests: string[] = [];
    page.on("request", (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));

    await page.getByRole("button", { name: "Copy Markdown" }).click();
    await page.getByText("Markdown copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("## Workflow or API calls");

    const md = await download(page, "Download .md");
    expect(md.file.suggestedFilename()).toBe("oracle-health-ticket-c388f6bf-20250729.md");
    const markdown = md.bytes.toString("utf8");
    expect(markdown).toBe(copied);
    for (const heading of [
      "## Developer questions",
      "## Automated scope diagnosis",
      "## Evidence (redacted)",
      "## Redaction summary",
    ]) {
      expect(markdown).toContain(heading);
    }
    expect(markdown).toContain(SEED.application.clientId);
    expectNoToken(markdown);

    const pdf = await download(page, "Download PDF");
    expect(pdf.file.suggestedFilename()).toBe("oracle-health-ticket-c388f6bf-20250729.pdf");
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    const text = await pdfTextOf(pdf.bytes);
    expect(text).toContain("Questions for Oracle Health support");
    expectNoToken(text);

    // Nothing left the browser: no POST, only GETs for the export code and the fonts.
    expect(requests.filter((r) => !r.startsWith("GET "))).toEqual([]);
    expect(requests.filter((r) => r.includes("/fonts/")).sort()).toEqual([
      "GET /fonts/DejaVuSans-Bold.ttf",
      "GET /fonts/DejaVuSans.ttf",
      "GET /fonts/DejaVuSansMono.ttf",
    ]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("without JavaScript: the same buttons download both files from the server", async () => {
    const page = await openPage({ javaScriptEnabled: false, acceptDownloads: true });
    await completeTicket(page, false);
    expect(await page.getByRole("button", { name: "Copy Markdown" }).count()).toBe(0);

    const md = await download(page, "Download .md");
    expect(md.file.suggestedFilename()).toBe("oracle-health-ticket-c388f6bf-20250729.md");
    expect(md.bytes.toString("utf8")).toContain(
      "## X-Request-Id / Cerner-Correlation-Id / opc-request-id and Date/time of the example",
    );
    expectNoToken(md.bytes.toString("utf8"));

    const pdf = await download(page, "Download PDF");
    expect(pdf.file.suggestedFilename()).toBe("oracle-health-ticket-c388f6bf-20250729.pdf");
    const text = await pdfTextOf(pdf.bytes);
    expect(text).toContain("Automated scope diagnosis");
    expectNoToken(text);
    await page.context().close();
  });
});
