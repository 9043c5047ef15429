// The one source of wording for the ticket's enumerated values, for the form and for the export. Where the two word a
// value differently on purpose, both tables sit side by side here: the form's (short, or saying what to paste) and
// the export's (saying what the value means to support).
import type { APP_TYPES, ENVIRONMENTS, EvidenceKind, SMART_VERSIONS } from "./schema";

export const ENVIRONMENT_LABELS: Record<(typeof ENVIRONMENTS)[number], string> = {
  sandbox: "Public sandbox",
  "client-nonprod": "Client domain, non-production",
  "client-prod": "Client domain, production",
};

export const SMART_VERSION_LABELS: Record<(typeof SMART_VERSIONS)[number], string> = {
  v1: "SMART v1 (scopes such as system/Patient.read)",
  v2: "SMART v2 (scopes such as system/Patient.rs)",
};

/** The form's radio labels. */
export const APP_TYPE_CHOICE_LABELS: Record<(typeof APP_TYPES)[number], string> = {
  system: "System",
  provider: "Provider",
  patient: "Patient",
};

/** The export's. */
export const APP_TYPE_LABELS: Record<(typeof APP_TYPES)[number], string> = {
  system: "System (backend service, client credentials)",
  provider: "Provider (user launch)",
  patient: "Patient (patient launch)",
};

/** The form's "Kind of evidence" options: what to paste. */
export const EVIDENCE_KIND_CHOICE_LABELS: Record<EvidenceKind, string> = {
  har: "HAR file (browser network export)",
  http: "Raw HTTP request and response",
  "curl-verbose": "curl -v output",
  "curl-command": "curl command",
  "token-response": "Token response (JSON)",
  jwt: "JWT (access or ID token)",
  "fhir-json": "FHIR JSON or OperationOutcome",
  form: "Form-encoded body",
  log: "Log lines",
  text: "Plain text",
};

/** The export's evidence headings: what the redacted text is. */
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
