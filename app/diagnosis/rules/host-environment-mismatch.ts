// HOST_ENVIRONMENT_MISMATCH: the FHIR host does not fit the environment, the tenant or the app type (documented
// hosts: fhir-open open sandbox, fhir-ehr-code secure sandbox for provider/system, fhir-myrecord patient,
// fhir-ehr client domains; *.sandboxcerner.com legacy; DSTU2 no longer supported).
import type { Finding } from "../types";
import type { Facts, HostFact } from "../facts-model";
import { ev, finding } from "../finding";
import { hostInfo } from "../knowledge/hosts";
import { SANDBOX_TENANT } from "~/ticket/choices";

interface Problem {
  key: string;
  title: string;
  explanation: string;
  steps: string[];
  severity: "error" | "warning";
  facts: HostFact[];
}

export function hostEnvironmentMismatch(f: Facts): Finding[] {
  const problems = new Map<string, Problem>();
  const add = (p: Omit<Problem, "facts">, h: HostFact) => {
    const existing = problems.get(p.key);
    if (existing) existing.facts.push(h);
    else problems.set(p.key, { ...p, facts: [h] });
  };
  const fhirHosts = f.hosts.filter((h) => h.via !== "token-endpoint");
  // The authorization server itself on a retired host (authorization.sandboxcerner.com): the token endpoint's host.
  for (const t of f.tokenRequests) {
    if (!t.host || hostInfo(t.host)?.role !== "legacy") continue;
    add(
      {
        key: `legacy-authorization ${t.host}`,
        severity: "error",
        title: `The token endpoint is on ${t.host}, a legacy host`,
        explanation: `The token request goes to ${t.host}, ${hostInfo(t.host)!.description}; the authorization server is authorization.cerner.com.`,
        steps: [
          "Take the token endpoint from {FHIR base}/.well-known/smart-configuration (token_endpoint): https://authorization.cerner.com/tenants/<tenant>/…/token, with the tenant ID in place of any {tenantID} placeholder.",
        ],
      },
      { host: t.host, source: t.source, via: "token-endpoint", withToken: false, fhirVersion: null },
    );
  }
  for (const h of fhirHosts) {
    const info = hostInfo(h.host);
    if (h.fhirVersion === "dstu2") {
      add(
        {
          key: "dstu2",
          severity: "error",
          title: "DSTU2 is no longer supported",
          explanation: `A request or the FHIR base uses the DSTU2 path (/dstu2/) on ${h.host}. Oracle Health no longer supports DSTU2; scopes and resources are those of R4.`,
          steps: ["Use the R4 base: https://<host>/r4/<tenant>/."],
        },
        h,
      );
    }
    if (!info) continue;
    if (info.role === "legacy") {
      add(
        {
          key: `legacy ${h.host}`,
          severity: "error",
          title: `${h.host} is a legacy host`,
          explanation: `${h.host} is ${info.description}.`,
          steps: [
            "Use https://fhir-ehr-code.cerner.com/r4/<tenant>/ (provider/system) or https://fhir-myrecord.cerner.com/r4/<tenant>/ (patient) for the sandbox.",
          ],
        },
        h,
      );
      continue;
    }
    if (info.role === "open" && (h.withToken || f.appType)) {
      add(
        {
          key: "open",
          severity: "warning",
          title: "fhir-open does not check tokens or scopes",
          explanation:
            "fhir-open.cerner.com is the open, unauthenticated, read-only sandbox endpoint: it enforces no scopes, so it cannot reproduce (or rule out) a scope problem, and it accepts no writes.",
          steps: [
            "Call the secure endpoint with the token: https://fhir-ehr-code.cerner.com/r4/<tenant>/ (provider/system apps) or https://fhir-myrecord.cerner.com/r4/<tenant>/ (patient apps).",
          ],
        },
        h,
      );
    }
    const sandboxTenant = f.tenant === SANDBOX_TENANT;
    if (f.environment === "sandbox" && info.role === "production-provider-system") {
      add(
        {
          key: "sandbox-on-prod",
          severity: "error",
          title: "A client-domain host for a sandbox problem",
          explanation: `The form says the problem is in the public sandbox, but ${h.host} is ${info.description}. The sandbox's secure endpoint is fhir-ehr-code.cerner.com.`,
          steps: [
            "Either call https://fhir-ehr-code.cerner.com/r4/<sandbox tenant>/, or set the environment in the form to the client domain.",
          ],
        },
        h,
      );
    } else if (sandboxTenant && info.role === "production-provider-system") {
      add(
        {
          key: "sandbox-tenant-on-prod",
          severity: "error",
          title: "The sandbox tenant on a production host",
          explanation: `The public sandbox tenant ${SANDBOX_TENANT} is served by fhir-ehr-code.cerner.com (and fhir-open / fhir-myrecord), not by ${h.host}.`,
          steps: [`Use https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}/.`],
        },
        h,
      );
    }
    if (
      (f.environment === "client-nonprod" || f.environment === "client-prod") &&
      (info.role === "secure-provider-system" || info.role === "open")
    ) {
      add(
        {
          key: "client-on-sandbox",
          severity: "error",
          title: "A sandbox host for a client-domain problem",
          explanation: `The form says the problem is in a client domain, but ${h.host} is ${info.description}. Client domains are served by fhir-ehr.cerner.com (provider/system) and fhir-myrecord.cerner.com (patient).`,
          steps: [
            "Use the health system's FHIR base, e.g. https://fhir-ehr.cerner.com/r4/<their tenant>/ — or set the environment in the form to the sandbox.",
          ],
        },
        h,
      );
    }
    if (
      f.appType === "patient" &&
      (info.role === "secure-provider-system" || info.role === "production-provider-system")
    ) {
      add(
        {
          key: "patient-on-provider",
          severity: "warning",
          title: "A Patient app calling the provider/system endpoint",
          explanation: `${h.host} is ${info.description}; Patient apps use fhir-myrecord.cerner.com.`,
          steps: ["Call https://fhir-myrecord.cerner.com/r4/<tenant>/ with the patient token."],
        },
        h,
      );
    }
    if ((f.appType === "system" || f.appType === "provider") && info.role === "patient") {
      add(
        {
          key: "provider-on-patient",
          severity: "warning",
          title: `A ${f.appType === "system" ? "System" : "Provider"} app calling the patient endpoint`,
          explanation: `${h.host} is ${info.description}; provider and system apps use fhir-ehr-code.cerner.com (sandbox) or fhir-ehr.cerner.com (client domains).`,
          steps: ["Call the provider/system endpoint for the tenant."],
        },
        h,
      );
    }
  }
  const tokenHosts = f.hosts.filter((h) => h.via === "token-endpoint");
  const requestHosts = new Set(fhirHosts.filter((h) => h.via === "fhir-request").map((h) => h.host));
  for (const t of tokenHosts) {
    if (requestHosts.size && !requestHosts.has(t.host) && hostInfo(t.host)) {
      add(
        {
          key: `token-host ${t.host}`,
          severity: "warning",
          title: "The token endpoint names another FHIR host",
          explanation: `The token was requested from …/hosts/${t.host}/…/token, but the FHIR requests go to ${[...requestHosts].join(", ")}. The token endpoint advertised by a FHIR server's smart-configuration is tied to that host.`,
          steps: ["Take the token endpoint from {FHIR base}/.well-known/smart-configuration of the host you call."],
        },
        t,
      );
    }
  }
  return [...problems.values()].map((p) =>
    finding({
      code: "HOST_ENVIRONMENT_MISMATCH",
      severity: p.severity,
      basis: "documented",
      title: p.title,
      explanation: p.explanation,
      evidence: p.facts.slice(0, 5).map((h) => ev(h.source, `host ${h.host}`)),
      nextSteps: p.steps,
    }),
  );
}
