// The one neutral document model of a ticket. Markdown, PDF and the review step's preview all render this model, so
// they never disagree. Pure: plain data in, plain data out; no framework, no I/O, no clock.
import type { Diagnosis } from "~/diagnosis/types";
import type { Ticket } from "~/ticket/schema";
import { buildSections } from "./build-sections";
import { documentFacts, documentMeta, documentTitle } from "./document-meta";
import type { RedactionSummary, TicketDocument } from "./types";

export type * from "./types";

/** Builds the document of a validated ticket whose evidence is already redacted, with its diagnosis. */
export function buildDocument(ticket: Ticket, diagnosis: Diagnosis, redaction: RedactionSummary): TicketDocument {
  const title = documentTitle(ticket);
  return {
    title,
    facts: documentFacts(ticket),
    meta: documentMeta(ticket, diagnosis, title),
    sections: buildSections(ticket, diagnosis, redaction),
  };
}
