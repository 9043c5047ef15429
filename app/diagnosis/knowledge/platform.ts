// Platform rules the diagnosis applies, each with where it is stated. Sources: docs/platform.md and
// smart-scopes.md (marks: doc = Oracle documentation, staff = Oracle staff in public, seen = observed, guess = ours).
import { SANDBOX_TENANT } from "~/ticket/identifiers";

export { SANDBOX_TENANT };

export interface PlatformFact<T> {
  value: T;
  source: string;
  basis: "documented" | "observed" | "inference";
}

/** Access tokens live 570 seconds. */
export const TOKEN_LIFETIME_SECONDS: PlatformFact<number> = {
  value: 570,
  source: "docs/platform.md §2 (doc)",
  basis: "documented",
};

/** Code Console changes take effect after a 15-minute waiting period. */
export const PROPAGATION_MINUTES: PlatformFact<number> = {
  value: 15,
  source: "docs/platform.md §3 (doc)",
  basis: "documented",
};

/** Wildcard scopes (patient/*.read) and the * right are not supported: every scope is requested by name. */
export const WILDCARD_SCOPES_SUPPORTED: PlatformFact<boolean> = {
  value: false,
  source: "docs/platform.md §2 (doc)",
  basis: "documented",
};

/** system/ scopes only with client credentials, never mixed with patient/ or user/. */
export const SYSTEM_SCOPES_NEVER_MIXED: PlatformFact<boolean> = {
  value: true,
  source: "docs/platform.md §2 (doc); smart-scopes.md (Bulk Data v1)",
  basis: "documented",
};

/** The authorization server grants the intersection of requested, registered, tenant-enabled and launch context. */
export const GRANT_IS_INTERSECTION: PlatformFact<boolean> = {
  value: true,
  source: "docs/platform.md §3 (RFC 6749 §3.3; doc: the server may redact scopes)",
  basis: "documented",
};

/** Whether a scope added later reaches an already-provisioned client domain automatically is not documented. */
export const PROVISIONING_OF_NEW_SCOPES_DOCUMENTED: PlatformFact<boolean> = {
  value: false,
  source: "docs/platform.md §3 (the open question)",
  basis: "inference",
};

export const TOKEN_ENDPOINT_TEMPLATE =
  "https://authorization.cerner.com/tenants/{tenant}/protocols/oauth2/profiles/smart-v1/token";
export const FHIR_BASE_TEMPLATES = {
  open: "https://fhir-open.cerner.com/r4/{tenant}/",
  secureProviderSystem: "https://fhir-ehr-code.cerner.com/r4/{tenant}/",
  patient: "https://fhir-myrecord.cerner.com/r4/{tenant}/",
  productionProviderSystem: "https://fhir-ehr.cerner.com/r4/{tenant}/",
} as const;
