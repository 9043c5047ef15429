// CLIENT_NOT_ON_TENANT: the client (system account) is not provisioned on / authorized for the tenant:
// invalid_grant …token:invalid-tenant (seen), …grant:unauthorized-client-for-tenant, …tenant-invalid/-terminated,
// or the FHIR API's 403 "Tenant not valid or accessible" (documented: unknown tenant, or app not authorized for it).
import type { Finding } from "../types";
import { SANDBOX_TENANT } from "~/ticket/choices";
import type { Facts } from "../facts-model";
import { ev, errorExcerpt, finding } from "../finding";
import { wrongProfiles } from "../analysis";

const URNS =
  /:(token:invalid-tenant|grant:unauthorized-client-for-tenant|grant:unknown-tenant|token:code:tenant-invalid|token:code:tenant-terminated|token:refresh-token:tenant-terminated)$/;

export function clientNotOnTenant(f: Facts): Finding[] {
  // unknown-tenant from the failing URL on the wrong SMART profile is that mismatch (PROFILE_VERSION_MISMATCH), not provisioning.
  const profileExplains = wrongProfiles(f).length > 0;
  const hits = f.errors.filter(
    (e) =>
      (e.error.urn && URNS.test(e.error.urn) && !(profileExplains && e.error.urn.endsWith(":grant:unknown-tenant"))) ||
      e.error.tenantInvalid,
  );
  if (!hits.length) return [];
  const tenant = hits.map((h) => h.error.tenant).find(Boolean) ?? f.tenant;
  const client =
    hits.map((h) => h.error.client).find((c) => c && c !== "unknown") ??
    f.identifiers.find((i) => i.kind === "client-id")?.value ??
    null;
  const fhir = hits.some((h) => h.error.tenantInvalid);
  return [
    finding({
      code: "CLIENT_NOT_ON_TENANT",
      severity: "error",
      basis: fhir ? "documented" : "observed",
      title: `The client is not authorized for ${tenant ? `tenant ${tenant}` : "this tenant"}`,
      explanation: fhir
        ? 'The FHIR server answered "Tenant not valid or accessible" (403): the tenant ID is unknown, or the app is not authorized for that tenant. It is not a scope problem.'
        : `The authorization server refused the token: the client${client ? ` ${client}` : ""} is not provisioned on${tenant ? ` tenant ${tenant}` : " that tenant"}. Code Console apps reach a client domain only once the health system provisions and maps them.`,
      evidence: hits.map((h) => ev(h.source, errorExcerpt(h.error))),
      nextSteps: [
        `Check the tenant ID in the URL against the health system's FHIR base (the sandbox is ${SANDBOX_TENANT}).`,
        "For a client domain: ask the health system to provision this client ID on their domain (or log an SR with Oracle Health), then wait for it to take effect.",
      ],
    }),
  ];
}
