// The export's preparation, shared by the export itself and the review step's preview (so what you see is what you
// export): re-redact the evidence, diagnose, build the document. No renderer here, so the page can load it cheaply.
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { evidenceReference } from "~/document/build-sections";
import type { KnownValue } from "~/document/leak-check";
import { buildDocument, type TicketDocument } from "~/document/model";
import { summariseRedaction } from "~/document/redaction-summary";
import { createRedactor } from "~/redaction/redact";
import type { RedactedItem } from "~/redaction/types";
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
  let redaction: RedactedTicket;
  try {
    redaction = redactTicketEvidence(ticket);
  } catch {
    throw new ExportError("Redaction failed, so nothing was exported. Check the evidence items and try again.");
  }
  const { ticket: safeTicket, redacted, known } = redaction;
  const diagnosis = diagnose({ ticket: safeTicket, evidence: safeTicket.evidence.map(({ id, kind, text }) => ({ id, kind, text })) });
  const document = buildDocument(safeTicket, diagnosis, summariseRedaction(redacted, evidenceReference(safeTicket)));
  return { document, ticket: safeTicket, diagnosis, redacted, known };
}

export interface RedactedTicket {
  ticket: Ticket;
  redacted: RedactedItem[];
  known: KnownValue[];
}

/** The ticket with its evidence redacted by one redactor (one placeholder per value across items). Throws on failure. */
export function redactTicketEvidence(ticket: Ticket): RedactedTicket {
  const redactor = createRedactor({
    environment: ticket.application.environment,
    terms: ticket.redactTerms,
    restored: [],
    // PHI the user restored as not personal data (never a secret or a term: the redactor applies `keep` to PHI only).
    keep: ticket.notPersonalData ?? [],
  });
  const redacted = ticket.evidence.map((item) => redactor.redact({ id: item.id, kind: item.kind, text: item.text }));
  const byId = new Map(redacted.map((item) => [item.id, item]));
  // Example URLs are request data too: redacted by the same redactor, so an id pseudonymised in the evidence reads
  // the same in the examples table (and a patient search's name= or birthdate= never reaches the ticket).
  const examples = ticket.examples.map((example, i) =>
    example.url ? { ...example, url: redactor.redact({ id: `example-${i + 1}-url`, kind: "text", text: example.url }).text } : example,
  );
  return {
    ticket: { ...ticket, examples, evidence: ticket.evidence.map((item) => ({ ...item, text: byId.get(item.id)?.text ?? "" })) },
    redacted,
    known: redactor.knownValues(),
  };
}

