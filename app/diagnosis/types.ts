// The diagnosis contract. Finding codes are public and stable: renaming one is a breaking change.

export const FINDING_CODES = [
  "SCOPE_NOT_GRANTED",
  "SCOPE_REQUIRED_MISSING",
  "SCOPE_WILDCARD_UNSUPPORTED",
  "SCOPE_SYNTAX_INVALID",
  "SCOPE_UNKNOWN_RESOURCE",
  "SCOPE_VERSION_MISMATCH",
  "SCOPE_CONTEXT_MIXED",
  "SCOPE_CONTEXT_MISMATCH",
  "WRITE_WITHOUT_READ",
  "RESOURCE_NOT_SUPPORTED",
  "TOKEN_EXPIRED",
  "TOKEN_PREDATES_CHANGE",
  "TENANT_MISMATCH",
  "HOST_ENVIRONMENT_MISMATCH",
  "EMPTY_SCOPES",
  "CLIENT_NOT_ON_TENANT",
  "INVALID_TOKEN",
  "KNOWN_ERROR_CODE",
  "PROVISIONING_QUESTION",
  "PLACEHOLDER_IDENTIFIER",
  "IDENTIFIER_FORMAT",
  "TIMESTAMP_NO_TIMEZONE",
  "MISSING_EVIDENCE",
  "UNKNOWN_ERROR_URN",
  "TENANT_ID_MALFORMED",
  "SCOPE_LIST_COMMAS",
  "TOKEN_REQUEST_BEARER_AUTH",
  "LAUNCH_IN_STANDALONE",
  "FAILURE_UNEXPLAINED",
  "PROFILE_VERSION_MISMATCH",
  "PKCE_MISMATCH",
  "SEARCH_PARAM_UNSUPPORTED",
  "NAMED_REFUSAL",
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export type Severity = "error" | "warning" | "info";
/** documented by Oracle/HL7/RFC; observed in this evidence or in public reports; our inference. */
export type Basis = "documented" | "observed" | "inference";

export interface FindingEvidence {
  /** Evidence item id, or "ticket" for a form field. */
  itemId: string;
  /** "entry 2, response body", "application.clientId", … */
  location: string;
  /** A short, redaction-safe excerpt (scopes, IDs, error codes — never a token or secret). */
  excerpt?: string;
  /** The fact was read from prose (a sentence or a snippet inside text), so it is less certain (added compatibly). */
  fromProse?: boolean;
}

export interface Finding {
  code: FindingCode;
  severity: Severity;
  title: string;
  explanation: string;
  evidence: FindingEvidence[];
  nextSteps: string[];
  basis: Basis;
  /** The scopes the finding is about, when it is about scopes (added compatibly: optional). */
  scopes?: string[];
}

export interface ScopeRow {
  scope: string;
  requested: boolean;
  granted: boolean;
  /** Needed by a failing request. */
  needed: boolean;
  /** Listed in the tenant's scopes_supported; null when unknown (a client domain we have no capture of). */
  supported: boolean | null;
}

export interface Diagnosis {
  findings: Finding[];
  scopes: ScopeRow[];
  summary: string;
  questions: string[];
}
