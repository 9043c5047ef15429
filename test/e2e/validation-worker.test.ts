// Where the wizard validates in a real Chromium: in the checks' worker, so the page never fetches the schema's
// validation chunk on the normal path; and on the page when no Worker can run, with the same messages and statuses.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withBrowser } from "./browser";
import { fillAbout, heading, nextButton, waitForStep } from "./driver";

const openPage = withBrowser();

/** The page's own validation chunk (app/components/wizard/validation.ts): the schema, zod and zodResolver. */
const VALIDATION_CHUNK = /\/build\/_shared\/validation-[A-Z0-9]+\.js$/;

async function openWizard(options: { noWorker?: boolean } = {}) {
  const page = await openPage();
  const scripts: string[] = [];
  const errors: string[] = [];
  page.on("response", (response) => {
    if (response.url().endsWith(".js")) scripts.push(new URL(response.url()).pathname);
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  if (options.noWorker) await page.addInitScript(() => Reflect.deleteProperty(window, "Worker"));
  await page.goto("/");
  await page.locator("form[data-hydrated]").waitFor();
  return { page, scripts, errors };
}

const aboutStatus = (page: Page) =>
  page.getByRole("listitem").filter({ hasText: "About you" }).locator(".progress-status").textContent();

/** Next on the blank first step, then the first step answered: the messages and statuses a user sees. */
async function walkFirstStep(page: Page) {
  await nextButton(page).click();
  await page.locator(".error-summary").waitFor();
  expect(await heading(page).textContent()).toContain("About you");
  expect(await page.locator("#f-about-opnMember").textContent()).toContain("Answer Yes or No: are you an OPN member?");
  await expect.poll(() => aboutStatus(page)).toContain("Has errors");
  await fillAbout(page);
  await nextButton(page).click();
  await waitForStep(page, "Application");
  await expect.poll(() => aboutStatus(page)).toBe("Complete");
}

describe("validation off the main thread", () => {
  it("validates in the worker: same messages and statuses, and the page never fetches the schema", async () => {
    const { page, scripts, errors } = await openWizard();
    await walkFirstStep(page);
    expect(scripts.filter((path) => VALIDATION_CHUNK.test(path))).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("validates on the page when no Worker can run, with the same messages and statuses", async () => {
    const { page, scripts, errors } = await openWizard({ noWorker: true });
    expect(await page.evaluate(() => typeof Worker)).toBe("undefined");
    await walkFirstStep(page);
    expect(scripts.some((path) => VALIDATION_CHUNK.test(path))).toBe(true);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
