// Human wording for the ticket's enumerated values, shared by every renderer.
import type { Basis, Severity } from "~/diagnosis/types";
import type { EvidenceKind } from "~/evidence/model";
import { SANDBOX_TENANT, type Environment, type Ticket } from "~/ticket/schema";
import type { CodeLanguage } from "./model";

export const ENVIRONMENT_LABELS: Record<Environment, string> = {
  sandbox: "Public sandbox",
  "client-nonprod": "Client domain, non-production",
  "client-prod": "Client domain, production",
};

export const APP_TYPE_LABELS: Record<Ticket["application"]["appType"], string> = {
  system: "System (backend service, client credentials)",
  provider: "Provider (user launch)",
  patient: "Patient (patient launch)",
};

export const SMART_VERSION_LABELS: Record<Ticket["application"]["smartVersion"], string> = {
  v1: "SMART v1 (scopes such as system/Patient.read)",
  v2: "SMART v2 (scopes such as system/Patient.rs)",
};

export const EVIDENCE_KIND_LABELS: Record<EvidenceKind, string> = {
  har: "HAR capture",
  http: "HTTP exchange",
  "curl-verbose": "curl -v output",
  "curl-command": "curl command",
  "token-response": "Token response",
  jwt: "Decoded token claims",
  "fhir-json": "FHIR JSON",
  form: "Form-encoded body",
  log: "Log lines",
  text: "Text",
};

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
