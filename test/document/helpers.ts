// Shared test data for the document tests: the seed ticket, a diagnosis written by hand (so these tests do not
// depend on the diagnosis rules), a redaction summary, the fonts and PDF text extraction.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { extractText, getDocumentProxy, getMeta } from "unpdf";
import type { Diagnosis } from "~/diagnosis/types";
import type { RedactionSummary } from "~/document/redaction-summary";
import { readFonts } from "~/export/fonts.server";
import { ticketSchema, type Ticket, type TicketInput } from "~/ticket/schema";

// A path, not a URL object: under jsdom the global URL is jsdom's, which node:fs does not accept.
const SEED_PATH = join(dirname(fileURLToPath(import.meta.url)), "../fixtures/seed-ticket.json");
export const seedInput = (): TicketInput => JSON.parse(readFileSync(SEED_PATH, "utf8"));
export const seedTicket = (): Ticket => ticketSchema.parse(seedInput());

export const sampleDiagnosis: Diagnosis = {
  summary: "The token was issued without system/Specimen.read, so the 403 from the FHIR server is correct.",
  findings: [
    {
      code: "SCOPE_NOT_GRANTED",
      severity: "error",
      title: "system/Specimen.read was requested but not granted",
      explanation:
        "The authorization server grants the intersection of requested, registered and enabled scopes; patient/*.read and user/*.read are not supported.",
      evidence: [
        { itemId: "token-response", location: "body, scope", excerpt: "system/Patient.read | system/Encounter.read" },
      ],
      nextSteps: ["Request a new token after 15 minutes.", "Check <tenant> scopes_supported."],
      basis: "documented",
    },
    {
      code: "PROVISIONING_QUESTION",
      severity: "info",
      title: "Does a later scope reach a provisioned client?",
      explanation: "Not documented.",
      evidence: [],
      nextSteps: [],
      basis: "inference",
    },
  ],
  scopes: [
    { scope: "system/Specimen.read", requested: true, granted: false, needed: true, supported: null },
    { scope: "system/Patient.read", requested: true, granted: true, needed: false, supported: true },
  ],
  questions: ["Does a scope added after provisioning reach the client domain automatically?"],
};

export const sampleRedaction: RedactionSummary = {
  itemsChecked: 3,
  entries: [
    { category: "secret", type: "access_token", values: 1, replacements: 2 },
    { category: "secret", type: "authorization", values: 1, replacements: 1 },
  ],
  notes: [],
};

let fonts: ReturnType<typeof readFonts> | null = null;
export const testFonts = () => (fonts ??= readFonts());

export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const { totalPages, text } = await extractText(await getDocumentProxy(bytes.slice()), { mergePages: true });
  return { pages: totalPages, text };
}

export async function pdfInfo(bytes: Uint8Array): Promise<Record<string, unknown>> {
  return (await getMeta(await getDocumentProxy(bytes.slice()))).info as Record<string, unknown>;
}
