// What got in a newcomer's way, in a real Chromium with JavaScript on: clicks lost to moving error lines, the phone
// width of Review, the browser's Back button, Discard without a way back, the wording, the diagnosis headline when the
// requested scopes are blank, pasted labels and the sandbox tenant, printing.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import {
  choose,
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
import { SANDBOX_TENANT, SEED, SYNTHETIC_JWT } from "./seed";

/** Waits until the autosaved draft holds `text` (saved a moment after a change, once the privacy check is loaded). */
const draftHolds = (page: Page, text: string) =>
  page.waitForFunction(([key, t]) => (localStorage.getItem(key) ?? "").includes(t), ["oh-ticket-draft-v1", text]);

const openPage = withBrowser();

/** Waits until the router's rendered location names `step` (the form's data-history-step), the address too. */
async function inHistory(page: Page, step: string) {
  await page.locator(`form[data-history-step="${step}"]`).waitFor();
  await page.waitForURL(new RegExp(`[?&]step=${step}\\b`));
}

async function openWizard(options?: Parameters<typeof openPage>[0]) {
  const page = await openPage(options);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  await page.goto("/");
  await page.locator("form[data-hydrated]").waitFor();
  return { page, errors };
}

async function next(page: Page, title: string) {
  await nextButton(page).click();
  await waitForStep(page, title);
}

/** The seed ticket's first three steps typed in, up to Examples. */
async function toExamples(page: Page, { requested = true } = {}) {
  await fillAbout(page);
  await next(page, "Application");
  await fillApplication(page);
  if (!requested) await field(page, "Requested scopes").fill("");
  await next(page, "What happened");
  await fillProblem(page);
  await next(page, "Examples");
}

/** The seed ticket typed in, up to Review (`requested: false` leaves the requested scopes blank). */
async function toReview(page: Page, { requested = true } = {}) {
  await toExamples(page, { requested });
  await fillExample(page, 0, SEED.examples[0]);
  await page.getByRole("button", { name: "Add another example" }).click();
  await fillExample(page, 1, SEED.examples[1]);
  await next(page, "Evidence");
  await page.getByRole("button", { name: "Add evidence" }).click();
  await fillEvidence(page, 0, SEED.evidence[0]);
  await next(page, "Review");
}

/** Press and release the mouse at the centre of `selector` as it is now — as a hand does, wherever it then is. */
async function clickWhereItIs(page: Page, selector: string) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} is not on screen`);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Table cells and code whose box reaches past the viewport's right edge (cut off or scrolled out of sight). */
const pastTheEdge = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll(".step th, .step td, .step code, .step dd")]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}: ${(el.textContent ?? "").slice(0, 40)}`)
      .slice(0, 10),
  );

describe("a newcomer's path through the wizard", () => {
  it("never loses a click to an error line that appears when the field being left validates", async () => {
    const { page } = await openWizard();
    // Leave an unanswered question by clicking the next one: its error appears, and must not move the click.
    await page.locator("#f-about-opnMember-yes").focus();
    await clickWhereItIs(page, 'label[for="f-about-healthcareDeveloperTrack-no"]');
    expect(await page.locator("#f-about-healthcareDeveloperTrack-no").isChecked()).toBe(true);
    await page.locator("#f-about-opnMember-error").waitFor();
    // The same for a text field left empty above a radio group (Application: Client ID, then App type).
    await page.locator("#f-about-codeProgramMember-yes").focus();
    await clickWhereItIs(page, 'label[for="f-about-marketplacePresence-no"]');
    expect(await page.locator("#f-about-marketplacePresence-no").isChecked()).toBe(true);
    await page.context().close();
  });

  it("fits Review into a 375 px phone: the scope matrix and long IDs wrap instead of widening the page", async () => {
    const { page } = await openWizard({ viewport: { width: 375, height: 800 } });
    await toReview(page);
    await page.screenshot({ path: `${SHOTS}/review-375.png`, fullPage: true });
    expect(await overflow(page)).toBeLessThanOrEqual(375);
    expect(await pastTheEdge(page)).toEqual([]);
    await page.context().close();
  });

  it("makes each step a browser history entry: Back and Forward move between steps, and a reload keeps the step", async () => {
    const { page } = await openWizard();
    await fillAbout(page);
    await next(page, "Application");
    // The address is written just after the step shows, and the router renders its new location later still (a
    // transition): a person presses Back once the page reads the new step, which the form says in data-history-step.
    await inHistory(page, "application");
    await field(page, "App ID").fill(SEED.application.appId);
    await page.goBack();
    await inHistory(page, "about");
    await waitForStep(page, "About you");
    expect(new URL(page.url()).searchParams.get("step")).toBe("about");
    expect(await page.locator("#f-about-codeProgramMember-yes").isChecked()).toBe(true);
    await page.goForward();
    await inHistory(page, "application");
    await waitForStep(page, "Application");
    expect(new URL(page.url()).searchParams.get("step")).toBe("application");
    expect(await field(page, "App ID").inputValue()).toBe(SEED.application.appId);
    await draftHolds(page, SEED.application.appId); // the draft is saved a moment after a change
    await page.reload();
    await page.locator("form[data-hydrated]").waitFor();
    await waitForStep(page, "Application");
    await page.context().close();
  });

  it("asks before Discard removes the draft, and Undo brings it back", async () => {
    const { page } = await openWizard();
    await fillAbout(page);
    await draftHolds(page, SEED.about.clientName);
    await page.reload();
    await page.locator("form[data-hydrated]").waitFor();
    await page.getByRole("status").filter({ hasText: "Draft restored" }).waitFor();
    await page
      .getByRole("button", { name: /^Discard/ })
      .first()
      .click();
    // One click does not discard: it asks, and the answers are still there.
    expect(await field(page, "Which client?").inputValue()).toBe(SEED.about.clientName);
    await page.getByRole("button", { name: "Discard the draft" }).click();
    await page.getByRole("status").filter({ hasText: "Draft discarded" }).waitFor();
    expect(await field(page, "Which client?").inputValue()).toBe("");
    await page.getByRole("button", { name: "Undo" }).click();
    await waitForStep(page, "About you");
    expect(await field(page, "Which client?").inputValue()).toBe(SEED.about.clientName);
    expect(await page.locator("#f-about-codeProgramMember-yes").isChecked()).toBe(true);
    await page.context().close();
  });

  it("reads unknown as unknown: with the requested scopes blank, the headline does not claim the token request left a scope out", async () => {
    const { page } = await openWizard();
    await toReview(page, { requested: false });
    const summary = (await page.locator(".step").textContent()) ?? "";
    expect(summary).toContain("Specimen");
    expect(summary).not.toContain("which the token request did not ask for");
    expect(summary).toMatch(/unknown until you add the requested scopes/);
    await page.context().close();
  });

  it("says what the buttons and notes really do", async () => {
    const { page } = await openWizard();
    await toReview(page);
    expect(await page.getByRole("button", { name: "Submit ticket" }).count()).toBe(0);
    await page.getByRole("button", { name: "Check and finish" }).click();
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    const lead = (await page.locator(".ticket-ready .lead").textContent()) ?? "";
    expect(lead).not.toContain("redacted on the server");
    expect(lead).toContain("Nothing has been sent to Oracle");
    // The document names places in the form by their labels, never by internal field paths.
    const ready = (await page.locator(".ticket-ready").textContent()) ?? "";
    expect(ready).not.toMatch(/Ticket form, |examples\.\d+\.url|application\.\w+Scopes/);
    expect(ready).toContain("Form: Example 2: Request URL");
    await page.context().close();
  });

  it("tells where a placeholder Client ID comes from: Code Console, not the response headers", async () => {
    const { page } = await openWizard();
    await fillAbout(page);
    await next(page, "Application");
    await field(page, "Client ID").fill("abc12345-def6-7890-ghij-klmnopqrstuv");
    await field(page, "App ID").focus();
    const error = page.locator("#f-application-clientId-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("Code Console");
    expect(await error.textContent()).not.toContain("response headers");
    await page.context().close();
  });

  it("empties the sandbox tenant when the environment changes to a client domain", async () => {
    const { page } = await openWizard();
    await fillAbout(page);
    await next(page, "Application");
    await choose(page, /Where does the problem happen/, "Public sandbox");
    expect(await field(page, "Tenant ID").inputValue()).toBe(SANDBOX_TENANT);
    await choose(page, /Where does the problem happen/, "Client domain, production");
    expect(await field(page, "Tenant ID").inputValue()).toBe("");
    await page.context().close();
  });

  it("takes a timestamp pasted with its label and keeps only the time", async () => {
    const { page } = await openWizard();
    await toExamples(page);
    const example = page.getByRole("group", { name: "Example 1", exact: true });
    await field(example, "Date and time of the example").fill("Timestamp (UTC): 2025-07-29T15:22:10Z");
    await field(example, "Request URL").focus();
    await example.locator(".stored-as", { hasText: "Stored as 2025-07-29T15:22:10Z" }).waitFor();
    expect(await example.locator(".field-error").count()).toBe(0);
    await page.context().close();
  });

  it("reads a time typed the way a forum post or a mail client prints it, and an ID pasted with its header name", async () => {
    const { page } = await openWizard();
    await toExamples(page);
    await fillExample(page, 0, SEED.examples[0]);
    const example = page.getByRole("group", { name: "Example 1", exact: true });
    await field(example, "Date and time of the example").fill("Jul 29, 2025, 10:22 AM CDT");
    await field(example, "X-Request-Id").fill("X-Request-Id: 78a19072002b8651623351cfedaffe70");
    await field(example, "Request URL").focus();
    await example.locator(".stored-as", { hasText: "Stored as 2025-07-29T15:22:00Z" }).waitFor();
    await next(page, "Evidence");
    expect(await page.locator(".field-error").count()).toBe(0);
    await page.context().close();
  });

  it("prints the ticket without buttons or the wizard's controls", async () => {
    const { page } = await openWizard();
    await toReview(page);
    await page.getByRole("button", { name: "Check and finish" }).click();
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    await page.emulateMedia({ media: "print" });
    const visibleButtons = await page.evaluate(
      () => [...document.querySelectorAll("button")].filter((b) => b.getClientRects().length > 0).length,
    );
    expect(visibleButtons).toBe(0);
    expect(await page.getByRole("heading", { name: "Ticket complete" }).isVisible()).toBe(true);
    await page.context().close();
  });

  it("tells how to capture each ID: Code Console for the Client ID, the Network tab and curl -v for the request IDs", async () => {
    const { page } = await openWizard();
    await fillAbout(page);
    await next(page, "Application");
    const client = page
      .locator(".field", { has: page.getByLabel("Client ID", { exact: true }) })
      .locator(".capture-help");
    await client.getByText("How to capture this").click();
    // The words load when a disclosure is first opened; it opens once they are there.
    await expect.poll(() => client.textContent()).toMatch(/Code Console.*Client ID.*never paste the client secret/);
    expect(await client.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await fillApplication(page);
    await next(page, "What happened");
    await fillProblem(page);
    await next(page, "Examples");
    const xRequest = page.locator(".field", { has: page.getByLabel(/^X-Request-Id/) }).locator(".capture-help");
    await xRequest.getByText("How to capture this").click();
    await expect.poll(() => xRequest.textContent()).toContain("curl -v");
    const text = (await xRequest.textContent()) ?? "";
    expect(text).toContain("Network");
    expect(text).toContain("curl -v");
    expect(text).toContain("< X-Request-Id: …");
    expect(await axeViolations(page)).toEqual([]);
    await page
      .locator("fieldset.card")
      .first()
      .screenshot({ path: `${SHOTS}/capture-help-1440.png` });
    await page.context().close();
  });

  it("keeps the evidence's redaction counts after a reload (the draft holds only redacted text)", async () => {
    const { page } = await openWizard();
    await toExamples(page);
    await fillExample(page, 0, SEED.examples[1]);
    await next(page, "Evidence");
    await page.getByRole("button", { name: "Add evidence" }).click();
    await fillEvidence(page, 0, SEED.evidence[0]);
    const secrets = page.locator('.ev-count[data-category="secret"]');
    await secrets.filter({ hasText: /^[1-9]\d* secrets?$/ }).waitFor();
    const before = await secrets.textContent();
    await field(page.getByRole("group", { name: "Evidence 1", exact: true }), "Label").fill("Token response, again");
    await page.waitForFunction(() =>
      (localStorage.getItem("oh-ticket-draft-v1") ?? "").includes("Token response, again"),
    );
    await page.reload();
    await page.locator("form[data-hydrated]").waitFor();
    await waitForStep(page, "Evidence");
    await secrets.filter({ hasText: /secret/ }).waitFor();
    expect(await secrets.textContent()).toBe(before);
    await page.context().close();
  });
});

describe("without JavaScript", () => {
  it("detects the kind of pasted evidence when the form is posted", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto("/");
    await clickAndMaybePost(page, () => page.getByRole("button", { name: "Try it with a sample" }).click(), true);
    await waitForStep(page, "Review");
    await clickAndMaybePost(page, () => page.getByRole("button", { name: "Edit Evidence" }).click(), true);
    await waitForStep(page, "Evidence");
    await clickAndMaybePost(page, () => page.getByRole("button", { name: "Add evidence" }).click(), true);
    const item = page.getByRole("group", { name: "Evidence 4", exact: true });
    expect(await item.getByLabel("Kind of evidence").inputValue()).toBe("detect");
    await item.getByLabel(/^Label/).fill("Pasted token");
    await item.getByLabel("Evidence text").fill(SYNTHETIC_JWT);
    await clickAndMaybePost(page, () => nextButton(page).click(), true);
    await waitForStep(page, "Review");
    expect(await page.locator(".step").textContent()).toContain("JWT (access or ID token) — Pasted token");
    await page.context().close();
  });
});
