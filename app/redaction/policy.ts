// Redaction policy helpers: the environment decides how much FHIR content may stay (see docs/redaction-rules.md).
import type { RedactionCategory, RedactionPolicy } from "./types";
import type { Environment } from "~/ticket/schema";

export function redactionPolicy(
  environment: Environment,
  terms: string[] = [],
  restored: string[] = [],
): RedactionPolicy {
  return { environment, terms, restored };
}

/** The CLI's and API's short names: "client" is a client domain (production rules). */
export function environmentFromOption(value: string | undefined): Environment | null {
  if (value === undefined || value === "sandbox") return "sandbox";
  if (value === "client" || value === "client-prod") return "client-prod";
  if (value === "client-nonprod") return "client-nonprod";
  return null;
}

const PHI_TYPES = new Set([
  "name",
  "phone",
  "email",
  "fax",
  "url",
  "telecom",
  "address",
  "street_address",
  "birth_date",
  "date",
  "identifier",
  "narrative",
  "note",
  "attachment",
  "photo",
  "patient_id",
  "resource_id",
  "user_id",
  "user_name",
  "value",
  "ssn",
  "mrn",
  "ip_address",
  "location",
  "person",
  "age",
  "phi",
]);

/** The category of a placeholder type the redactor did not make itself (found already redacted in the input). */
export function categoryOfType(type: string): RedactionCategory {
  if (type === "custom") return "custom";
  return PHI_TYPES.has(type) ? "phi" : "secret";
}
