// Fills the wizard like a user: by labels, legends and button names. Works with JavaScript on (client-side steps)
// and off (one form post per step); `next()` waits for the target step either way.
import type { Locator, Page, Response } from "playwright-core";
import { SEED } from "./seed";

export const heading = (page: Page) => page.locator("#step-heading");

export async function waitForStep(page: Page, title: string) {
  await page.locator("#step-heading", { hasText: title }).waitFor();
}

/**
 * Select a radio button by its group's legend and its label. Pressed with Space rather than clicked: as errors are
 * fixed their messages disappear and the page moves up, which can make a click land beside its target. Pressed again
 * (up to three times) when the radio is not checked after the press: on a loaded machine the page's own validation
 * (no worker) can still be re-rendering the step when the key arrives.
 */
export async function choose(page: Page, legend: string | RegExp, option: string | RegExp) {
  const radio = page
    .getByRole("radiogroup", { name: legend })
    .getByLabel(option, { exact: typeof option === "string" });
  for (let attempt = 0; attempt < 3; attempt++) {
    await radio.press("Space");
    if (await radio.isChecked()) return;
    await page.waitForTimeout(200);
  }
  throw new Error(`Could not choose ${String(option)} for ${String(legend)}`);
}

/** A text field by its label, with or without the " (optional)" suffix. */
export const field = (scope: Page | Locator, label: string | RegExp) =>
  scope.getByLabel(typeof label === "string" ? new RegExp(`^${escape(label)}( \\(optional\\))?$`) : label);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const nextButton = (page: Page) => page.getByRole("button", { name: /^Next/ });
export const backButton = (page: Page) => page.getByRole("button", { name: "Back", exact: true });

/** Click and return the document response when the click posts the form (no JavaScript). */
export async function clickAndMaybePost(
  page: Page,
  click: () => Promise<void>,
  posts: boolean,
): Promise<Response | null> {
  if (!posts) {
    await click();
    return null;
  }
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.request().resourceType() === "document"),
    click(),
  ]);
  await page.waitForLoadState("domcontentloaded");
  return response;
}

export async function fillAbout(page: Page) {
  const a = SEED.about;
  await choose(page, /OPN/, a.opnMember);
  await choose(page, /Healthcare Developer Track/, a.healthcareDeveloperTrack);
  await choose(page, /Code Program/, a.codeProgramMember);
  await choose(page, /Marketplace/, a.marketplacePresence);
  await choose(page, /on behalf of an Oracle Health client/, a.onBehalfOfClient);
  await field(page, "Which client?").fill(a.clientName);
}

export async function fillApplication(page: Page, { tenant = true } = {}) {
  const a = SEED.application;
  await field(page, "App ID").fill(a.appId);
  await field(page, "Client ID").fill(a.clientId);
  await choose(page, "App type", a.appType);
  await choose(page, /SMART version/, a.smartVersion);
  await choose(page, /Where does the problem happen/, a.environment);
  if (!tenant) await field(page, "Tenant ID").fill("");
  await field(page, "FHIR base URL").fill(a.fhirBaseUrl);
  await field(page, "Requested scopes").fill(a.requestedScopes);
  await field(page, "Granted scopes").fill(a.grantedScopes);
}

export async function fillProblem(page: Page) {
  const p = SEED.problem;
  await field(page, "Workflow or API calls").fill(p.workflow);
  await field(page, "Background information").fill(p.background);
  await field(page, "Expected result").fill(p.expected);
  await field(page, "Actual result").fill(p.actual);
}

export async function fillExample(page: Page, index: number, e: (typeof SEED.examples)[number]) {
  const group = page.getByRole("group", { name: `Example ${index + 1}`, exact: true });
  await field(group, "X-Request-Id").fill(e.xRequestId);
  await field(group, "Cerner-Correlation-Id").fill(e.cernerCorrelationId);
  await field(group, "opc-request-id").fill(e.opcRequestId);
  await field(group, "Date and time of the example").fill(e.occurredAt);
  await group.getByLabel(/^HTTP method/).selectOption(e.method);
  await field(group, "Request URL").fill(e.url);
  await field(group, "HTTP status").fill(e.status);
}

export async function fillEvidence(page: Page, index: number, e: (typeof SEED.evidence)[number]) {
  const group = page.getByRole("group", { name: `Evidence ${index + 1}`, exact: true });
  await group.getByLabel("Kind of evidence").selectOption({ label: e.kind });
  await group.getByLabel(/^Label/).fill(e.label);
  await group.getByLabel("Evidence text").fill(e.text);
}

/** Next, then wait for the step (one form post per step without JavaScript). */
export const nextStep = (page: Page, js: boolean) => async (title: string) => {
  await clickAndMaybePost(page, () => nextButton(page).click(), !js);
  await waitForStep(page, title);
};

/** Opens the wizard and answers the seed's first three steps; ends on "What happened", filled. */
export async function fillFirstSteps(page: Page, js: boolean) {
  const next = nextStep(page, js);
  await page.goto("/");
  if (js) await page.locator("form[data-hydrated]").waitFor();
  await fillAbout(page);
  await next("Application");
  await fillApplication(page);
  await next("What happened");
  await fillProblem(page);
}
