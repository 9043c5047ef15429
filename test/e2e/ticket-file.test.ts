// "Try it with a sample", "Save ticket file" and "Open ticket file" in a real Chromium, with JavaScript on and off:
// the saved file is the ticket schema's JSON with redacted evidence only, the CLI exports it, and it opens again.
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import { clickAndMaybePost, waitForStep } from "./driver";

const openPage = withBrowser();
const SAMPLE_APP_ID = "c388f6bf-1c33-4566-a5bc-249e990ea2bf";
const SAMPLE_OPC = "/111E46CEFF0401849C7E4BE23BD040DB/0F3FC6820610AF53B335716D8CE084D4";

async function open(js: boolean): Promise<Page> {
  const page = await openPage({ javaScriptEnabled: js });
  await page.goto("/");
  if (js) await page.locator("form[data-hydrated]").waitFor();
  return page;
}

async function sampleToComplete(page: Page, js: boolean) {
  await clickAndMaybePost(page, () => page.getByRole("button", { name: "Try it with a sample" }).click(), !js);
  await waitForStep(page, "Review");
  expect(await page.locator(".step").textContent()).toContain(SAMPLE_OPC);
  await clickAndMaybePost(page, () => page.getByRole("button", { name: "Check and finish" }).click(), !js);
  await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
}

async function saveTicketFile(page: Page): Promise<{ name: string; text: string; path: string }> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Save ticket file" }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: await readFile(path, "utf8"), path };
}

describe.each([
  { js: true, mode: "with JavaScript" },
  { js: false, mode: "without JavaScript" },
])("sample and ticket file $mode", ({ js }) => {
  it("fills the seed case with one button and saves a redacted ticket file the CLI exports", async () => {
    const page = await open(js);
    if (js) {
      // (axe needs the page's JavaScript.)
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SHOTS}/start-options-1440.png` });
    }
    await sampleToComplete(page, js);
    const file = await saveTicketFile(page);
    expect(file.name).toMatch(/^oracle-health-ticket-c388f6bf.*\.ticket\.json$/);
    const ticket = JSON.parse(file.text);
    expect(ticket.application.appId).toBe(SAMPLE_APP_ID);
    expect(ticket.evidence).toHaveLength(3);
    expect(file.text).toContain("[REDACTED:authorization#1]");
    expect(file.text).not.toMatch(/Basic [A-Za-z0-9+/=]{8,}/);

    const { stdout } = await promisify(execFile)(
      "node_modules/.bin/tsx",
      ["bin/ticket.ts", "export", file.path, "--format", "md"],
      {
        maxBuffer: 8 * 1024 * 1024,
      },
    );
    expect(stdout).toContain(SAMPLE_OPC);
    await page.context().close();
  });
});

describe("opening a ticket file", () => {
  it("opens a saved ticket at Review, and refuses a file that is not a ticket with a plain message", async () => {
    const page = await open(true);
    await sampleToComplete(page, true);
    const file = await saveTicketFile(page);
    await page.context().close();

    const fresh = await open(true);
    const choose = async (payload: { name: string; mimeType: string; buffer: Buffer }) => {
      const [chooser] = await Promise.all([
        fresh.waitForEvent("filechooser"),
        fresh.getByRole("button", { name: "Open ticket file…" }).click(),
      ]);
      await chooser.setFiles(payload);
    };
    await choose({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"hello": "world"}') });
    const alert = fresh.getByRole("alert");
    await alert.waitFor();
    expect(await alert.textContent()).toContain("not a ticket file");
    expect(await alert.textContent()).not.toContain("hello");
    expect(await axeViolations(fresh)).toEqual([]);

    await choose({ name: file.name, mimeType: "application/json", buffer: Buffer.from(file.text) });
    await waitForStep(fresh, "Review");
    expect(await fresh.locator(".step").textContent()).toContain(SAMPLE_OPC);
    await fresh.getByRole("button", { name: "Check and finish" }).click();
    await fresh.getByRole("heading", { name: "Ticket complete" }).waitFor();
    await fresh.context().close();
  });
});
