// The export's wording: value labels (from ~/ticket/wording, the one source), fence languages, severities, bases.
import type { Basis, Severity } from "~/diagnosis/types";
import type { EvidenceKind } from "~/evidence/model";
import { SANDBOX_TENANT } from "~/ticket/choices";
import type { Ticket } from "~/ticket/schema";
import { ENVIRONMENT_LABELS } from "~/ticket/wording";
import type { CodeLanguage } from "./types";

export { APP_TYPE_LABELS, ENVIRONMENT_LABELS, EVIDENCE_KIND_LABELS, SMART_VERSION_LABELS } from "~/ticket/wording";

/** The fence language of each kind of evidence: JSON stays JSON, HTTP stays HTTP, shell stays shell. */
export const EVIDENCE_LANGUAGE: Record<EvidenceKind, CodeLanguage> = {
  har: "json",
  http: "http",
  "curl-verbose": "shell",
  "curl-command": "shell",
  "token-response": "json",
  jwt: "text",
  "fhir-json": "json",
  form: "text",
  log: "text",
  text: "text",
};

export const SEVERITY_LABELS: Record<Severity, string> = { error: "Error", warning: "Warning", info: "Info" };

export const BASIS_LABELS: Record<Basis, string> = {
  documented: "Documented (Oracle Health, HL7 SMART or an RFC says so)",
  observed: "Observed (in this evidence or in public reports)",
  inference: "Inference (a hypothesis to confirm with support)",
};

export const yesNo = (value: "yes" | "no"): string => (value === "yes" ? "Yes" : "No");

export function environmentLabel(ticket: Ticket): string {
  const label = ENVIRONMENT_LABELS[ticket.application.environment];
  return ticket.application.tenantId.toLowerCase() === SANDBOX_TENANT && ticket.application.environment === "sandbox"
    ? `${label} (tenant ${SANDBOX_TENANT})`
    : label;
}
