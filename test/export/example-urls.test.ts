// Example URLs are request data: in a client domain the ids in them are pseudonymised like the evidence's, so a
// failing request pasted both as evidence and as an example exports (instead of being blocked by the leak check).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { exportTicket, isBlocked } from "~/export/export-ticket";
import { ticketSchema, type Ticket } from "~/ticket/schema";

const seed = ticketSchema.parse(
  JSON.parse(readFileSync(new URL("../fixtures/seed-ticket.json", import.meta.url), "utf8")),
);
const failingUrl = seed.examples[1].url!;

const withRequestEvidence = (ticket: Ticket): Ticket => ({
  ...ticket,
  evidence: [
    ...ticket.evidence,
    {
      id: "request",
      kind: "http",
      text: `GET ${failingUrl} HTTP/1.1\nHost: fhir-ehr.cerner.com\nAccept: application/fhir+json\n\n`,
    },
  ],
});

async function markdownOf(ticket: Ticket): Promise<string> {
  const result = await exportTicket(ticket, "md");
  if (isBlocked(result)) throw new Error(`blocked: ${result.reasons.join("; ")}`);
  return new TextDecoder().decode(result.bytes);
}

describe("example URLs", () => {
  it("in a client domain, carry the same pseudonym as the evidence instead of the id, and the export is not blocked", async () => {
    expect(failingUrl).toContain("_id=197284315");
    const markdown = await markdownOf(withRequestEvidence(seed));
    expect(markdown).not.toContain("197284315");
    expect(markdown).toMatch(/Specimen\?_id=\[REDACTED:resource_id#1\]/);
    const rows = markdown.split("\n").filter((line) => line.includes("_id=[REDACTED:resource_id#1]"));
    expect(rows.some((row) => row.startsWith("| 2 |"))).toBe(true);
  });
  it("lose patient search parameters in the sandbox too, and keep everything diagnostic", async () => {
    const url =
      "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient?family=Smith&birthdate=1970-01-02";
    const sandbox: Ticket = {
      ...seed,
      application: {
        ...seed.application,
        environment: "sandbox",
        tenantId: "ec2458f2-1e24-41c8-b71b-0e701af7583d",
        fhirBaseUrl: undefined,
      },
      examples: [{ ...seed.examples[1], url }],
    };
    const markdown = await markdownOf(sandbox);
    expect(markdown).not.toMatch(/Smith|1970-01-02/);
    expect(markdown).toContain(
      "https://fhir-ehr-code.cerner.com/r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient?family=[REDACTED:name#",
    );
  });
});
