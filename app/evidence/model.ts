// The typed model that evidence parsers produce (see docs: one pass, one direction). Pure data, no framework.
import type { EvidenceKind } from "~/ticket/schema";

export type { EvidenceKind };

export interface Header {
  name: string;
  value: string;
}

export interface HttpRequest {
  method: string;
  url: string;
  headers: Header[];
  body?: string;
}

export interface HttpResponse {
  status: number;
  statusText?: string;
  headers: Header[];
  body?: string;
}

/** Where a fact was found: the evidence item and a human-readable location ("entry 3, response header Date"). */
export interface SourceRef {
  itemId: string;
  location: string;
}

export interface Exchange {
  request?: HttpRequest;
  response?: HttpResponse;
  /** ISO 8601 UTC: HAR startedDateTime, else the response Date header. */
  time?: string;
  source: SourceRef;
}

export interface DecodedToken {
  /** Which field held it: access_token, id_token, Authorization header, … */
  role: string;
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
  source: SourceRef;
}

/** One evidence item as raw or redacted text, with its (detected or user-corrected) kind. */
export interface EvidenceText {
  id: string;
  kind: EvidenceKind;
  text: string;
}

export interface ParsedEvidence {
  itemId: string;
  kind: EvidenceKind;
  exchanges: Exchange[];
  tokens: DecodedToken[];
  /** JSON bodies not inside an exchange (a pasted token response, OperationOutcome, Bundle, …). */
  documents: Array<{ value: unknown; source: SourceRef }>;
  /** Free-text lines (logs, plain text), for pattern extraction. */
  lines: string[];
  /** Non-fatal problems: "truncated HAR, read as text", … Never contain evidence text. */
  warnings: string[];
}
