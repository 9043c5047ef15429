// Opening a saved ticket file (app/export/ticket-file.ts writes it) into the wizard's values. Reading one never throws and never echoes its content: a file that is not
// a ticket gets one plain message. The sample ("Try it with a sample", ./sample.ts) is in the same shape.
import { isRecord } from "~/lib/records";
import { sanitiseValues, type WizardValues } from "./values";

/** A ticket file is small (evidence is redacted and reduced); anything past this is not one of ours. */
export const MAX_TICKET_FILE_BYTES = 16 * 1024 * 1024;

export type TicketFileResult = { ok: true; values: WizardValues } | { ok: false; message: string };

const SECTIONS = ["about", "application", "problem", "examples", "evidence"] as const;

/** Values for the wizard from a ticket file's text (any answered subset of a ticket is accepted). */
export function readTicketFile(text: string): TicketFileResult {
  if (text.length > MAX_TICKET_FILE_BYTES) {
    return { ok: false, message: "This file is too large to be a ticket file (the limit is 16 MB)." };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: "This file is not a ticket file: it is not JSON. Choose a file saved with “Save ticket file”.",
    };
  }
  if (!isRecord(value) || !SECTIONS.some((key) => Object.hasOwn(value as object, key))) {
    return {
      ok: false,
      message:
        "This JSON file is not a ticket file: it has none of the ticket's sections (about, application, problem, examples, evidence).",
    };
  }
  return { ok: true, values: sanitiseValues(value) };
}
