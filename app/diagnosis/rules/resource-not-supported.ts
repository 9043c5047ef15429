// RESOURCE_NOT_SUPPORTED: the tenant (the public sandbox capture, or a tenant whose discovery documents were pasted)
// does not list the scope in scopes_supported, or its CapabilityStatement lacks the interaction a request made.
import type { Finding } from "../types";
import type { Facts, RequestFact } from "../facts-model";
import { isSupported, requestedScopes, typeListed } from "../analysis";
import { ev, finding, requestExcerpt } from "../finding";
import type { Interaction } from "../interactions";
import { SANDBOX_TENANT } from "~/ticket/choices";

const CAPABILITY_CODE: Partial<Record<Interaction["kind"], string>> = {
  read: "read",
  vread: "vread",
  "history-instance": "history-instance",
  "history-type": "history-type",
  "search-type": "search-type",
  "search-compartment": "search-type",
  create: "create",
  update: "update",
  patch: "patch",
  delete: "delete",
};

function where(f: Facts): string {
  const k = f.tenantKnowledge!;
  if (f.tenant === SANDBOX_TENANT || k.source.tenant === SANDBOX_TENANT)
    return `the public sandbox (capture of ${k.source.capturedAt ?? "unknown date"})`;
  return "this tenant (its pasted discovery document)";
}

export function resourceNotSupported(f: Facts): Finding[] {
  const k = f.tenantKnowledge;
  if (!k) return [];
  const out: Finding[] = [];
  for (const { scope, sources } of requestedScopes(f)) {
    if (scope.kind !== "resource" || scope.wildcardType || scope.wildcardPermission || !scope.knownType) continue;
    if (isSupported(scope, k) !== false) continue;
    const listed = typeListed(scope.context, scope.resourceType, k);
    const alternatives = (k.scopesSupported ?? []).filter((s) =>
      s.startsWith(`${scope.context}/${scope.resourceType}.`),
    );
    out.push(
      finding({
        code: "RESOURCE_NOT_SUPPORTED",
        severity: "error",
        basis: "documented",
        title: `${scope.normalised} is not supported by ${f.tenant === SANDBOX_TENANT ? "the sandbox" : "this tenant"}`,
        explanation: listed
          ? `${where(f)} lists ${alternatives.slice(0, 6).join(" ")} for ${scope.resourceType} in this context, not ${scope.normalised}: a scope the tenant does not offer is never granted.`
          : `${where(f)} lists no ${scope.context}/${scope.resourceType} scope in scopes_supported: ${scope.resourceType} is not available there in this context, so the scope is never granted.`,
        evidence: sources.map((r) => ev(r, `requested: ${scope.normalised}`)),
        nextSteps: listed
          ? [`Request one of ${alternatives.slice(0, 6).join(" ")} instead.`]
          : [
              `Check the tenant's {FHIR base}/metadata and .well-known/smart-configuration for ${scope.resourceType}; if it is missing, ask Oracle Health (or the health system) whether it can be enabled.`,
            ],
        scopes: [scope.normalised],
      }),
    );
  }
  if (k.resources) {
    const seen = new Set<string>();
    for (const r of f.requests.filter((x: RequestFact) => x.status === null || x.status >= 400)) {
      const i = r.interaction;
      if (!i.resourceType) continue;
      const support = k.resources[i.resourceType];
      const code = CAPABILITY_CODE[i.kind];
      const op = i.operation?.replace(/^\$/, "");
      const ok =
        support &&
        (code
          ? support.interactions.includes(code)
          : i.kind === "operation" && op
            ? support.operations.includes(op)
            : true);
      if (ok) continue;
      const key = `${i.resourceType} ${code ?? i.operation}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(
        finding({
          code: "RESOURCE_NOT_SUPPORTED",
          severity: "error",
          basis: "documented",
          title: support
            ? `${i.resourceType} does not support ${code ?? i.operation} on ${f.tenant === SANDBOX_TENANT ? "the sandbox" : "this tenant"}`
            : `${i.resourceType} is not available on ${f.tenant === SANDBOX_TENANT ? "the sandbox" : "this tenant"}`,
          explanation: support
            ? `The CapabilityStatement of ${where(f)} allows ${support.interactions.join(", ") || "no interactions"} on ${i.resourceType}${support.operations.length ? ` (operations: ${support.operations.join(", ")})` : ""}, not ${code ?? i.operation}. No scope makes an unsupported interaction work.`
            : `The CapabilityStatement of ${where(f)} has no ${i.resourceType} resource: no scope makes it available.`,
          evidence: [ev(r.source, requestExcerpt(r))],
          nextSteps: support
            ? [`Use an interaction the server supports for ${i.resourceType} (${support.interactions.join(", ")}).`]
            : [
                `Check {FHIR base}/metadata for the resources this tenant offers; ask Oracle Health whether ${i.resourceType} is planned.`,
              ],
        }),
      );
    }
  }
  return out;
}
