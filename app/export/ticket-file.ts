// "Save ticket file": the ticket schema's JSON (what `npm run ticket -- schema` describes and `ticket export` reads),
// so a ticket can be reopened in the wizard or exported from the command line later. Only what passed the export's
// own gate is saved: the evidence is the re-redacted evidence, and the whole ticket must pass the leak check first.
import type { Ticket } from "~/ticket/schema";
import { exportTicket, isBlocked, prepareExport, type ExportDeps, type ExportResult } from "./export-ticket";

export const TICKET_FILE_TYPE = "application/json";

/** `oracle-health-ticket-c388f6bf-2025-07-29.ticket.json`: the export's name with the ticket file's extension. */
export const ticketFileName = (exportName: string): string => exportName.replace(/\.(md|pdf)$/, "") + ".ticket.json";

export const serialiseTicketFile = (ticket: Ticket): string => `${JSON.stringify(ticket, null, 2)}\n`;

export async function exportTicketFile(
  ticket: Ticket,
  deps: Pick<ExportDeps, "evidenceKnown"> = {},
): Promise<ExportResult> {
  const checked = await exportTicket(ticket, "md", deps);
  if (isBlocked(checked)) return checked;
  const { ticket: redacted } = prepareExport(ticket, deps);
  return {
    filename: ticketFileName(checked.filename),
    contentType: TICKET_FILE_TYPE,
    bytes: new TextEncoder().encode(serialiseTicketFile(redacted)),
  };
}
