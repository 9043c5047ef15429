// Every step scanned by axe-core (zero violations) in the light and the dark colour scheme, with and without errors
// on screen; full-page screenshots of every step at 1440 and 375 px in test-output/screenshots/.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { SHOTS, axeViolations, withBrowser } from "./browser";
import { fillAbout, fillApplication, fillEvidence, fillExample, fillProblem, nextButton, waitForStep } from "./driver";
import { SEED } from "./seed";

const openPage = withBrowser();

async function screenshot(page: Page, name: string) {
  // From the top, so the sticky progress list sits where a reader first sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${SHOTS}/${name}-1440.png`, fullPage: true });
  await page.setViewportSize({ width: 375, height: 812 });
  await page.screenshot({ path: `${SHOTS}/${name}-375.png`, fullPage: true });
  // Nothing may stick out sideways at 375 px.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.setViewportSize({ width: 1440, height: 900 });
  return overflow;
}

const STEPS: Array<{ title: string; slug: string; fill: (page: Page) => Promise<void> }> = [
  { title: "About you", slug: "1-about", fill: fillAbout },
  { title: "Application", slug: "2-application", fill: (p) => fillApplication(p) },
  { title: "What happened", slug: "3-problem", fill: fillProblem },
  {
    title: "Examples",
    slug: "4-examples",
    fill: async (p) => {
      await fillExample(p, 0, SEED.examples[0]);
      await p.getByRole("button", { name: "Add another example" }).click();
      await fillExample(p, 1, SEED.examples[1]);
    },
  },
  {
    title: "Evidence",
    slug: "5-evidence",
    fill: async (p) => {
      await p.getByRole("button", { name: "Add evidence" }).click();
      await fillEvidence(p, 0, SEED.evidence[0]);
    },
  },
  { title: "Review", slug: "6-review", fill: async () => undefined },
];

describe.each([
  { scheme: "light" as const, shots: true },
  { scheme: "dark" as const, shots: true },
])("accessibility in the $scheme colour scheme", ({ scheme, shots }) => {
  // Eight axe scans and sixteen full-page screenshots: more than the default minute on a shared machine.
  it(
    "has no axe violations on any step, with or without errors shown, nor on the finished ticket",
    { timeout: 240_000 },
    async () => {
      const page = await openPage({ colorScheme: scheme });
      await page.goto("/");
      await page.locator("form[data-hydrated]").waitFor();
      const found: Record<string, string[]> = {};
      const overflow: Record<string, number> = {};
      const suffix = scheme === "dark" ? "-dark" : "";

      // A step with its errors on screen (error colours are checked for contrast too).
      await nextButton(page).click();
      await page.locator(".error-summary").waitFor();
      found["about with errors"] = await axeViolations(page);
      if (shots) overflow["0-about-errors"] = await screenshot(page, `0-about-errors${suffix}`);

      for (const [i, step] of STEPS.entries()) {
        await waitForStep(page, step.title);
        await step.fill(page);
        found[step.title] = await axeViolations(page);
        if (shots) overflow[step.slug] = await screenshot(page, `${step.slug}${suffix}`);
        if (i < STEPS.length - 1) await nextButton(page).click();
      }
      await page.getByRole("button", { name: "Check and finish" }).click();
      await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
      found["ticket complete"] = await axeViolations(page);
      if (shots) overflow["7-complete"] = await screenshot(page, `7-complete${suffix}`);

      expect(found).toEqual(Object.fromEntries(Object.keys(found).map((k) => [k, []])));
      expect(overflow).toEqual(Object.fromEntries(Object.keys(overflow).map((k) => [k, 0])));
      await page.context().close();
    },
  );
});
