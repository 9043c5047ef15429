// Adding evidence files with JavaScript off: the Evidence step's plain file input posts the files with the form; the
// server reads them in memory, detects their kind and redacts them like pasted text; a refused file is named by its
// position and nothing typed is lost. axe on the page, screenshots at 1440 and 375 px.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import { clickAndMaybePost, fillExample, fillFirstSteps, nextButton, waitForStep } from "./driver";
import { SEED, SYNTHETIC_JWT } from "./seed";

const openPage = withBrowser();

const fixture = (name: string) => readFileSync(new URL(`../fixtures/evidence/${name}`, import.meta.url), "utf8");

const tokenResponse = {
  name: "token-response.json",
  mimeType: "application/json",
  buffer: Buffer.from(fixture("token-response.json").replace("{{ACCESS_TOKEN}}", SYNTHETIC_JWT)),
};
const har = { name: "session.har", mimeType: "application/json", buffer: Buffer.from(fixture("session.har")) };
const binary = {
  name: "screenshot.png",
  mimeType: "image/png",
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
};

const post = (page: Page, click: () => Promise<void>) => clickAndMaybePost(page, click, true);
const item = (page: Page, n: number) => page.getByRole("group", { name: `Evidence ${n}`, exact: true });

/**
 * axe needs scripts, which this page has off: the page as served is scanned in a page with scripts on, its scripts
 * taken out (so nothing hydrates) and its <noscript> blocks shown as a browser without JavaScript shows them.
 */
async function axeOfNoJsPage(page: Page): Promise<string[]> {
  const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, "").replace(/<\/?noscript>/gi, "");
  const scan = await openPage();
  await scan.route("**/no-js-snapshot", (route) => route.fulfill({ contentType: "text/html", body: html }));
  await scan.goto("/no-js-snapshot");
  expect(await scan.getByLabel("Add files").count()).toBe(1);
  const found = await axeViolations(scan);
  await scan.context().close();
  return found;
}

async function toEvidenceStep(page: Page) {
  await fillFirstSteps(page, false);
  await post(page, () => nextButton(page).click());
  await waitForStep(page, "Examples");
  await fillExample(page, 0, SEED.examples[0]);
  await post(page, () => nextButton(page).click());
  await waitForStep(page, "Evidence");
}

describe("uploading evidence files without JavaScript", () => {
  it("adds chosen files as redacted items of the detected kind, refuses a binary one by position, keeps what was typed", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await toEvidenceStep(page);
    expect(await page.locator("form[data-hydrated]").count()).toBe(0);
    expect(await page.locator("form.wizard").getAttribute("enctype")).toBe("multipart/form-data");

    // Something typed on the step first: a pasted item and a word to redact.
    await post(page, () => page.getByRole("button", { name: "Add evidence" }).click());
    await item(page, 1)
      .getByLabel(/^Label/)
      .fill("What I saw");
    await item(page, 1).getByLabel("Evidence text").fill("GET /Specimen?_id=12345 answered 403 insufficient_scope");
    await page.getByLabel(/^Also redact these words/).fill("Acme Hospital");

    const input = page.getByLabel("Add files");
    await input.setInputFiles([tokenResponse, binary]);
    const refused = await post(page, () => page.getByRole("button", { name: "Add the chosen files" }).click());
    expect(refused?.status()).toBe(400);
    await waitForStep(page, "Evidence");

    const step = (await page.locator(".step").textContent()) ?? "";
    expect(step).toContain("File 2 of 2 looks like a binary file, not text evidence. It was not added.");
    expect(step).not.toContain("screenshot.png");
    expect(
      await item(page, 1)
        .getByLabel(/^Label/)
        .inputValue(),
    ).toBe("What I saw");
    expect(await item(page, 1).getByLabel("Evidence text").inputValue()).toContain("insufficient_scope");
    expect(await page.getByLabel(/^Also redact these words/).inputValue()).toBe("Acme Hospital");

    const token = item(page, 2);
    expect(await token.getByLabel("Kind of evidence").inputValue()).toBe("token-response");
    const tokenText = await token.getByLabel("Evidence text").inputValue();
    expect(tokenText).toMatch(/"access_token": "\[REDACTED:access_token#1/);
    expect(tokenText).toContain("system/Observation.read");
    expect(await page.content()).not.toContain(SYNTHETIC_JWT.split(".")[2]);

    // A HAR alone: added as a HAR, still a HAR.
    await input.setInputFiles([har]);
    expect((await post(page, () => page.getByRole("button", { name: "Add the chosen files" }).click()))?.status()).toBe(
      200,
    );
    await waitForStep(page, "Evidence");
    expect(await item(page, 3).getByLabel("Kind of evidence").inputValue()).toBe("har");
    expect(() => JSON.parse(tokenText)).not.toThrow();

    expect(await axeOfNoJsPage(page)).toEqual([]);
    await page.locator(".ev-add").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/upload-no-js-1440.png`, fullPage: true });
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: `${SHOTS}/upload-no-js-375.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

    // And on: the uploaded items are in the ticket.
    expect((await post(page, () => nextButton(page).click()))?.status()).toBe(200);
    await waitForStep(page, "Review");
    expect(await page.content()).not.toContain(SYNTHETIC_JWT.split(".")[2]);
    await page.context().close();
  });
});
