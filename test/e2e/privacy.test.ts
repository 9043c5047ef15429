// The ticket's privacy boundary in a real Chromium, as a new user met the problem (issue 8): a patient's details and a
// raw JWT typed into the answers — and the same details in a pasted log line — never reach the Markdown, the
// clipboard, the PDF, the no-JS export, the API answer or the localStorage draft; the notes under the fields say
// what was found (never the value), and the new UI passes an axe scan.
import { readFile } from "node:fs/promises";
import type { Download, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { DRAFT_STORAGE_KEY } from "~/wizard/draft";
import { axeViolations, withBrowser } from "./browser";
import { clickAndMaybePost, field, fillEvidence, fillExample, fillFirstSteps, nextStep } from "./driver";
import { SEED, SYNTHETIC_JWT } from "./seed";

const openPage = withBrowser();

// Made up for these tests.
const PATIENT = {
  name: "Jane Doe",
  dob: "03/14/1958",
  ssn: "512-44-9087",
  phone: "(410) 555-0142",
  mrn: "00441762",
  email: "jane.doe@example.org",
};
const LABELLED = `Patient: ${PATIENT.name}, DOB ${PATIENT.dob}, SSN ${PATIENT.ssn}, phone ${PATIENT.phone}, MRN ${PATIENT.mrn}, email ${PATIENT.email}`;
const PLANTED = [...Object.values(PATIENT), SYNTHETIC_JWT.split(".")[1], "LifeBridge"];

function expectNothingPlanted(text: string, where: string, planted = PLANTED) {
  for (const value of planted)
    expect(text.toLowerCase().includes(value.toLowerCase()), `${value} in ${where}`).toBe(false);
}

async function download(page: Page, button: string): Promise<{ file: Download; text: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: button }).click()]);
  const bytes = await readFile(await file.path());
  return { file, bytes, text: bytes.toString("utf8") };
}

const pdfText = async (bytes: Buffer) =>
  (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text.replace(/\s+/g, " ");

/** The seed ticket with the patient typed into Background, the JWT into Actual result and the client's name as a word to redact. */
async function fillPlanted(page: Page, js: boolean) {
  await fillFirstSteps(page, js);
  await field(page, "Background information").fill(`${LABELLED}. ${SEED.problem.background}`);
  await field(page, "Actual result").fill(`${SEED.problem.actual}\nThe token: ${SYNTHETIC_JWT}`);
}

async function finish(page: Page, js: boolean, { twin }: { twin: boolean }) {
  const next = nextStep(page, js);
  await next("Examples");
  await fillExample(page, 0, SEED.examples[0]);
  await next("Evidence");
  await clickAndMaybePost(page, () => page.getByRole("button", { name: "Add evidence" }).click(), !js);
  await fillEvidence(page, 0, SEED.evidence[0]);
  if (twin) {
    await clickAndMaybePost(page, () => page.getByRole("button", { name: "Add evidence" }).click(), !js);
    await fillEvidence(page, 1, {
      kind: "Log lines",
      label: "App log",
      text: `2025-07-29T15:22:09Z ERROR lookup failed for ${LABELLED}\n`,
    } as (typeof SEED.evidence)[number]);
  }
  await field(page, "Also redact these words").fill("LifeBridge");
  await next("Review");
}

describe("typed answers pass the ticket's privacy boundary", () => {
  it("with JavaScript: notes under the fields, an honest review, and nothing planted in any file, the clipboard or the draft", async () => {
    const page = await openPage({ acceptDownloads: true, permissions: ["clipboard-read", "clipboard-write"] });
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    await fillPlanted(page, true);

    // The notes say what and where, never the value; a JWT is never offered as "not personal data".
    const actualNote = page.locator('[data-field="problem.actual"]');
    await actualNote.getByText(/JWT \(line 2\)/).waitFor();
    expect(await actualNote.getByRole("button", { name: "It is not personal data" }).count()).toBe(0);
    const backgroundNote = page.locator('[data-field="problem.background"]');
    await backgroundNote.getByText(/social security number/).waitFor();
    expectNothingPlanted((await backgroundNote.textContent()) ?? "", "the note");
    await page.locator(".progress-item--noted").getByText("Privacy check open").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // "It is not personal data" for an SSN needs a confirmation that names the risk; cancelling keeps it redacted.
    await backgroundNote.getByRole("button", { name: "It is not personal data" }).click();
    await backgroundNote.getByText(/social security number identifies a person for life/).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await backgroundNote.getByRole("button", { name: "Cancel" }).click();

    // The draft never holds the JWT or the patient, although the fields on screen still do.
    await page.waitForTimeout(800);
    const draft = await page.evaluate((key) => window.localStorage.getItem(key) ?? "", DRAFT_STORAGE_KEY);
    expect(draft).toContain("[REDACTED:");
    // (The client's name becomes a word to redact only on the Evidence step, below.)
    expectNothingPlanted(
      draft,
      "the localStorage draft",
      PLANTED.filter((v) => v !== "LifeBridge"),
    );

    await finish(page, true, { twin: true });
    await page
      .getByText(/Privacy check open:/)
      .first()
      .waitFor();
    expectNothingPlanted(
      (await page.getByRole("region", { name: "Preview of the exported document" }).textContent()) ?? "",
      "the review preview",
    );
    await clickAndMaybePost(page, () => page.getByRole("button", { name: "Check and finish" }).click(), false);
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    expect(await page.getByText("Every answer passed the checks").count()).toBe(0);
    await page.getByText("The privacy check is still open in your answers.").waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Copy Markdown" }).click();
    await page.getByText("Markdown copied").waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expectNothingPlanted(copied, "the clipboard");
    const md = await download(page, "Download .md");
    expectNothingPlanted(md.text, "the Markdown");
    // One value, one placeholder: the name in Background reads like the name in the log.
    const logName = /lookup failed for Patient: (\[REDACTED:name#\d+\])/.exec(md.text)?.[1];
    expect(logName).toBeDefined();
    expect(md.text).toContain(`Patient: ${logName}, DOB`);
    expectNothingPlanted(await pdfText((await download(page, "Download PDF")).bytes), "the PDF");

    const draftAfter = await page.evaluate((key) => window.localStorage.getItem(key) ?? "", DRAFT_STORAGE_KEY);
    expectNothingPlanted(draftAfter, "the localStorage draft");
    expect(errors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it("Redact it rewrites the field with placeholders and closes the note", async () => {
    const page = await openPage();
    await fillPlanted(page, true);
    const note = page.locator('[data-field="problem.background"]');
    await note.getByRole("button", { name: "Redact it" }).click();
    // The field is rewritten once the checks' worker has looked at it again (a message each way, not at the click).
    const background = field(page, "Background information");
    await expect
      .poll(() => background.inputValue())
      .toContain("Patient: [REDACTED:name#1], DOB [REDACTED:date#1], SSN [REDACTED:ssn#1]");
    const value = await background.inputValue();
    expectNothingPlanted(value, "the field");
    await note.waitFor({ state: "detached" });
    await page.context().close();
  });

  it("a whole HAR pasted into an answer: the field says to move it to Evidence, and the page stays responsive", async () => {
    const page = await openPage();
    await fillPlanted(page, true);
    const har = JSON.stringify({
      log: {
        version: "1.2",
        creator: { name: "x", version: "1" },
        entries: Array.from({ length: 5000 }, (_, i) => ({
          startedDateTime: "2025-07-29T15:22:10Z",
          request: { method: "GET", url: `https://fhir-ehr-code.cerner.com/r4/x/Patient/${i}`, headers: [] },
          response: { status: 200, headers: [], content: { text: "{}" } },
        })),
      },
    });
    expect(har.length).toBeGreaterThan(1_000_000);
    await field(page, "Workflow or API calls").fill(har);
    await page
      .locator('[data-field="problem.workflow"]')
      .getByText(/Move this to the Evidence step/)
      .waitFor();
    // Still responsive: typing in another field is taken at once.
    await field(page, "Expected result").fill("Still typing.");
    expect(await field(page, "Expected result").inputValue()).toBe("Still typing.");
    await page.context().close();
  });

  it("without JavaScript: the server applies the same boundary to the files it makes", async () => {
    const page = await openPage({ javaScriptEnabled: false, acceptDownloads: true });
    await fillPlanted(page, false);
    await finish(page, false, { twin: false });
    await clickAndMaybePost(page, () => page.getByRole("button", { name: "Check and finish" }).click(), true);
    await page.getByRole("heading", { name: "Ticket complete" }).waitFor();
    expect(await page.getByText("Every answer passed the checks").count()).toBe(0);
    const md = await download(page, "Download .md");
    expectNothingPlanted(md.text, "the no-JS Markdown");
    expectNothingPlanted(await pdfText((await download(page, "Download PDF")).bytes), "the no-JS PDF");
    await page.context().close();
  });

  it("the API answer carries none of the typed values", async () => {
    const page = await openPage();
    const ticket = JSON.parse(await readFile(new URL("../fixtures/seed-ticket.json", import.meta.url), "utf8"));
    ticket.problem.background = `${LABELLED}. ${ticket.problem.background}`;
    ticket.problem.actual = `${ticket.problem.actual}\nThe token: ${SYNTHETIC_JWT}`;
    ticket.redactTerms = ["LifeBridge"];
    const response = await page.request.post("/api/export?format=md", { data: ticket });
    expect(response.status()).toBe(200);
    expectNothingPlanted(await response.text(), "the API answer");
    await page.context().close();
  });
});
