// "Open ticket file…": a chosen file into the wizard's values, or a message that names the problem and never quotes
// the file.
import { describe, expect, it } from "vitest";
import { openTicketFile } from "~/components/wizard/open-ticket-file";
import { MAX_TICKET_FILE_BYTES } from "~/wizard/ticket-file";

describe("openTicketFile", () => {
  it("refuses a file over the limit without reading it", async () => {
    const big = new Blob([new Uint8Array(MAX_TICKET_FILE_BYTES + 1)]);
    expect(await openTicketFile(big)).toEqual({
      ok: false,
      message: "This file is too large to be a ticket file (the limit is 16 MB).",
    });
  });

  it("says so when the file cannot be read", async () => {
    const broken = { size: 10, text: () => Promise.reject(new Error("gone")) } as unknown as Blob;
    expect(await openTicketFile(broken)).toEqual({
      ok: false,
      message: "The file could not be read. Try again, or choose another file.",
    });
  });

  it("hands anything else to the ticket file reader, whose message never quotes the content", async () => {
    const result = await openTicketFile(new Blob(["not a ticket: secret-value-123"]));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("secret-value-123");
  });
});
