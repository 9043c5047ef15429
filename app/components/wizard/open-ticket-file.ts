// "Open ticket file…": a chosen file read into the wizard's values, or the message that says why not. Loaded when a
// file is chosen (start-options.tsx), not with the first page. Never echoes the file's content.
import { MAX_TICKET_FILE_BYTES, readTicketFile, type TicketFileResult } from "~/wizard/ticket-file";

export async function openTicketFile(file: Blob): Promise<TicketFileResult> {
  if (file.size > MAX_TICKET_FILE_BYTES)
    return { ok: false, message: "This file is too large to be a ticket file (the limit is 16 MB)." };
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, message: "The file could not be read. Try again, or choose another file." };
  }
  return readTicketFile(text);
}
