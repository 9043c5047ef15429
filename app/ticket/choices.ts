// The ticket's fixed lists of choices and their type guards, without zod: the wizard's first steps (labels, radio
// groups, the client-domain note) need these lists but not the schema, which the browser loads on first validation.
// schema.ts validates with these same lists and re-exports them.
import { isOneOf } from "~/lib/one-of";

export const APP_TYPES = ["system", "provider", "patient"] as const;
export const SMART_VERSIONS = ["v1", "v2"] as const;
export const ENVIRONMENTS = ["sandbox", "client-nonprod", "client-prod"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];
export const isEnvironment = (value: unknown): value is Environment => isOneOf(ENVIRONMENTS, value);

export const isClientDomain = (environment: Environment | undefined): boolean =>
  environment === "client-nonprod" || environment === "client-prod";

/** The public sandbox's tenant: the Application step fills it in when the sandbox is chosen. */
export const SANDBOX_TENANT = "ec2458f2-1e24-41c8-b71b-0e701af7583d";

export const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"] as const;

export const EVIDENCE_KINDS = [
  "har",
  "http",
  "curl-verbose",
  "curl-command",
  "token-response",
  "jwt",
  "fhir-json",
  "form",
  "log",
  "text",
] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];
export const isEvidenceKind = (value: unknown): value is EvidenceKind => isOneOf(EVIDENCE_KINDS, value);
