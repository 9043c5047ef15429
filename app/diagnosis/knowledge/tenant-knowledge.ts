// What one tenant supports, derived from its discovery documents: `.well-known/smart-configuration`
// (scopes_supported) and `/metadata` (the CapabilityStatement: resources, interactions, operations, search params).
// Used at build time for the sandbox capture (scripts/derive-sandbox-knowledge.ts → sandbox.generated.ts) and at run
// time for a tenant's documents pasted as evidence. Pure: no I/O.
import { isRecord } from "~/lib/records";

export interface ResourceSupport {
  /** CapabilityStatement interaction codes: read, vread, search-type, create, update, patch, delete, history-*. */
  interactions: string[];
  operations: string[];
  searchParams: string[];
}

export interface TenantKnowledge {
  source: {
    /** Where the documents came from (file names for a capture, evidence item ids at run time). */
    documents: string[];
    /** Date of the capture: the CapabilityStatement's date, else null. */
    capturedAt: string | null;
    tenant: string | null;
    fhirBase: string | null;
  };
  /** null when no smart-configuration was given. */
  scopesSupported: string[] | null;
  /** null when no CapabilityStatement was given. */
  resources: Record<string, ResourceSupport> | null;
  /** Whole-system interactions (batch, transaction, search-system, history-system). */
  systemInteractions: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : []);
const codes = (v: unknown, key: string): string[] =>
  Array.isArray(v)
    ? v
        .filter(isRecord)
        .map((x) => x[key])
        .filter((x): x is string => typeof x === "string")
    : [];

const TENANT = /\/(?:r4|tenants)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/i;

export function isSmartConfiguration(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value.scopes_supported);
}

export function isCapabilityStatement(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && value.resourceType === "CapabilityStatement" && Array.isArray(value.rest);
}

export function deriveTenantKnowledge(input: {
  smartConfiguration?: unknown;
  capabilityStatement?: unknown;
  documents?: string[];
}): TenantKnowledge {
  const smart = isSmartConfiguration(input.smartConfiguration) ? input.smartConfiguration : null;
  const cap = isCapabilityStatement(input.capabilityStatement) ? input.capabilityStatement : null;
  let resources: Record<string, ResourceSupport> | null = null;
  let systemInteractions: string[] = [];
  let fhirBase: string | null = null;
  if (cap) {
    resources = {};
    const rest = (cap.rest as unknown[]).filter(isRecord).find((r) => r.mode === "server" || r.mode === undefined);
    for (const res of Array.isArray(rest?.resource) ? rest.resource.filter(isRecord) : []) {
      if (typeof res.type !== "string") continue;
      resources[res.type] = {
        interactions: codes(res.interaction, "code"),
        operations: codes(res.operation, "name"),
        searchParams: codes(res.searchParam, "name"),
      };
    }
    systemInteractions = codes(rest?.interaction, "code");
    const impl =
      isRecord(cap.implementation) && typeof cap.implementation.url === "string" ? cap.implementation.url : null;
    fhirBase = impl ?? (typeof cap.url === "string" ? cap.url.replace(/\/metadata$/, "") : null);
  }
  const issuer = smart && typeof smart.issuer === "string" ? smart.issuer : null;
  const tenantSource = [
    fhirBase,
    issuer,
    smart && typeof smart.token_endpoint === "string" ? smart.token_endpoint : null,
  ].find((u) => u && TENANT.test(u));
  return {
    source: {
      documents: input.documents ?? [],
      capturedAt: cap && typeof cap.date === "string" ? cap.date : null,
      tenant: tenantSource ? TENANT.exec(tenantSource)![1].toLowerCase() : null,
      fhirBase,
    },
    scopesSupported: smart ? strings(smart.scopes_supported) : null,
    resources,
    systemInteractions,
  };
}
