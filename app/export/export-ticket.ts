// One export, wherever it runs (browser, API, no-JS route, CLI): re-redact → diagnose → build the document →
// leak-check → render. Pure: the PDF fonts come in through `deps`. Nothing here logs, stores or echoes evidence.
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import type { EvidenceText } from "~/evidence/model";
import type { FontSource } from "~/document/fonts";
import { describeLeak, leakCheck, leakCheckDocument, type KnownValue, type Leak } from "~/document/leak-check";
import { renderMarkdown } from "~/document/markdown";
import { buildDocument, type TicketDocument } from "~/document/model";
import { renderPdf, type PageSize } from "~/document/pdf";
import { summariseRedaction } from "~/document/redaction-summary";
import { evidenceReference } from "~/document/build-sections";
import { createRedactor } from "~/redaction/redact";
import type { RedactedItem } from "~/redaction/types";
import type { Ticket } from "~/ticket/schema";

export const EXPORT_FORMATS = ["md", "pdf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const isExportFormat = (value: unknown): value is ExportFormat => value === "md" || value === "pdf";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  md: "text/markdown; charset=utf-8",
  pdf: "application/pdf",
};

export interface ExportDeps {
  /** DejaVu Sans, Sans Bold and Sans Mono (bytes or a loader). Needed for PDF only. */
  fonts?: FontSource;
  pageSize?: PageSize;
}

export interface ExportedFile {
  filename: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface BlockedExport {
  /** What leaked and where (never the value). */
  blocked: Leak[];
  /** One sentence per leak, ready to show. */
  reasons: string[];
}

export type ExportResult = ExportedFile | BlockedExport;

export const isBlocked = (result: ExportResult): result is BlockedExport => "blocked" in result;

/** A failure of ours (never a message derived from evidence). */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}

export interface PreparedExport {
  document: TicketDocument;
  /** The ticket with its evidence re-redacted. */
  ticket: Ticket;
  diagnosis: Diagnosis;
  redacted: RedactedItem[];
  /** Every value the redaction removed (memory only): what the leak check looks for. */
  known: KnownValue[];
}

/**
 * Re-redacts the ticket's evidence (a no-op on redacted text, the fail-closed guard for a ticket JSON carrying raw
 * evidence), diagnoses it and builds the document. Throws ExportError if redaction fails: nothing is exported then.
 */
export function prepareExport(ticket: Ticket): PreparedExport {
  let redacted: RedactedItem[];
  let known: KnownValue[];
  try {
    const redactor = createRedactor({ environment: ticket.application.environment, terms: ticket.redactTerms, restored: [] });
    redacted = ticket.evidence.map((item) => redactor.redact({ id: item.id, kind: item.kind, text: item.text }));
    known = redactor.knownValues();
  } catch {
    throw new ExportError("Redaction failed, so nothing was exported. Check the evidence items and try again.");
  }
  const byId = new Map(redacted.map((item) => [item.id, item]));
  const safeTicket: Ticket = { ...ticket, evidence: ticket.evidence.map((item) => ({ ...item, text: byId.get(item.id)?.text ?? "" })) };
  const evidence: EvidenceText[] = safeTicket.evidence.map(({ id, kind, text }) => ({ id, kind, text }));
  const diagnosis = diagnose({ ticket: safeTicket, evidence });
  const document = buildDocument(safeTicket, diagnosis, summariseRedaction(redacted, evidenceReference(safeTicket)));
  return { document, ticket: safeTicket, diagnosis, redacted, known };
}

/** oracle-health-ticket-c388f6bf-20250729.md: the app and the date of the latest example. */
export function exportFilename(document: TicketDocument, appId: string, format: ExportFormat): string {
  const app = appId.replace(/[^0-9a-f]/gi, "").slice(0, 8).toLowerCase() || "app";
  const date = document.meta.date.slice(0, 10).replace(/-/g, "");
  return `oracle-health-ticket-${app}-${date}.${format}`;
}

const blocked = (leaks: Leak[]): BlockedExport => ({ blocked: leaks, reasons: leaks.map(describeLeak) });

export async function exportTicket(ticket: Ticket, format: ExportFormat, deps: ExportDeps = {}): Promise<ExportResult> {
  const prepared = prepareExport(ticket);
  const { document, known } = prepared;
  const filename = exportFilename(document, ticket.application.appId, format);
  if (format === "md") {
    const markdown = renderMarkdown(document);
    const leaks = leakCheck(markdown, known);
    if (leaks.length > 0) return blocked(leaks);
    return { filename, contentType: CONTENT_TYPES.md, bytes: new TextEncoder().encode(markdown) };
  }
  // The PDF is drawn from the document's text: check that text before anything is rendered.
  const leaks = leakCheckDocument(document, known);
  if (leaks.length > 0) return blocked(leaks);
  if (!deps.fonts) throw new ExportError("The PDF fonts are not available, so the PDF cannot be made.");
  let bytes: Uint8Array;
  try {
    bytes = await renderPdf(document, { fonts: deps.fonts, pageSize: deps.pageSize });
  } catch {
    throw new ExportError("The PDF could not be made (its fonts could not be loaded or read). The Markdown export still works.");
  }
  return { filename, contentType: CONTENT_TYPES.pdf, bytes };
}
