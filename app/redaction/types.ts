// The redaction contract: what the redactor gives back. Values found are kept only in memory (for the leak check).
import type { Environment, EvidenceKind } from "~/ticket/schema";

export type RedactionCategory = "secret" | "phi" | "custom";

export interface RedactionFinding {
  category: RedactionCategory;
  /** access_token, refresh_token, client_secret, cookie, authorization, jwt, private_key, password, name, phone, … */
  type: string;
  /** The stable placeholder, e.g. [REDACTED:access_token#1]; never contains any part of the value. */
  placeholder: string;
  /** How many times this value was replaced in this item. */
  count: number;
  /** PHI false positives can be restored by the user; secrets never. */
  restorable: boolean;
}

export interface RedactionPolicy {
  environment: Environment;
  /** User-added strings to redact everywhere. */
  terms: string[];
  /** Placeholders of PHI findings the user restored (false positives). Secrets cannot be restored. */
  restored: string[];
  /**
   * Values the user marked as not personal data (PHI false positives, by value: placeholder numbers shift when the
   * evidence changes). Applies to PHI detections only: a secret or one of the user's terms is redacted even when listed.
   */
  keep?: string[];
}

export interface RedactedItem {
  id: string;
  kind: EvidenceKind;
  text: string;
  findings: RedactionFinding[];
  /** Spans in `text` that are placeholders, for highlighting: [start, end) offsets. */
  spans: Array<{ start: number; end: number; type: string; category: RedactionCategory }>;
  /** Notes for the user: dropped HAR entries, "truncated JSON redacted as text", … Never contain evidence values. */
  warnings: string[];
}
