// A ticket with ~5 MB of synthetic log evidence (no secrets, no patient data): for the pagination test and the bench.
import type { Ticket } from "~/ticket/schema";

export const BIG_EVIDENCE_BYTES = 5 * 1024 * 1024;

/** One log line; each differs (time, id) so nothing compresses to a trivial repeat. */
export const bigLogLine = (i: number): string =>
  `2025-07-29T15:${String(10 + (Math.floor(i / 60) % 50)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}Z INFO fhir-client GET /r4/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/Specimen?_id=${197284315 + i} -> 403 insufficient_scope`;

export function bigLog(bytes = BIG_EVIDENCE_BYTES): string {
  const lines: string[] = [];
  for (let i = 0, size = 0; size < bytes; i++) {
    const line = bigLogLine(i);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join("\n");
}

/** The given ticket plus the 5 MB log as a fourth evidence item. */
export function withBigEvidence(ticket: Ticket, bytes = BIG_EVIDENCE_BYTES): Ticket {
  return {
    ...ticket,
    evidence: [...ticket.evidence, { id: "client-log", kind: "log", label: "Client log (5 MB)", text: bigLog(bytes) }],
  };
}
