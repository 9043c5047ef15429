// The live diagnosis in a real Chromium: the seed case typed into the wizard (a System app, SMART v1, on a client
// domain; the token response with its 11 scopes and the 403 body pasted as plain text) shows SCOPE_REQUIRED_MISSING
// and SCOPE_NOT_GRANTED for system/Specimen.read beside the step, follows the SMART version, links each finding to the
// step that holds its evidence, and comes back on the Review step with the document preview. Axe finds nothing with
// the panel open (light and dark). Without JavaScript, the finished ticket shows the diagnosis and the download forms.
// Synthetic data only: the token is the made-up JWT of ./seed.
import type { Locator, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import { choose, clickAndMaybePost, field, fillAbout, fillProblem, nextButton, waitForStep } from "./driver";
import { SEED } from "./seed";

/** A client domain's tenant (made up), not the public sandbox. */
const TENANT = "5f3b1e0c-7a2d-4c8e-9b1f-2d4e6a8c0b13";
const FHIR_BASE = `https://fhir-ehr.cerner.com/r4/${TENANT}`;
const GRANTED = SEED.application.grantedScopes;
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** A made-up access token of this tenant, issued a minute before the 403, holding the 11 scopes. */
const SYNTHETIC_JWT = [
  b64({ alg: "RS384", typ: "JWT", kid: "synthetic-key" }),
  b64({
    iss: `https://authorization.cerner.com/tenants/${TENANT}`,
    azp: SEED.application.clientId,
    iat: 1753802460,
    exp: 1753803030,
    "urn:com:cerner:authorization:claims": { ver: "1.0", tnt: TENANT, azs: GRANTED },
  }),
  "U3ludGhldGljU2lnbmF0dXJlTm90QVJlYWxPbmVfZGlhZ25vc2lzX3Rlc3Q",
].join(".");
const TOKEN_RESPONSE = JSON.stringify({
  access_token: SYNTHETIC_JWT,
  scope: GRANTED,
  token_type: "Bearer",
  expires_in: 570,
});
const FORBIDDEN = [
  `GET ${FHIR_BASE}/Specimen?_id=12345 → 403 Forbidden`,
  '{"message":"code=\\"urn:cerner:error:oauth2:resource-access:insufficient-scopes\\", error=\\"insufficient_scope\\", subcode=\\"no_scope_for_resource_path\\"","code":403}',
].join("\n");

const openPage = withBrowser();

const panel = (page: Page) => page.locator("#live-diagnosis");
const counts = (page: Page) => page.locator("#live-diagnosis-counts");

/** A finding in a panel, by its code. */
const finding = (scope: Page | Locator, code: string) => scope.locator(`.diagnosis-finding[data-code="${code}"]`);
/** A finding of that code given as a cause (an error or a warning), not as an info pointer to another finding. */
const asCause = (scope: Page | Locator, code: string) =>
  finding(scope, code).and(scope.locator(":not(.diagnosis-finding--info)"));

async function openWizard(page: Page) {
  await page.goto("/");
  await page.locator("form[data-hydrated]").waitFor();
}

async function fillClientDomainApplication(page: Page) {
  await field(page, "App ID").fill(SEED.application.appId);
  await field(page, "Client ID").fill(SEED.application.clientId);
  await choose(page, "App type", "System");
  await choose(page, /SMART version/, /SMART v1/);
  await choose(page, /Where does the problem happen/, "Client domain, non-production");
  await field(page, "Tenant ID").fill(TENANT);
  await field(page, "FHIR base URL").fill(FHIR_BASE);
  await field(page, "Requested scopes").fill("system/Specimen.read system/Patient.read system/Encounter.read");
}

async function fillSpecimenExample(page: Page) {
  const group = page.getByRole("group", { name: "Example 1", exact: true });
  await field(group, "X-Request-Id").fill("e1234567-89ab-4cde-8f12-3456789abcde");
  await field(group, "Date and time of the example").fill("2025-07-29T15:22:10Z");
  await group.getByLabel(/^HTTP method/).selectOption("GET");
  await field(group, "Request URL").fill(`${FHIR_BASE}/Specimen?_id=12345`);
  await field(group, "HTTP status").fill("403");
}

/** One plain-text evidence item, pasted as a user would (the evidence step's "Add evidence", kind, label, text). */
async function pasteEvidence(page: Page, index: number, label: string, text: string) {
  await page.getByRole("button", { name: "Add evidence" }).click();
  const group = page.getByRole("group", { name: `Evidence ${index + 1}`, exact: true });
  const kind = group.getByLabel("Kind of evidence");
  if (await kind.count()) await kind.selectOption({ label: "Plain text" });
  await group.getByLabel(/^Label/).fill(label);
  await group.getByLabel(/^Evidence text/).fill(text);
}

/** Through About, Application (client domain), What happened and Examples, to the Evidence step. */
async function toEvidenceStep(page: Page) {
  await fillAbout(page);
  await nextButton(page).click();
  await waitForStep(page, "Application");
  await fromApplicationToEvidence(page);
}

/** From the Application step: the client domain's answers, What happened and Examples, then the seed's evidence. */
async function fromApplicationToEvidence(page: Page) {
  await fillClientDomainApplication(page);
  await nextButton(page).click();
  await waitForStep(page, "What happened");
  await fillProblem(page);
  await nextButton(page).click();
  await waitForStep(page, "Examples");
  await fillSpecimenExample(page);
  await nextButton(page).click();
  await waitForStep(page, "Evidence");
  await pasteEvidence(page, 0, "Token response", TOKEN_RESPONSE);
  await pasteEvidence(page, 1, "Specimen 403", FORBIDDEN);
}

/** Waits until the panel shows a finding of this code that mentions `text` (attached: it may sit in a closed disclosure). */
async function waitForFinding(
  scope: Page | Locator,
  code: string,
  text: string | RegExp,
  state: "visible" | "attached" = "visible",
) {
  await finding(scope, code).filter({ hasText: text }).first().waitFor({ state });
}

describe("the live diagnosis with JavaScript", () => {
  it("diagnoses the seed case as it is typed, follows the SMART version and links each finding to its evidence", async () => {
    const page = await openPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await openWizard(page);

    // Nothing to diagnose on the first step: no panel yet.
    expect(await panel(page).count()).toBe(0);
    await fillAbout(page);
    await nextButton(page).click();
    await waitForStep(page, "Application");
    await panel(page).waitFor();
    // Open from the start on a wide screen.
    expect(await panel(page).locator("details").getAttribute("open")).not.toBeNull();

    // Typing does not take the focus, and the polite line speaks when a count changes — not for every keystroke.
    await counts(page).evaluate((el) => {
      const w = window as unknown as { countChanges: number };
      w.countChanges = 0;
      new MutationObserver(() => (w.countChanges += 1)).observe(el, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
    const requested = field(page, "Requested scopes");
    await requested.pressSequentially("system/Patient.rs system/Encounter.read", { delay: 15 });
    await finding(panel(page), "SCOPE_SYNTAX_INVALID")
      .or(finding(panel(page), "SCOPE_VERSION_MISMATCH"))
      .first()
      .waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-application-requestedScopes");
    const changes = await page.evaluate(() => (window as unknown as { countChanges: number }).countChanges);
    expect(changes).toBeGreaterThan(0);
    expect(changes).toBeLessThan(6); // 38 keystrokes
    await requested.fill("");

    await fromApplicationToEvidence(page);

    // The seed case: the 403 needs system/Specimen.read, the token response's 11 scopes lack it.
    await waitForFinding(panel(page), "SCOPE_REQUIRED_MISSING", "system/Specimen.read");
    await waitForFinding(panel(page), "SCOPE_NOT_GRANTED", "system/Specimen.read");
    expect(await counts(page).textContent()).toMatch(/2 errors/);
    const errorsGroup = panel(page).locator(".diagnosis-group--error");
    expect(
      await errorsGroup
        .locator(".diagnosis-finding")
        .evaluateAll((els) => els.map((el) => el.getAttribute("data-code"))),
    ).toEqual(["SCOPE_REQUIRED_MISSING", "SCOPE_NOT_GRANTED"]);
    expect(await panel(page).locator(".diagnosis-scope-list__item--missing").textContent()).toMatch(
      /^system\/Specimen\.read.*not granted/,
    );
    expect(await panel(page).textContent()).not.toContain(SYNTHETIC_JWT.split(".")[2]);

    // A tall window, so the sticky panel (which scrolls inside itself) shows most of its findings in the picture.
    await page.setViewportSize({ width: 1440, height: 1500 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/diagnosis-1440.png`, fullPage: true });
    await page.setViewportSize({ width: 1440, height: 900 });

    // An evidence item's link: to the Evidence step, on that item.
    await finding(panel(page), "SCOPE_NOT_GRANTED")
      .getByRole("button", { name: /^Evidence 1 “Token response”/ })
      .first()
      .click();
    await waitForStep(page, "Evidence");
    await page.waitForFunction(
      () => document.activeElement?.closest("fieldset")?.querySelector("legend")?.textContent === "Evidence 1",
    );

    // The Review step: the diagnosis again, and the document exactly as it will be exported (token redacted).
    await nextButton(page).click();
    await waitForStep(page, "Review");
    expect(await panel(page).count()).toBe(0);
    const review = page.getByRole("region", { name: "Diagnosis" });
    await waitForFinding(review, "SCOPE_REQUIRED_MISSING", "system/Specimen.read");
    await waitForFinding(review, "SCOPE_NOT_GRANTED", "system/Specimen.read");
    const preview = page.locator("article.document-preview");
    expect(await preview.getByRole("heading", { level: 3 }).first().textContent()).toBe(
      "SMART on FHIR authorization: 403 on GET Specimen",
    );
    for (const heading of [
      "Automated scope diagnosis",
      "Questions for Oracle Health support",
      "Evidence (redacted)",
      "Redaction summary",
    ]) {
      await preview.getByRole("heading", { level: 4, name: heading }).waitFor();
    }
    const previewText = (await preview.textContent()) ?? "";
    expect(previewText).toContain("SCOPE_REQUIRED_MISSING");
    expect(previewText).toContain("[REDACTED:access_token#1");
    expect(await page.content()).not.toContain(SYNTHETIC_JWT.split(".")[2]);

    // The review's links lead back too: to the second evidence item…
    await finding(review, "SCOPE_REQUIRED_MISSING")
      .getByRole("button", { name: /^Evidence 2 “Specimen 403”/ })
      .first() // the request line, and the 403 body pasted under it (read as its response)
      .click();
    await waitForStep(page, "Evidence");
    // … and from the live panel to a form field, on its step, focused. Then the SMART version changes…
    await finding(panel(page), "SCOPE_NOT_GRANTED")
      .getByRole("button", { name: /^Requested scopes/ })
      .click();
    await waitForStep(page, "Application");
    await page.waitForFunction(() => document.activeElement?.id === "f-application-requestedScopes");
    await choose(page, /SMART version/, /SMART v2/);
    // … and the panel follows: v1 scopes for a v2 app, and the 403 now needs the v2 form of the scope.
    await waitForFinding(panel(page), "SCOPE_VERSION_MISMATCH", "system/Specimen.read");
    await waitForFinding(panel(page), "SCOPE_REQUIRED_MISSING", "system/Specimen.rs");
    // The dropped v1 scope is said only as an info pointer to the mismatch that explains it, never as a cause.
    await waitForFinding(panel(page), "SCOPE_NOT_GRANTED", "The SCOPE_VERSION_MISMATCH finding says why");
    expect(await asCause(panel(page), "SCOPE_NOT_GRANTED").count()).toBe(0);
    // Back to v1: the drop is a cause again (an info pointer was already there, so wait for the cause itself).
    await choose(page, /SMART version/, /SMART v1/);
    await asCause(panel(page), "SCOPE_NOT_GRANTED").filter({ hasText: "system/Specimen.read" }).first().waitFor();
    expect(await finding(panel(page), "SCOPE_VERSION_MISMATCH").count()).toBe(0);

    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("reads well at 375 px: the diagnosis is a closed disclosure under the step", async () => {
    const page = await openPage({ viewport: { width: 375, height: 812 } });
    await openWizard(page);
    await toEvidenceStep(page);
    const details = panel(page).locator("details");
    expect(await details.getAttribute("open")).toBeNull();
    // Below the step, not beside it.
    const step = await page.locator(".step").boundingBox();
    const box = await panel(page).boundingBox();
    expect(box!.y).toBeGreaterThan(step!.y + step!.height);
    await waitForFinding(panel(page), "SCOPE_REQUIRED_MISSING", "system/Specimen.read", "attached");
    expect(await counts(page).textContent()).toMatch(/2 errors/);
    await details.locator("summary").click();
    await finding(panel(page), "SCOPE_NOT_GRANTED").first().waitFor({ state: "visible" });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    await panel(page).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/diagnosis-375.png`, fullPage: true });
    await page.context().close();
  });
});

describe.each(["light", "dark"] as const)("accessibility of the diagnosis in the %s colour scheme", (scheme) => {
  it("has no axe violations with the panel open, nor on the review step", async () => {
    const page = await openPage({ colorScheme: scheme });
    await openWizard(page);
    await toEvidenceStep(page);
    await waitForFinding(panel(page), "SCOPE_REQUIRED_MISSING", "system/Specimen.read");
    expect(await panel(page).locator("details").getAttribute("open")).not.toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    await nextButton(page).click();
    await waitForStep(page, "Review");
    await page.locator("article.document-preview").waitFor();
    expect(await axeViolations(page)).toEqual([]);
    if (scheme === "dark") await page.screenshot({ path: `${SHOTS}/diagnosis-review-dark-1440.png`, fullPage: true });
    await page.context().close();
  });
});

describe("the finished ticket without JavaScript", () => {
  it("shows the diagnosis rendered on the server and the download forms", async () => {
    const page = await openPage({ javaScriptEnabled: false });
    const post = (click: () => Promise<void>) => clickAndMaybePost(page, click, true);
    await page.goto("/");
    await waitForStep(page, "About you");
    await fillAbout(page);
    await post(() => nextButton(page).click());
    await waitForStep(page, "Application");
    await fillClientDomainApplication(page);
    await post(() => nextButton(page).click());
    await waitForStep(page, "What happened");
    // Rendered on the server: the panel is there without a script (closed: it cannot know the screen's width).
    expect(await counts(page).textContent()).toMatch(/^Diagnosis:/);
    expect(await panel(page).locator("details").getAttribute("open")).toBeNull();
    await fillProblem(page);
    await post(() => nextButton(page).click());
    await waitForStep(page, "Examples");
    await fillSpecimenExample(page);
    await post(() => nextButton(page).click());
    await waitForStep(page, "Evidence");
    await post(() => page.getByRole("button", { name: "Add evidence" }).click());
    const group = page.getByRole("group", { name: "Evidence 1", exact: true });
    await group.getByLabel("Kind of evidence").selectOption({ label: "Plain text" });
    await group.getByLabel(/^Label/).fill("Token response");
    await group.getByLabel(/^Evidence text/).fill(TOKEN_RESPONSE);
    await post(() => page.getByRole("button", { name: "Add evidence" }).click());
    // The server redacted the first item and diagnosed it with the form: its scopes lack system/Specimen.read.
    await waitForFinding(panel(page), "SCOPE_NOT_GRANTED", "system/Specimen.read", "attached");
    // Its links work without a script too: they post the wizard form to go to the step (keeping what was typed).
    await panel(page).locator("summary").click();
    await post(() =>
      finding(panel(page), "SCOPE_NOT_GRANTED")
        .getByRole("button", { name: /^Requested scopes/ })
        .click(),
    );
    await waitForStep(page, "Application");
    expect(await field(page, "Requested scopes").inputValue()).toContain("system/Specimen.read");
    await post(() => page.getByRole("button", { name: /^Step 5: Evidence/ }).click());
    await waitForStep(page, "Evidence");
    const second = page.getByRole("group", { name: "Evidence 2", exact: true });
    await second.getByLabel("Kind of evidence").selectOption({ label: "Plain text" });
    await second.getByLabel(/^Label/).fill("Specimen 403");
    await second.getByLabel(/^Evidence text/).fill(FORBIDDEN);
    await post(() => nextButton(page).click());
    await waitForStep(page, "Review");
    await waitForFinding(page.getByRole("region", { name: "Diagnosis" }), "SCOPE_NOT_GRANTED", "system/Specimen.read");

    await post(() => page.getByRole("button", { name: "Check and finish" }).click());
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    const diagnosis = page.getByRole("region", { name: "Diagnosis" });
    await waitForFinding(diagnosis, "SCOPE_REQUIRED_MISSING", "system/Specimen.read");
    await waitForFinding(diagnosis, "SCOPE_NOT_GRANTED", "system/Specimen.read");
    expect(await diagnosis.locator(".diagnosis-counts").textContent()).toMatch(/2 errors/);
    const downloads = page.getByRole("form", { name: "Export the ticket" });
    expect(await downloads.getAttribute("action")).toBe("/export?format=md");
    await downloads.getByRole("button", { name: "Download .md" }).waitFor();
    await downloads.getByRole("button", { name: "Download PDF" }).waitFor();
    expect(await page.content()).not.toContain(SYNTHETIC_JWT.split(".")[2]);
    await page.context().close();
  });
});
