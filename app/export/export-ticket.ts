// One export, wherever it runs (browser, API, no-JS route, CLI): the ticket-wide privacy boundary → diagnose → build the document →
// leak-check → render. Pure: the PDF fonts come in through `deps`. Nothing here logs, stores or echoes evidence.
import type { FontSource } from "~/document/fonts";
import { describeLeak, leakCheckDocument, leakCheckParts, type Leak } from "~/document/leak-check";
import { renderMarkdownParts } from "~/document/markdown";
import type { TicketDocument } from "~/document/model";
import { renderPdf, type PageSize } from "~/document/pdf";
import { leakField } from "~/privacy/leak-fields";
import type { BoundaryOptions } from "~/privacy/ticket-boundary";
import type { Ticket } from "~/ticket/schema";
import { encodeParts } from "./encode-parts";
import { ExportError, prepareExport } from "./prepare-export";

export { ExportError, prepareExport, type PreparedExport } from "./prepare-export";

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
  /** Values the redaction removed from the raw evidence the page holds (memory only): see BoundaryOptions. */
  evidenceKnown?: BoundaryOptions["evidenceKnown"];
  /** The caller hands the ticket over: its raw evidence texts are dropped as they are redacted (see BoundaryOptions). */
  release?: boolean;
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
  /** Per leak, the form field it points at (`problem.actual`), or null. */
  fields: Array<string | null>;
}

export type ExportResult = ExportedFile | BlockedExport;

export const isBlocked = (result: ExportResult): result is BlockedExport => "blocked" in result;

/** oracle-health-ticket-c388f6bf-20250729.md: the app and the date of the latest example. */
export function exportFilename(document: TicketDocument, appId: string, format: ExportFormat): string {
  const app =
    appId
      .replace(/[^0-9a-f]/gi, "")
      .slice(0, 8)
      .toLowerCase() || "app";
  const date = document.meta.date.slice(0, 10).replace(/-/g, "");
  return `oracle-health-ticket-${app}-${date}.${format}`;
}

const blocked = (leaks: Leak[], document: TicketDocument): BlockedExport => ({
  blocked: leaks,
  reasons: leaks.map(describeLeak),
  fields: leaks.map((leak) => leakField(leak.where, document)),
});

export async function exportTicket(ticket: Ticket, format: ExportFormat, deps: ExportDeps = {}): Promise<ExportResult> {
  const prepared = prepareExport(ticket, { evidenceKnown: deps.evidenceKnown, release: deps.release });
  const { document, known } = prepared;
  const filename = exportFilename(document, ticket.application.appId, format);
  if (format === "md") {
    // In parts, checked and encoded part by part: the whole Markdown never exists as one string (see encode-parts).
    const markdown = renderMarkdownParts(document);
    const leaks = leakCheckParts(markdown, known);
    if (leaks.length > 0) return blocked(leaks, document);
    return { filename, contentType: CONTENT_TYPES.md, bytes: encodeParts(markdown) };
  }
  // The PDF is drawn from the document's text: check that text before anything is rendered.
  const leaks = leakCheckDocument(document, known);
  if (leaks.length > 0) return blocked(leaks, document);
  if (!deps.fonts) throw new ExportError("The PDF fonts are not available, so the PDF cannot be made.");
  let bytes: Uint8Array;
  try {
    bytes = await renderPdf(document, { fonts: deps.fonts, pageSize: deps.pageSize });
  } catch {
    throw new ExportError(
      "The PDF could not be made (its fonts could not be loaded or read). The Markdown export still works.",
    );
  }
  return { filename, contentType: CONTENT_TYPES.pdf, bytes };
}
