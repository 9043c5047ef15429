// The wizard in a real Chromium with JavaScript on: the seed ticket end to end, validation that teaches, drafts,
// keyboard use. Nothing may reach the server before the final submit.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withBrowser } from "./browser";
import {
  backButton,
  choose,
  field,
  fillAbout,
  fillApplication,
  fillEvidence,
  fillExample,
  fillProblem,
  heading,
  nextButton,
  waitForStep,
} from "./driver";
import { PLACEHOLDER_CORRELATION_ID, PLACEHOLDER_OPC_REQUEST_ID, SANDBOX_TENANT, SEED, SYNTHETIC_JWT } from "./seed";

const DRAFT_KEY = "oh-ticket-draft-v1";
const openPage = withBrowser();

/** A fresh page on "/", hydrated, recording every non-GET request and every page error. */
async function openWizard() {
  const page = await openPage();
  const posts: string[] = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") posts.push(`${request.method()} ${request.url()}`);
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/");
  await page.locator("form[data-hydrated]").waitFor();
  return { page, posts, errors };
}

/** The error text a field points to through aria-describedby. */
async function describedErrors(page: Page, selector: string): Promise<string> {
  return page.locator(selector).evaluate((el) =>
    (el.getAttribute("aria-describedby") ?? "")
      .split(/\s+/)
      .filter((id) => id.endsWith("-error"))
      .map((id) => document.getElementById(id)?.textContent ?? "")
      .join(" | "),
  );
}

const activeElementId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

async function throughToExamples(page: Page) {
  await fillAbout(page);
  await nextButton(page).click();
  await waitForStep(page, "Application");
  await fillApplication(page);
  await nextButton(page).click();
  await waitForStep(page, "What happened");
  await fillProblem(page);
  await nextButton(page).click();
  await waitForStep(page, "Examples");
}

describe("the wizard with JavaScript", () => {
  it("completes the seed ticket end to end and sends nothing until the final submit", async () => {
    const { page, posts, errors } = await openWizard();

    await fillAbout(page);
    await nextButton(page).click();
    await waitForStep(page, "Application");
    expect(await page.locator('[aria-current="step"]').textContent()).toContain("Application");
    expect(await page.getByRole("listitem").filter({ hasText: "About you" }).textContent()).toContain("Complete");

    await fillApplication(page);
    // Choosing the public sandbox filled in its tenant.
    expect(await field(page, "Tenant ID").inputValue()).toBe(SANDBOX_TENANT);
    await nextButton(page).click();
    await waitForStep(page, "What happened");

    await fillProblem(page);
    await nextButton(page).click();
    await waitForStep(page, "Examples");

    await fillExample(page, 0, SEED.examples[0]);
    await page.getByRole("button", { name: "Add another example" }).click();
    await fillExample(page, 1, SEED.examples[1]);
    // After leaving the date field, the normalised value is shown.
    const first = page.getByRole("group", { name: "Example 1", exact: true });
    expect(await first.locator(".stored-as").textContent()).toBe(`Stored as ${SEED.examples[0].storedAs}`);
    await nextButton(page).click();
    await waitForStep(page, "Evidence");

    await page.getByRole("button", { name: "Add evidence" }).click();
    await fillEvidence(page, 0, SEED.evidence[0]);
    await nextButton(page).click();
    await waitForStep(page, "Review");

    const review = page.locator(".step");
    for (const text of [
      SEED.application.appId,
      SEED.application.clientId,
      "LifeBridge Health",
      "2025-07-28T15:21:14Z",
      SEED.examples[1].opcRequestId,
    ]) {
      expect(await review.textContent()).toContain(text);
    }
    for (const section of ["About you", "Application", "What happened", "Examples", "Evidence"]) {
      await page.getByRole("button", { name: `Edit ${section}` }).waitFor();
    }
    expect(posts).toEqual([]);

    await page.getByRole("button", { name: "Check and finish" }).click();
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    expect(posts).toHaveLength(1);
    const html = await page.content();
    expect(html).toContain("5718aeb9-3fef-470f-8562-5ccbc97b4fe5");
    expect(html).not.toContain(SYNTHETIC_JWT);
    expect(html).not.toContain(SYNTHETIC_JWT.split(".")[2]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("blocks Next on an unanswered step, focuses the first invalid field and shows the schema's message beside it", async () => {
    const { page, posts } = await openWizard();
    await nextButton(page).click();
    await page.locator(".error-summary").waitFor();
    expect(await heading(page).textContent()).toContain("About you");
    // Focus moves on the frame after the errors render: poll, do not read once.
    await expect.poll(() => activeElementId(page)).toBe("f-about-opnMember-yes");
    const group = "#f-about-opnMember";
    expect(await page.locator(group).getAttribute("aria-invalid")).toBe("true");
    expect(await describedErrors(page, group)).toContain("Answer Yes or No: are you an OPN member?");
    await expect
      .poll(() => page.getByRole("listitem").filter({ hasText: "About you" }).textContent())
      .toContain("Has errors");
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("calls out the seed's placeholder IDs beside their fields, and Back loses nothing", async () => {
    const { page, posts } = await openWizard();
    await throughToExamples(page);
    const example = page.getByRole("group", { name: "Example 1", exact: true });
    await field(example, "Cerner-Correlation-Id").fill(PLACEHOLDER_CORRELATION_ID);
    await field(example, "opc-request-id").fill(PLACEHOLDER_OPC_REQUEST_ID);
    await field(example, "Date and time of the example").fill("2025-07-29T15:22:10Z");
    await nextButton(page).click();
    await page.locator(".error-summary").waitFor();

    const correlation = "#f-examples-0-cernerCorrelationId";
    const opc = "#f-examples-0-opcRequestId";
    expect(await page.locator(correlation).getAttribute("aria-invalid")).toBe("true");
    expect(await describedErrors(page, correlation)).toMatch(/looks like a placeholder.*support cannot trace it/);
    expect(await describedErrors(page, opc)).toMatch(/placeholder.*\/<32 hex>\/<32 hex>/);
    await expect.poll(() => activeElementId(page)).toBe("f-examples-0-cernerCorrelationId");

    await backButton(page).click();
    await waitForStep(page, "What happened");
    expect(await field(page, "Expected result").inputValue()).toBe(SEED.problem.expected);
    await nextButton(page).click();
    await waitForStep(page, "Examples");
    expect(await page.locator(correlation).inputValue()).toBe(PLACEHOLDER_CORRELATION_ID);
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("shows the client's name only for Yes, keeping it while hidden, and the client-domain reminder where request data is typed", async () => {
    const { page } = await openWizard();
    await choose(page, /on behalf of an Oracle Health client/, "Yes");
    await field(page, "Which client?").fill("LifeBridge Health");
    await choose(page, /on behalf of an Oracle Health client/, "No");
    expect(await field(page, "Which client?").isVisible()).toBe(false);
    await choose(page, /on behalf of an Oracle Health client/, "Yes");
    expect(await field(page, "Which client?").inputValue()).toBe("LifeBridge Health");

    await fillAbout(page);
    await nextButton(page).click();
    await waitForStep(page, "Application");
    const note = page
      .getByRole("note")
      .filter({ hasText: "This is a client domain: do not include API request data or live patient data" });
    expect(await note.count()).toBe(0);
    await field(page, "Tenant ID").fill("1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
    await choose(page, /Where does the problem happen/, "Client domain, production");
    await note.waitFor();
    // Typed tenant is never overwritten by the sandbox prefill.
    await choose(page, /Where does the problem happen/, "Public sandbox");
    expect(await field(page, "Tenant ID").inputValue()).toBe("1b2d3c4e-5f60-4a7b-8c9d-0e1f2a3b4c5d");
    await note.waitFor({ state: "hidden" });
    await field(page, "App ID").fill(SEED.application.appId);
    await field(page, "Client ID").fill(SEED.application.clientId);
    await choose(page, "App type", "System");
    await choose(page, /SMART version/, /SMART v1/);
    await choose(page, /Where does the problem happen/, "Client domain, non-production");
    await note.waitFor();
    await nextButton(page).click();
    await waitForStep(page, "What happened");
    await note.waitFor();
    await page.context().close();
  });

  it("autosaves a draft, restores it after a reload with a Discard control, and keeps unredacted evidence out of it", async () => {
    const { page, posts } = await openWizard();
    await throughToExamples(page);
    await fillExample(page, 0, SEED.examples[1]);
    await nextButton(page).click();
    await waitForStep(page, "Evidence");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await fillEvidence(page, 0, SEED.evidence[0]);
    await page.getByLabel(/^Also redact these words/).fill("Jane Example");
    // A later change, so a save certainly happens after the evidence was pasted.
    await backButton(page).click();
    await waitForStep(page, "Examples");
    await field(page, "HTTP status").fill("401");
    await page.waitForFunction((key) => (localStorage.getItem(key) ?? "").includes('"status":"401"'), DRAFT_KEY);
    const stored = (await page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)) ?? "";
    expect(stored).toContain(SEED.application.clientId);
    expect(stored).not.toContain(SYNTHETIC_JWT.split(".")[1]);
    expect(stored).not.toContain("Jane Example");
    expect(posts).toEqual([]);

    await page.reload();
    await page.locator("form[data-hydrated]").waitFor();
    await page.getByRole("status").filter({ hasText: "Draft restored" }).waitFor();
    await waitForStep(page, "Examples");
    expect(await field(page, "HTTP status").inputValue()).toBe("401");
    await backButton(page).click();
    await waitForStep(page, "What happened");
    expect(await field(page, "Actual result").inputValue()).toBe(SEED.problem.actual);
    await page.getByRole("button", { name: /About you/ }).click();
    await waitForStep(page, "About you");
    expect(await page.locator("#f-about-codeProgramMember-yes").isChecked()).toBe(true);
    expect(await field(page, "Which client?").inputValue()).toBe(SEED.about.clientName);

    await page.getByRole("button", { name: "Discard…" }).click();
    await page.getByRole("button", { name: "Discard the draft" }).click();
    await page.getByRole("status").filter({ hasText: "Draft discarded" }).waitFor();
    await waitForStep(page, "About you");
    expect(await page.locator("#f-about-opnMember-no").isChecked()).toBe(false);
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), DRAFT_KEY)).toBeNull();
    await page.reload();
    await page.locator("form[data-hydrated]").waitFor();
    expect(await page.getByText("Draft restored").count()).toBe(0);
    await page.context().close();
  });

  it("can be completed by keyboard alone: Tab, Space and Enter through the first step", async () => {
    const { page } = await openWizard();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    expect(await activeElementId(page)).toBe("main");
    // The two ways to start from something ready come first: the sample and a saved ticket file.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Try it with a sample");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Open ticket file…");

    const questions = [
      "opnMember",
      "healthcareDeveloperTrack",
      "codeProgramMember",
      "marketplacePresence",
      "onBehalfOfClient",
    ];
    for (const q of questions) {
      await page.keyboard.press("Tab");
      expect(await activeElementId(page)).toBe(`f-about-${q}-yes`);
      await page.keyboard.press("Space");
      expect(await page.locator(`#f-about-${q}-yes`).isChecked()).toBe(true);
    }
    await page.keyboard.press("Tab");
    expect(await activeElementId(page)).toBe("f-about-clientName");
    await page.keyboard.type("LifeBridge Health");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Next/);
    // A visible focus indicator on the focused button.
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).not.toBe(
      "none",
    );
    await page.keyboard.press("Enter");
    await waitForStep(page, "Application");
    expect(await activeElementId(page)).toBe("step-heading");
    await page.context().close();
  });
});
