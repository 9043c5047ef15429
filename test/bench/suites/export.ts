// Export cost, run by `npm run bench` (or `npm run bench -- export`): milliseconds and bytes for the seed ticket and
// a ticket with 5 MB of log evidence, Markdown and PDF, through exportTicket (re-redact → diagnose → document →
// leak check → render), plus the PDF's page count and where the time goes for the big ticket. Medians; figures
// only, never asserted. Nothing is written to disk.
import { readFileSync } from "node:fs";
import { PDFDocument } from "pdf-lib";
import { leakCheckDocument } from "~/document/leak-check";
import { renderMarkdown } from "~/document/markdown";
import { renderPdf } from "~/document/pdf";
import { exportTicket, isBlocked, prepareExport, type ExportFormat } from "~/export/export-ticket";
import { readFonts } from "~/export/fonts.server";
import { ticketSchema, type Ticket } from "~/ticket/schema";
import { withBigEvidence } from "../../export/big-ticket";
import { median } from "../lib/stats";

/** Wall time and this process's CPU time (user + system): on a busy machine the second is the steadier figure. */
async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; cpu: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpu: (c.user + c.system) / 1000, value };
}

async function measure(ticket: Ticket, format: ExportFormat, reps: number) {
  const times: number[] = [];
  const cpus: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < reps; i++) {
    const { ms, cpu, value } = await timed(() => exportTicket(ticket, format, { fonts: readFonts }));
    if (isBlocked(value)) throw new Error("the bench ticket was blocked by the leak check");
    times.push(ms);
    cpus.push(cpu);
    bytes = value.bytes;
  }
  const pages = format === "pdf" ? (await PDFDocument.load(bytes)).getPageCount() : null;
  return { ms: median(times), cpu: median(cpus), bytes: bytes.byteLength, pages };
}

const kb = (n: number) => `${(n / 1024).toLocaleString("en-US", { maximumFractionDigits: 1 })} KB`;
const ms = (n: number) => `${n.toLocaleString("en-US", { maximumFractionDigits: n < 100 ? 1 : 0 })} ms`;

export async function run(): Promise<string> {
  const seed = ticketSchema.parse(
    JSON.parse(readFileSync(new URL("../../fixtures/seed-ticket.json", import.meta.url), "utf8")),
  );
  const big = withBigEvidence(seed);
  await readFonts();
  await exportTicket(seed, "pdf", { fonts: readFonts }); // warm-up: module loading, font parsing, JIT

  const rows: string[] = [];
  for (const [name, ticket, reps] of [
    ["seed ticket", seed, 7],
    ["seed + 5 MB log", big, 3],
  ] as const) {
    const evidenceBytes = ticket.evidence.reduce((n, e) => n + new TextEncoder().encode(e.text).byteLength, 0);
    for (const format of ["md", "pdf"] as const) {
      const r = await measure(ticket, format, reps);
      rows.push(
        `| ${name} (${kb(evidenceBytes)} evidence) | ${format} | ${ms(r.ms)} | ${ms(r.cpu)} | ${kb(r.bytes)} | ${r.pages ?? "—"} |`,
      );
    }
  }

  // Where the time goes for the big PDF.
  const prepared = await timed(() => prepareExport(big));
  const leak = await timed(() => leakCheckDocument(prepared.value.document, prepared.value.known));
  const markdown = await timed(() => renderMarkdown(prepared.value.document));
  const pdf = await timed(() => renderPdf(prepared.value.document, { fonts: readFonts }));

  return [
    "## Export",
    "",
    "exportTicket end to end (re-redaction, diagnosis, document, leak check, render); median of 7 runs (seed) and 3 (5 MB).",
    "",
    "| ticket | format | wall time | CPU time | output | PDF pages |",
    "| --- | --- | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    `5 MB ticket, by stage (one run, wall / CPU): re-redact + diagnose + build document ${ms(prepared.ms)} / ${ms(prepared.cpu)}, leak check of the document ${ms(leak.ms)} / ${ms(leak.cpu)}, Markdown render ${ms(markdown.ms)} / ${ms(markdown.cpu)}, PDF render ${ms(pdf.ms)} / ${ms(pdf.cpu)}.`,
    "",
  ].join("\n");
}
