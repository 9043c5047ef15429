// The export's preparation, shared by the export itself and the review step's preview (so what you see is what you
// export): pass the ticket through the privacy boundary, diagnose, build the document. No renderer here, so the page can load it cheaply.
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { evidenceReference } from "~/document/build-sections";
import type { KnownValue } from "~/document/leak-check";
import { buildDocument, type TicketDocument } from "~/document/model";
import { summariseRedaction, type ItemRedactions } from "~/document/redaction-summary";
import {
  redactTicket,
  type BoundaryOptions,
  type FieldRedaction,
  type RedactedTicket,
} from "~/privacy/ticket-boundary";
import type { Ticket } from "~/ticket/schema";

/** A failure of ours (never a message derived from evidence). */
export class ExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExportError";
  }
}

export interface PreparedExport {
  document: TicketDocument;
  /** The ticket with its evidence re-redacted and its typed fields redacted. */
  ticket: Ticket;
  diagnosis: Diagnosis;
  /** What the redaction did in each evidence item (counts and notes, no text). */
  redactions: ItemRedactions[];
  /** The typed fields the boundary changed, with what it found (types and lines, never values). */
  fields: FieldRedaction[];
  /** Every value the redaction removed, from the evidence and the typed fields (memory only): what the leak check looks for. */
  known: KnownValue[];
}

/**
 * Passes the ticket through the privacy boundary (the evidence re-redacted — a no-op on redacted text, the fail-closed
 * guard for a ticket JSON carrying raw evidence — and every typed field redacted by the same redactor), diagnoses it and
 * builds the document. `options.evidenceKnown`: the values removed from the raw evidence the page holds. Throws ExportError if redaction fails: nothing is exported then.
 */
export function prepareExport(ticket: Ticket, options: BoundaryOptions = {}): PreparedExport {
  let redaction: RedactedTicket;
  try {
    redaction = redactTicket(ticket, options);
  } catch {
    throw new ExportError("Redaction failed, so nothing was exported. Check the evidence items and try again.");
  }
  const { ticket: safeTicket, redactions, known, fields } = redaction;
  const diagnosis = diagnose({
    ticket: safeTicket,
    evidence: safeTicket.evidence.map(({ id, kind, text }) => ({ id, kind, text })),
  });
  const document = buildDocument(safeTicket, diagnosis, summariseRedaction(redactions, evidenceReference(safeTicket)));
  return { document, ticket: safeTicket, diagnosis, redactions, known, fields };
}
