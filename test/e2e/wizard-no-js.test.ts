// The same wizard with JavaScript disabled: plain form posts to the Remix action, validated on the server with the
// same schema, errors beside the fields with HTTP 400, progress carried in the page, evidence redacted server-side.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { withBrowser } from "./browser";
import {
  backButton,
  clickAndMaybePost,
  field,
  fillAbout,
  fillApplication,
  fillEvidence,
  fillExample,
  fillProblem,
  nextButton,
  waitForStep,
} from "./driver";
import { PLACEHOLDER_CORRELATION_ID, PLACEHOLDER_OPC_REQUEST_ID, SANDBOX_TENANT, SEED, SYNTHETIC_JWT } from "./seed";

const openPage = withBrowser();

/** Console errors per page: Content-Security-Policy violations (an inline style, a script without the nonce) show here. */
const consoleErrors = new WeakMap<Page, string[]>();

async function openWizard() {
  const page = await openPage({ javaScriptEnabled: false });
  const errors: string[] = [];
  consoleErrors.set(page, errors);
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/");
  await waitForStep(page, "About you");
  return page;
}

const post = (page: Page, click: () => Promise<void>) => clickAndMaybePost(page, click, true);

/** Error text beside a field: the element its aria-describedby names with an -error id. */
async function errorBeside(page: Page, id: string): Promise<string> {
  const describedBy = (await page.locator(`#${id}`).getAttribute("aria-describedby")) ?? "";
  const errorId = describedBy.split(/\s+/).find((d) => d.endsWith("-error"));
  return errorId ? ((await page.locator(`#${errorId}`).textContent()) ?? "") : "";
}

describe("the wizard without JavaScript", () => {
  it("completes the seed ticket with one form post per step", async () => {
    const page = await openWizard();
    // Scripts really are off: the wizard never hydrates.
    expect(await page.locator("form[data-hydrated]").count()).toBe(0);

    await fillAbout(page);
    // The client's name appears for Yes through CSS alone.
    expect(await field(page, "Which client?").isVisible()).toBe(true);
    expect((await post(page, () => nextButton(page).click()))?.status()).toBe(200);
    await waitForStep(page, "Application");

    await fillApplication(page);
    // No script to prefill the tenant: the server fills in the sandbox tenant when it is left empty.
    expect(await field(page, "Tenant ID").inputValue()).toBe("");
    expect((await post(page, () => nextButton(page).click()))?.status()).toBe(200);
    await waitForStep(page, "What happened");

    await fillProblem(page);
    expect((await post(page, () => nextButton(page).click()))?.status()).toBe(200);
    await waitForStep(page, "Examples");

    await fillExample(page, 0, SEED.examples[0]);
    expect((await post(page, () => page.getByRole("button", { name: "Add another example" }).click()))?.status()).toBe(
      200,
    );
    expect(
      await field(page.getByRole("group", { name: "Example 1", exact: true }), "Cerner-Correlation-Id").inputValue(),
    ).toBe(SEED.examples[0].cernerCorrelationId);
    // The server shows the stored (normalised) time of the example it has seen.
    expect(await page.getByRole("group", { name: "Example 1", exact: true }).locator(".stored-as").textContent()).toBe(
      `Stored as ${SEED.examples[0].storedAs}`,
    );
    await fillExample(page, 1, SEED.examples[1]);
    expect((await post(page, () => nextButton(page).click()))?.status()).toBe(200);
    await waitForStep(page, "Evidence");

    expect((await post(page, () => page.getByRole("button", { name: "Add evidence" }).click()))?.status()).toBe(200);
    await fillEvidence(page, 0, SEED.evidence[0]);
    expect((await post(page, () => nextButton(page).click()))?.status()).toBe(200);
    await waitForStep(page, "Review");
    // Evidence was redacted on the server before it entered the page's draft.
    expect(await page.content()).not.toContain(SYNTHETIC_JWT.split(".")[2]);
    const review = (await page.locator(".step").textContent()) ?? "";
    expect(review).toContain(SANDBOX_TENANT);
    expect(review).toContain("2025-07-28T15:21:14Z");

    expect((await post(page, () => page.getByRole("button", { name: "Check and finish" }).click()))?.status()).toBe(
      200,
    );
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    const html = await page.content();
    expect(html).toContain(SEED.application.clientId);
    expect(html).not.toContain(SYNTHETIC_JWT);
    expect(html).not.toContain(SYNTHETIC_JWT.split(".")[2]);
    // Review and Complete (tables, code blocks, notes) under the CSP: no violation on any page of the flow.
    expect(consoleErrors.get(page)?.filter((e) => /Content Security Policy|Refused to/i.test(e)) ?? []).toEqual([]);

    // And back into the wizard from the result.
    expect((await post(page, () => page.getByRole("button", { name: "Edit the ticket" }).click()))?.status()).toBe(200);
    await waitForStep(page, "Review");
    await page.context().close();
  });

  it("answers 400 with the schema's messages beside the fields, keeps what was typed and focuses the first error", async () => {
    const page = await openWizard();
    await page.locator("#f-about-opnMember-yes").check();
    const response = await post(page, () => nextButton(page).click());
    expect(response?.status()).toBe(400);
    await waitForStep(page, "About you");
    expect(await page.locator("#f-about-opnMember-yes").isChecked()).toBe(true);
    expect(await page.locator("#f-about-healthcareDeveloperTrack").getAttribute("aria-invalid")).toBe("true");
    expect(await errorBeside(page, "f-about-healthcareDeveloperTrack")).toContain(
      "Answer Yes or No: have you signed up for the Healthcare Developer Track?",
    );
    expect(await page.locator("#f-about-healthcareDeveloperTrack-yes").getAttribute("autofocus")).not.toBeNull();
    expect(await page.locator(".error-summary").textContent()).toContain("4 answers on this step need fixing");
    await page.context().close();
  });

  it("calls out the seed's placeholder IDs, and Back carries values without validating", async () => {
    const page = await openWizard();
    await fillAbout(page);
    await post(page, () => nextButton(page).click());
    await fillApplication(page);
    await field(page, "App ID").fill("not-the-app-id");
    // Back does not validate and keeps the invalid value.
    expect((await post(page, () => backButton(page).click()))?.status()).toBe(200);
    await waitForStep(page, "About you");
    await post(page, () => nextButton(page).click());
    await waitForStep(page, "Application");
    expect(await field(page, "App ID").inputValue()).toBe("not-the-app-id");
    await field(page, "App ID").fill(SEED.application.appId);
    await post(page, () => nextButton(page).click());
    await fillProblem(page);
    await post(page, () => nextButton(page).click());
    await waitForStep(page, "Examples");

    await field(page, "Cerner-Correlation-Id").fill(PLACEHOLDER_CORRELATION_ID);
    await field(page, "opc-request-id").fill(PLACEHOLDER_OPC_REQUEST_ID);
    await field(page, "Date and time of the example").fill("2025-07-29 15:22:10");
    expect((await post(page, () => nextButton(page).click()))?.status()).toBe(400);
    await waitForStep(page, "Examples");
    expect(await errorBeside(page, "f-examples-0-cernerCorrelationId")).toMatch(
      /looks like a placeholder.*support cannot trace it/,
    );
    expect(await errorBeside(page, "f-examples-0-opcRequestId")).toMatch(/placeholder.*\/<32 hex>\/<32 hex>/);
    expect(await errorBeside(page, "f-examples-0-occurredAt")).toMatch(/has no time zone/);
    expect(await field(page, "Cerner-Correlation-Id").inputValue()).toBe(PLACEHOLDER_CORRELATION_ID);
    const examples = await page.getByRole("listitem").filter({ hasText: "Examples" }).textContent();
    expect(examples).toContain("Has errors");
    await page.context().close();
  });
});
