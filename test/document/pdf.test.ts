// PDF tests run in the node environment (pdf-lib's instanceof checks fail under jsdom). No timing is asserted; the
// long timeouts only keep a slow machine from failing the big-ticket test.
import { PDFDocument } from "pdf-lib";
import { getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { leakCheck } from "~/document/leak-check";
import { buildDocument, type TicketDocument } from "~/document/model";
import { renderPdf } from "~/document/pdf";
import type { Ticket } from "~/ticket/schema";
import { withBigEvidence } from "../export/big-ticket";
import { pdfInfo, pdfText, sampleDiagnosis, sampleRedaction, seedTicket, testFonts } from "./helpers";

const render = async (doc: TicketDocument, pageSize?: "A4" | "Letter") =>
  renderPdf(doc, { fonts: await testFonts(), pageSize });
const seedDocument = () => buildDocument(seedTicket(), sampleDiagnosis, sampleRedaction);
const squash = (s: string) => s.replace(/\s+/g, " ");
/** The text without page furniture (footer, running header) and wrap marks: what the document says. */
const content = (s: string) =>
  s
    .replace(/SMART on FHIR authorization: [^\n]*? Page \d+ of \d+/g, "")
    .replace(/Oracle Health support ticket · App ID [0-9a-f-]+/g, "")
    .replace(/[↳\s]/g, "");
const UNICODE = "Ω → é ñ 中文 😀 עברית العربية";

/** The right-most point any text reaches, over all pages. */
async function rightmostText(bytes: Uint8Array): Promise<{ right: number; pageWidth: number }> {
  const pdf = await getDocumentProxy(bytes.slice());
  let right = 0;
  let pageWidth = 0;
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    pageWidth = page.getViewport({ scale: 1 }).width;
    for (const item of (await page.getTextContent()).items) {
      if ("transform" in item) right = Math.max(right, item.transform[4] + item.width);
    }
  }
  return { right, pageWidth };
}

describe("renderPdf", () => {
  it("carries every section heading and the identifiers as selectable text", async () => {
    const doc = seedDocument();
    const { text } = await pdfText(await render(doc));
    const flat = squash(text);
    for (const section of doc.sections) expect(flat).toContain(section.heading);
    expect(flat).toContain("c388f6bf-1c33-4566-a5bc-249e990ea2bf");
    expect(flat).toContain("5718aeb9-3fef-470f-8562-5ccbc97b4fe5");
    expect(flat).toContain("[REDACTED:access_token#1]");
    expect(leakCheck(text, [])).toEqual([]);
  });

  it("numbers its pages, repeats a running header, and sets metadata dated from the ticket", async () => {
    const bytes = await render(seedDocument());
    const { pages, text } = await pdfText(bytes);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text.split("Oracle Health support ticket · App ID c388f6bf-1c33-4566-a5bc-249e990ea2bf").length - 1).toBe(
      pages - 1,
    );
    expect(await pdfInfo(bytes)).toMatchObject({
      Title: "SMART on FHIR authorization: 403 on GET Specimen",
      Subject: expect.stringContaining("App ID c388f6bf-1c33-4566-a5bc-249e990ea2bf"),
      Creator: "Oracle Health ticket assembler",
      Producer: "oracle-health-ticket (pdf-lib)",
      Language: "en-US",
      CreationDate: "D:20250729152210Z",
      ModDate: "D:20250729152210Z",
    });
  });

  it("gives byte-identical output for the same ticket", async () => {
    const [a, b] = [await render(seedDocument()), await render(seedDocument())];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("has a bookmark per section, with the findings and evidence items under theirs", async () => {
    const pdf = await getDocumentProxy((await render(seedDocument())).slice());
    const outline = (await pdf.getOutline()) ?? [];
    expect(outline.map((o) => o.title)).toEqual(seedDocument().sections.map((s) => s.heading));
    const evidence = outline.find((o) => o.title === "Evidence (redacted)");
    expect(evidence?.items.map((i) => i.title)).toEqual([
      "Evidence 1: Token request (client credentials)",
      "Evidence 2: Token response",
      "Evidence 3: Specimen search response: 403 insufficient_scope",
    ]);
    expect(outline.find((o) => o.title === "Automated scope diagnosis")?.items.map((i) => i.title)).toContain(
      "Error: system/Specimen.read was requested but not granted",
    );
  });

  it("lays out A4 and Letter pages", async () => {
    const a4 = await PDFDocument.load(await render(seedDocument(), "A4"));
    const letter = await PDFDocument.load(await render(seedDocument(), "Letter"));
    expect(a4.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
    expect(letter.getPage(0).getSize()).toEqual({ width: 612, height: 792 });
  });

  it("exports the Unicode stress text without error, substituting what the fonts lack", async () => {
    const ticket: Ticket = seedTicket();
    ticket.problem.actual = `Actual: ${UNICODE}`;
    ticket.about.clientName = UNICODE;
    ticket.evidence.push({
      id: "unicode",
      kind: "text",
      label: UNICODE,
      text: `${UNICODE}\n\u0000\u0007 tab\there \uFE0F\u200B`,
    });
    const bytes = await render(buildDocument(ticket, sampleDiagnosis, sampleRedaction));
    const { text } = await pdfText(bytes);
    expect(text).toContain("Ω → é ñ");
    expect(text).toContain("\uFFFD"); // DejaVu has no CJK glyphs: replaced, not fatal
  });

  it("breaks long unbroken tokens so no text runs off the page", async () => {
    const ticket: Ticket = seedTicket();
    const longToken = "A".repeat(40) + "b".repeat(400) + "/".repeat(3) + "C".repeat(300);
    ticket.problem.workflow = `GET https://fhir-ehr.cerner.com/r4/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/Specimen?${"_id=1&".repeat(80)}`;
    ticket.evidence.push({ id: "long", kind: "log", label: "A long line", text: `token-shaped ${longToken} end` });
    const bytes = await render(buildDocument(ticket, sampleDiagnosis, sampleRedaction));
    const { right, pageWidth } = await rightmostText(bytes);
    expect(right).toBeLessThanOrEqual(pageWidth - 56 + 0.5);
    expect(content((await pdfText(bytes)).text)).toContain(longToken);
  });

  it("paginates a 5 MB evidence ticket into hundreds of numbered pages", async () => {
    const ticket = withBigEvidence(seedTicket());
    const lines = ticket.evidence.at(-1)?.text.split("\n") ?? [];
    const bytes = await render(buildDocument(ticket, sampleDiagnosis, sampleRedaction));
    const pdf = await PDFDocument.load(bytes);
    const pages = pdf.getPageCount();
    expect(pages).toBeGreaterThan(300);
    const last = await (await getDocumentProxy(bytes.slice())).getPage(pages);
    const text = (await last.getTextContent()).items.map((item) => ("str" in item ? item.str : "")).join(" ");
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(content(text)).toContain(lines.at(-1)?.replace(/\s/g, ""));
  }, 180_000);
});
