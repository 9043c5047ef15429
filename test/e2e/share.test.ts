// Sharing a finished ticket by link, in a real Chromium: the link carries the redacted ticket after "#" (never sent
// to the server), opens read-only with the downloads and "Edit a copy", optionally behind a passphrase.
import type { Page, Request } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import { waitForStep } from "./driver";

const openPage = withBrowser();
const SAMPLE_OPC = "/111E46CEFF0401849C7E4BE23BD040DB/0F3FC6820610AF53B335716D8CE084D4";

async function sampleComplete(): Promise<Page> {
  const page = await openPage();
  await page.goto("/");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByRole("button", { name: "Try it with a sample" }).click();
  await waitForStep(page, "Review");
  await page.getByRole("button", { name: "Check and finish" }).click();
  await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
  return page;
}

async function makeLink(page: Page, passphrase = ""): Promise<string> {
  if (passphrase) await page.getByLabel(/^Passphrase/).fill(passphrase);
  await page.getByRole("button", { name: "Make share link" }).click();
  const url = page.getByLabel(/^Share link/);
  await url.waitFor();
  return url.inputValue();
}

/** A fresh browser context opening the link, recording every request it makes. */
async function openLink(link: string, options?: Parameters<typeof openPage>[0]) {
  const page = await openPage(options);
  const requests: Request[] = [];
  page.on("request", (r) => requests.push(r));
  await page.goto(link);
  return { page, requests };
}

describe("share link", () => {
  it("makes a link that opens read-only elsewhere without sending the ticket to the server, and Edit a copy opens it in the form", async () => {
    const page = await sampleComplete();
    const link = await makeLink(page);
    const fragment = new URL(link).hash.slice(1);
    expect(link).toMatch(/\/share#v1\./);
    expect(link.length).toBeLessThan(16_000);
    expect(await axeViolations(page)).toEqual([]);
    await page
      .getByRole("region", { name: "Share a read-only link" })
      .screenshot({ path: `${SHOTS}/share-make-1440.png` });
    await page.context().close();

    const { page: viewer, requests } = await openLink(link);
    await viewer.getByRole("heading", { name: "Shared ticket (read-only)" }).waitFor();
    expect(await viewer.locator(".ticket-ready").textContent()).toContain(SAMPLE_OPC);
    // The ticket never reached a server: no request carries the fragment, and nothing is posted.
    for (const r of requests) {
      expect(r.url()).not.toContain(fragment.slice(3, 40));
      expect(r.method()).toBe("GET");
      expect(r.postData() ?? "").toBe("");
    }
    expect(await axeViolations(viewer)).toEqual([]);
    await viewer.screenshot({ path: `${SHOTS}/share-view-1440.png`, fullPage: false });
    await viewer.setViewportSize({ width: 375, height: 812 });
    await viewer.screenshot({ path: `${SHOTS}/share-view-375.png`, fullPage: false });
    const wide = await viewer.evaluate(() =>
      [...document.querySelectorAll("body *")]
        .filter((el) => el.getBoundingClientRect().right > 376 && el.getClientRects().length > 0)
        .map(
          (el) =>
            `${el.tagName}.${el.className} in ${el.parentElement?.tagName}.${el.parentElement?.className}: ${(el.textContent ?? "").slice(0, 60)}`,
        )
        .slice(0, 8),
    );
    expect(wide).toEqual([]);
    expect(await viewer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await viewer.setViewportSize({ width: 1440, height: 900 });

    const [download] = await Promise.all([
      viewer.waitForEvent("download"),
      viewer.getByRole("button", { name: "Download .md" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.md$/);

    await viewer.getByRole("button", { name: "Edit a copy" }).click();
    await viewer.locator("form[data-hydrated]").waitFor();
    await waitForStep(viewer, "Review");
    expect(await viewer.locator(".step").textContent()).toContain(SAMPLE_OPC);
    await viewer.context().close();
  });

  it("with a passphrase, the link opens only with it, and a wrong one is said plainly", async () => {
    const page = await sampleComplete();
    const link = await makeLink(page, "blue-harbour-42");
    expect(link).toMatch(/\/share#v1e\./);
    await page.context().close();

    const { page: viewer } = await openLink(link);
    await viewer.getByRole("heading", { name: /passphrase needed/ }).waitFor();
    expect(await viewer.locator("body").textContent()).not.toContain(SAMPLE_OPC);
    expect(await axeViolations(viewer)).toEqual([]);
    await viewer.getByLabel("Passphrase").fill("wrong");
    await viewer.getByRole("button", { name: "Open the ticket" }).click();
    await viewer.getByText("That passphrase does not open this ticket").waitFor();
    await viewer.getByLabel("Passphrase").fill("blue-harbour-42");
    await viewer.getByRole("button", { name: "Open the ticket" }).click();
    await viewer.getByRole("heading", { name: "Shared ticket (read-only)" }).waitFor();
    expect(await viewer.locator(".ticket-ready").textContent()).toContain(SAMPLE_OPC);
    await viewer.context().close();
  });

  it("says a cut link is damaged and points to the file", async () => {
    const page = await sampleComplete();
    const link = await makeLink(page);
    await page.context().close();
    const { page: viewer } = await openLink(link.slice(0, Math.floor(link.length * 0.6)));
    await viewer.getByRole("heading", { name: "This shared ticket cannot be opened" }).waitFor();
    expect(await viewer.getByRole("alert").textContent()).toMatch(/damaged or cut short.*ticket file/);
    await viewer.context().close();
  });
});
