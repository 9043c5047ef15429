// Words for the evidence UI: redaction types and categories as people say them, sizes, item names.
import type { RedactionCategory } from "~/redaction/types";

const TYPE_WORDS: Record<string, string> = {
  jwt: "JWT",
  phi: "personal data",
  custom: "term you listed",
  ip_address: "IP address",
  mrn: "medical record number",
  ssn: "social security number",
  url: "URL",
  id_token: "ID token",
  value: "FHIR value",
  private_key: "private key",
};

/** "access_token" → "access token", "ip_address" → "IP address". */
export function typeWords(type: string): string {
  return TYPE_WORDS[type] ?? type.replace(/_/g, " ");
}

/** The title of a highlighted placeholder: "redacted access token". */
export const markTitle = (type: string): string => `redacted ${typeWords(type)}`;

export const CATEGORY_WORDS: Record<RedactionCategory, { one: string; many: string }> = {
  secret: { one: "secret", many: "secrets" },
  phi: { one: "personal data", many: "personal data" },
  custom: { one: "of your terms", many: "of your terms" },
};

/** A finding's category in a list line. */
export const CATEGORY_TAG: Record<RedactionCategory, string> = {
  secret: "secret",
  phi: "personal data",
  custom: "your term",
};

export { formatSize } from "~/evidence/file-text";

export const formatCount = (n: number): string => n.toLocaleString("en-US");

/** "Evidence 2" or "Evidence 2 (Token response)". */
export function itemName(index: number, label?: string): string {
  const l = label?.trim();
  return l ? `Evidence ${index + 1} (${l})` : `Evidence ${index + 1}`;
}
