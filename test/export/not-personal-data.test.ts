// A PHI false positive the user restored ("not personal data") stays in the export; without the restore, the export
// redacts it again. A secret is redacted either way.
import { describe, expect, it } from "vitest";
import { exportTicket, isBlocked } from "~/export/export-ticket";
import type { Ticket } from "~/ticket/schema";
import { seedTicket } from "../document/helpers";

const NOTE = "Patient: Jane Doe called about the 403.\nclient_secret=synthetic-secret-for-tests";

function ticketWith(notPersonalData: string[]): Ticket {
  const ticket = seedTicket();
  return {
    ...ticket,
    evidence: [...ticket.evidence, { id: "note", kind: "text", label: "Note", text: NOTE }],
    notPersonalData,
  };
}

async function markdown(ticket: Ticket): Promise<string> {
  const result = await exportTicket(ticket, "md");
  if (isBlocked(result)) throw new Error(`unexpectedly blocked: ${result.reasons.join(" | ")}`);
  return new TextDecoder().decode(result.bytes);
}

describe("export of restored PHI", () => {
  it("keeps a name the user restored as not personal data", async () => {
    const text = await markdown(ticketWith(["Jane Doe"]));
    expect(text).toContain("Patient: Jane Doe called");
    expect(text).not.toContain("synthetic-secret-for-tests");
  });

  it("redacts the name again when it was not restored", async () => {
    const text = await markdown(ticketWith([]));
    expect(text).not.toContain("Jane Doe");
    expect(text).toContain("[REDACTED:name#");
    expect(text).not.toContain("synthetic-secret-for-tests");
  });
});
