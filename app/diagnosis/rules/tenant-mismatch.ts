// TENANT_MISMATCH: the ticket and the evidence name more than one tenant (form, FHIR URLs, token endpoint, token
// claims, error_uri). One tenant must be used throughout: a token for tenant A is useless on tenant B.
import type { Finding } from "../types";
import type { Facts, TenantFact } from "../facts-model";
import { ev, finding } from "../finding";
import { SANDBOX_TENANT } from "~/ticket/choices";

const VIA: Record<TenantFact["via"], string> = {
  ticket: "the form's tenant ID",
  "fhir-base": "the form's FHIR base URL",
  "fhir-url": "a FHIR request URL",
  "token-endpoint": "the token endpoint URL",
  "token-claims": "the token's claims",
  "error-uri": "an error_uri",
  discovery: "a discovery document",
  prose: "a tenant named in the text",
};

export function tenantMismatch(f: Facts): Finding[] {
  const byTenant = new Map<string, TenantFact[]>();
  for (const t of f.tenants) {
    const facts = byTenant.get(t.tenant);
    if (facts) facts.push(t);
    else byTenant.set(t.tenant, [t]);
  }
  if (byTenant.size < 2) return [];
  const parts = [...byTenant.entries()].map(
    ([tenant, facts]) =>
      `${tenant}${tenant === SANDBOX_TENANT ? " (the public sandbox)" : ""} in ${[...new Set(facts.map((x) => VIA[x.via]))].join(", ")}`,
  );
  return [
    finding({
      code: "TENANT_MISMATCH",
      severity: "error",
      basis: "observed",
      title: `${byTenant.size} different tenants in one ticket`,
      explanation: `The ticket names ${parts.join("; and ")}. A token is issued for one tenant and is only valid there; the FHIR base, the token endpoint and the form must all use the same tenant.`,
      evidence: [...byTenant.entries()].flatMap(([tenant, facts]) =>
        facts.slice(0, 3).map((x) => ev(x.source, `tenant ${tenant}`)),
      ),
      nextSteps: [
        "Decide which tenant the problem is about and use it everywhere: {FHIR base}/r4/<tenant>/ and …/tenants/<tenant>/…/token.",
        "Take the token endpoint from that tenant's {FHIR base}/.well-known/smart-configuration rather than building it by hand.",
      ],
    }),
  ];
}
