// The Evidence step in a real Chromium with JavaScript: paste a token response and a 403, see the redactions
// highlighted and the IDs suggested, accept one into the example; the raw token is nowhere in localStorage, the
// page's form or what is finally posted. Files through the file input (a binary one refused), a large HAR redacted in
// the Web Worker with a progress bar and Cancel, axe on the step with items, and a screenshot of the review.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { generateHar } from "../fixtures/generate/synthetic-evidence";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import {
  backButton,
  field,
  fillAbout,
  fillApplication,
  fillExample,
  fillProblem,
  nextButton,
  waitForStep,
} from "./driver";
import { SANDBOX_TENANT, SEED, SYNTHETIC_JWT } from "./seed";

const X_REQUEST_ID = "78a19072002b8651623351cfedaffe70";
const OPC_REQUEST_ID = SEED.examples[1].opcRequestId;
/** Parts of the token that must never leave the page's memory: its payload and its signature. */
const TOKEN_PARTS = SYNTHETIC_JWT.split(".").slice(1);

const TOKEN_RESPONSE = JSON.stringify(
  { access_token: SYNTHETIC_JWT, scope: SEED.application.grantedScopes, token_type: "Bearer", expires_in: 570 },
  null,
  2,
);

const FORBIDDEN_403 = [
  `GET /r4/${SANDBOX_TENANT}/Specimen?_id=12345 HTTP/1.1`,
  "Host: fhir-ehr-code.cerner.com",
  "Accept: application/fhir+json",
  `Authorization: Bearer ${SYNTHETIC_JWT}`,
  "",
  "HTTP/1.1 403 Forbidden",
  "Date: Tue, 29 Jul 2025 15:22:10 GMT",
  "Content-Type: application/json",
  `X-Request-Id: ${X_REQUEST_ID}`,
  `opc-request-id: ${OPC_REQUEST_ID}`,
  'WWW-Authenticate: Bearer realm="fhir-ehr-code.cerner.com", error="insufficient_scope"',
  "",
  '{"code":403,"message":"code=\\"urn:cerner:error:oauth2:resource-access:insufficient-scopes\\", error=\\"insufficient_scope\\", subcode=\\"no_scope_for_resource_path\\""}',
].join("\n");

const openPage = withBrowser();

/** A fresh page on the Evidence step, the seed's steps 1–4 filled (its failing example as example 1). */
async function openEvidenceStep() {
  const page = await openPage();
  const posts: Array<{ url: string; body: string }> = [];
  const errors: string[] = [];
  page.on("request", (request) => {
    if (request.method() !== "GET") posts.push({ url: request.url(), body: request.postData() ?? "" });
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.goto("/");
  await page.locator("form[data-hydrated]").waitFor();
  await fillAbout(page);
  await nextButton(page).click();
  await waitForStep(page, "Application");
  await fillApplication(page);
  await nextButton(page).click();
  await waitForStep(page, "What happened");
  await fillProblem(page);
  await nextButton(page).click();
  await waitForStep(page, "Examples");
  await fillExample(page, 0, SEED.examples[1]);
  await nextButton(page).click();
  await waitForStep(page, "Evidence");
  return { page, posts, errors };
}

const evidence = (page: Page, n: number) => page.getByRole("group", { name: `Evidence ${n}`, exact: true });

async function pasteEvidence(page: Page, n: number, text: string) {
  await page.getByRole("button", { name: "Add evidence" }).click();
  await evidence(page, n).getByLabel("Evidence text").fill(text);
}

/** Everything the page could store or post: localStorage, and the wizard form as the browser would serialise it. */
async function storedAndPosted(page: Page): Promise<string> {
  return page.evaluate(() => {
    const storage = JSON.stringify({ ...localStorage });
    const form = document.querySelector("form.wizard") as HTMLFormElement | null;
    const fields = form ? JSON.stringify([...new FormData(form).entries()].map(([k, v]) => [k, String(v)])) : "";
    return storage + fields;
  });
}

describe("the Evidence step", () => {
  it("redacts pasted evidence live, suggests its IDs, fills the example on request, and keeps the raw token in memory only", async () => {
    const { page, posts, errors } = await openEvidenceStep();
    await pasteEvidence(page, 1, TOKEN_RESPONSE);
    await pasteEvidence(page, 2, FORBIDDEN_403);

    // Highlighted, typed redactions; the same token has the same placeholder in both items.
    for (const n of [1, 2]) {
      const mark = evidence(page, n).locator('mark[title="redacted access token"]');
      await mark.waitFor();
      expect(await mark.textContent()).toMatch(/^\[REDACTED:access_token#1 · JWT /);
      expect(
        await evidence(page, n)
          .getByRole("list", { name: `Redactions in evidence ${n}` })
          .textContent(),
      ).toContain("1 secret");
    }
    expect(await evidence(page, 1).getByLabel("Kind of evidence").inputValue()).toBe("token-response");
    expect(await evidence(page, 2).getByLabel("Kind of evidence").inputValue()).toBe("http");
    const redacted2 =
      (await evidence(page, 2).getByRole("region", { name: "Redacted text of evidence 2" }).textContent()) ?? "";
    expect(redacted2).toContain(`X-Request-Id: ${X_REQUEST_ID}`);
    for (const part of TOKEN_PARTS) expect(redacted2).not.toContain(part);

    // Suggestions: example 1 has the same opc-request-id and another X-Request-Id, so that one needs Replace.
    const found = page.getByRole("region", { name: "Found in your evidence" });
    const opcRow = found.locator("li", { hasText: OPC_REQUEST_ID });
    await opcRow.getByText("already in the form").waitFor();
    expect(await found.locator("li", { hasText: X_REQUEST_ID }).textContent()).toContain(
      "Found in Evidence 2, message at line 1, X-Request-Id header",
    );
    const replace = found.getByRole("button", { name: `Replace ${SEED.examples[1].xRequestId} with ${X_REQUEST_ID}` });
    await replace.click();
    await found.locator("li", { hasText: X_REQUEST_ID }).getByText("already in the form").waitFor();

    // The browser draft keeps the redacted evidence, so it survives a reload; never the raw text.
    await page.waitForFunction(() =>
      (localStorage.getItem("oh-ticket-draft-v1") ?? "").includes("[REDACTED:access_token#1"),
    );

    // Nothing of the token in storage or the form; nothing was sent.
    const exposed = await storedAndPosted(page);
    for (const part of TOKEN_PARTS) expect(exposed).not.toContain(part);
    expect(posts).toEqual([]);

    // The example now holds the accepted ID; coming back, the originals are still here, still only in the page.
    await backButton(page).click();
    await waitForStep(page, "Examples");
    const example = page.getByRole("group", { name: "Example 1", exact: true });
    expect(await field(example, "X-Request-Id").inputValue()).toBe(X_REQUEST_ID);
    expect(await field(example, "opc-request-id").inputValue()).toBe(OPC_REQUEST_ID);
    await nextButton(page).click();
    await waitForStep(page, "Evidence");
    expect(await evidence(page, 1).getByLabel("Evidence text").inputValue()).toBe(TOKEN_RESPONSE);
    await evidence(page, 2).locator('mark[title="redacted access token"]').waitFor();

    // The review and the submitted ticket hold the redacted evidence only.
    await nextButton(page).click();
    await waitForStep(page, "Review");
    const review = await page.content();
    for (const part of TOKEN_PARTS) expect(review).not.toContain(part);
    await page.getByRole("button", { name: "Check and finish" }).click();
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    expect(posts).toHaveLength(1);
    expect(decodeURIComponent(posts[0].body.replace(/\+/g, " "))).toContain("[REDACTED:access_token#1");
    for (const part of TOKEN_PARTS) {
      expect(decodeURIComponent(posts[0].body.replace(/\+/g, " "))).not.toContain(part);
      expect(await page.content()).not.toContain(part);
    }
    const finalStorage = await page.evaluate(() => JSON.stringify({ ...localStorage }));
    for (const part of TOKEN_PARTS) expect(finalStorage).not.toContain(part);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows an earlier item settled against a login found in a later one: the preview is what the export sends", async () => {
    const { page } = await openEvidenceStep();
    await pasteEvidence(page, 1, "GET https://example.com/icon/jroe1987/128 HTTP/1.1\nHost: example.com\n");
    await pasteEvidence(page, 2, '{"username": "jroe1987"}');
    const mark = evidence(page, 1).locator("mark", { hasText: "[REDACTED:user_name#1]" });
    await mark.waitFor();
    const shown =
      (await evidence(page, 1).getByRole("region", { name: "Redacted text of evidence 1" }).textContent()) ?? "";
    expect(shown).toContain("https://example.com/icon/[REDACTED:user_name#1]/128");
    expect(shown).not.toContain("jroe1987");
  });

  it("has no axe violations with items on the step, and looks right at 1440 px", async () => {
    const { page, errors } = await openEvidenceStep();
    await pasteEvidence(page, 1, TOKEN_RESPONSE);
    await pasteEvidence(page, 2, `${FORBIDDEN_403}\n\nPatient: Jane Example, phone 555-010-4477`);
    await evidence(page, 2).locator('mark[title="redacted name"]').waitFor();
    await page.getByRole("region", { name: "Found in your evidence" }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${SHOTS}/evidence-review-1440.png`, fullPage: true });
    // Close-ups at full resolution: an item with its comparison, and the suggestions.
    await evidence(page, 2).screenshot({ path: `${SHOTS}/evidence-item-1440.png` });
    await page
      .getByRole("region", { name: "Found in your evidence" })
      .screenshot({ path: `${SHOTS}/evidence-suggestions-1440.png` });
    // Nothing sticks out sideways on a phone; the comparison stacks.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.screenshot({ path: `${SHOTS}/evidence-review-375.png`, fullPage: true });
    await evidence(page, 2).screenshot({ path: `${SHOTS}/evidence-item-375.png` });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("adds files through the file input, refuses a binary one by name, and redacts a large HAR in the Web Worker", async () => {
    const { page, errors } = await openEvidenceStep();
    const input = page.getByLabel("Choose files");
    await input.setInputFiles([
      { name: "token-response.json", mimeType: "application/json", buffer: Buffer.from(TOKEN_RESPONSE) },
      {
        name: "screenshot.png",
        mimeType: "image/png",
        buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      },
    ]);
    await page.getByText(/“screenshot\.png” looks like a binary file, not text evidence/).waitFor();
    await evidence(page, 1).getByText("token-response.json").waitFor();
    expect(await evidence(page, 1).getByLabel("Kind of evidence").inputValue()).toBe("token-response");
    await evidence(page, 1).locator('mark[title="redacted access token"]').waitFor();
    expect(await page.getByRole("group", { name: "Evidence 2", exact: true }).count()).toBe(0);

    // About 2 MB: past the worker threshold. Static assets are dropped, and said so.
    const har = generateHar(2 * 1024 * 1024, 7);
    await input.setInputFiles([{ name: "session.har", mimeType: "application/json", buffer: Buffer.from(har) }]);
    await evidence(page, 2).getByRole("region", { name: "Redacted text of evidence 2" }).waitFor({ timeout: 30_000 });
    expect(await page.locator(".ev-step").getAttribute("data-last-run")).toBe("worker");
    expect(await evidence(page, 2).getByLabel("Kind of evidence").inputValue()).toBe("har");
    expect(await evidence(page, 2).locator(".ev-warnings").textContent()).toMatch(
      /Dropped \d+ of \d+ HAR entries: static assets/,
    );
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows a progress bar while a big HAR is redacted in the background, and Cancel leaves it out of the ticket", async () => {
    const { page, errors } = await openEvidenceStep();
    // A file on disk the browser reads itself: a 20 MB buffer sent through the DevTools protocol took longer than an
    // action's 15 s on a loaded CI machine. The capture is generated, not anyone's evidence.
    const dir = mkdtempSync(join(tmpdir(), "ticket-e2e-"));
    const file = join(dir, "big.har");
    writeFileSync(file, generateHar(20 * 1024 * 1024, 11));
    await page.getByLabel("Choose files").setInputFiles(file);
    const progress = page.getByRole("progressbar");
    await progress.waitFor({ timeout: 30_000 });
    expect(await page.locator(".ev-progress").getAttribute("data-where")).toBe("worker");
    // The page answers while the worker works: the label of the item can be typed.
    await evidence(page, 1)
      .getByLabel(/^Label/)
      .fill("Browser session");
    await page.getByRole("button", { name: "Cancel" }).click();
    await page.getByText(/Redaction cancelled/).waitFor();
    expect(await progress.count()).toBe(0);
    await evidence(page, 1).getByText("Not redacted yet: this item is not in the ticket.").waitFor();
    // Next goes on without it: the evidence list in the ticket is empty.
    await nextButton(page).click();
    await waitForStep(page, "Review");
    await page.getByText("No evidence.").waitFor();
    expect(await page.content()).not.toContain("Browser session");
    expect(errors).toEqual([]);
    await page.context().close();
    rmSync(dir, { recursive: true, force: true });
  });
});
