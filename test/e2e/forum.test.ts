// Forum mode in a real Chromium: the post's length against the forum's limit as sections and evidence are chosen,
// copying section by section in the template's order, and a warning when the Markdown is too long for one post.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import { waitForStep } from "./driver";

const openPage = withBrowser();
const sample = JSON.parse(readFileSync("app/wizard/sample-ticket.json", "utf8"));

/** A long but harmless log: 2,500 lines of FHIR calls without any secret or patient data. */
const LONG_LOG = Array.from(
  { length: 2_500 },
  (_, i) =>
    `2025-07-29T15:22:${String(i % 60).padStart(2, "0")}Z INFO GET /r4/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/Observation?_count=${i} -> 200 in ${i % 97} ms`,
).join("\n");

async function openTicket(ticket: unknown): Promise<Page> {
  const page = await openPage({ permissions: ["clipboard-read", "clipboard-write"] });
  await page.goto("/");
  await page.locator("form[data-hydrated]").waitFor();
  const [chooser] = await Promise.all([
    page.waitForEvent("filechooser"),
    page.getByRole("button", { name: "Open ticket file…" }).click(),
  ]);
  await chooser.setFiles({
    name: "t.ticket.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(ticket)),
  });
  await waitForStep(page, "Review");
  await page.getByRole("button", { name: "Check and finish" }).click();
  await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
  return page;
}

const lengthOf = async (page: Page) =>
  Number(((await page.locator(".forum-length").textContent()) ?? "").split(" of ")[0].replace(/,/g, ""));

describe("forum mode", () => {
  it("shows the post's length live, and copies section by section in the template's order", async () => {
    const page = await openTicket(sample);
    const forum = page.getByRole("region", { name: "Forum post" });
    await forum.getByRole("button", { name: "Copy the post" }).and(page.locator(":enabled")).waitFor();
    const headings = await forum.locator(".forum-part label").allTextContents();
    expect(headings[0]).toMatch(/^Workflow or API calls/);
    expect(headings.findIndex((h) => h.startsWith("Expected Result"))).toBeLessThan(
      headings.findIndex((h) => h.startsWith("Actual Result")),
    );
    const full = await lengthOf(page);
    expect(full).toBeGreaterThan(1_000);
    await forum.getByLabel(/^Evidence 1:/).uncheck();
    expect(await lengthOf(page)).toBeLessThan(full);

    await forum.getByRole("button", { name: "Copy “Expected Result”" }).click();
    await forum.getByText("Copied “Expected Result”.").waitFor();
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    expect(clip).toMatch(/^## Expected Result\n\nWhen making a request to the Specimen FHIR resource/);
    expect(await axeViolations(page)).toEqual([]);
    await forum.screenshot({ path: `${SHOTS}/forum-mode-1440.png` });
    await page.context().close();
  });

  it("warns when the Markdown is too long for one post, and leaving the long evidence out brings it under", async () => {
    const big = {
      ...sample,
      evidence: [...sample.evidence, { id: "app-log", kind: "log", label: "App log", text: LONG_LOG }],
    };
    const page = await openTicket(big);
    const forum = page.getByRole("region", { name: "Forum post" });
    await forum.locator(".forum-length--over").waitFor();
    expect(await forum.locator(".forum-length").textContent()).toMatch(/too many for one post/);
    expect(await forum.getByRole("button", { name: "Copy the post" }).isDisabled()).toBe(true);

    await page.getByRole("button", { name: "Copy Markdown" }).click();
    await page.getByText(/more than the 30,000 a forum post takes/).waitFor();

    await forum.getByLabel(/^Evidence 4:/).uncheck();
    expect(await lengthOf(page)).toBeLessThanOrEqual(30_000);
    await forum.getByRole("button", { name: "Copy the post" }).and(page.locator(":enabled")).waitFor();
    await page.context().close();
  });
});
