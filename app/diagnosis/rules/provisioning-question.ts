// PROVISIONING_QUESTION: a correctly formed, requested scope was dropped at issuance outside the public sandbox.
// Whether a scope added in Code Console reaches an already-provisioned client domain automatically is not
// documented (docs/platform.md §3): present the open question with the evidence and §6's checks, never an answer.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { droppedScopes, isSupported } from "../analysis";
import { ev, finding, list, scopeExcerpt } from "../finding";
import { SANDBOX_TENANT } from "~/ticket/choices";
import { PROPAGATION_MINUTES } from "../knowledge/platform";
import { isoOf } from "../time";

export function provisioningQuestion(f: Facts): Finding[] {
  if (f.environment === "sandbox" || f.tenant === SANDBOX_TENANT) return [];
  const drops = droppedScopes(f).filter((d) => !d.explainedBy && d.scope.kind === "resource");
  if (!drops.length) return [];
  const names = drops.map((d) => d.scope.normalised);
  const supported = drops.map((d) => isSupported(d.scope, f.tenantKnowledge));
  const issued = [
    ...f.tokens.flatMap((t) => (t.iat !== null ? [t.iat * 1000] : [])),
    ...f.granted.flatMap((g) => (g.origin === "token-response" && g.time !== null ? [g.time] : [])),
  ];
  const newest = issued.length ? Math.max(...issued) : null;
  const effective = f.scopesChangedAt !== null ? f.scopesChangedAt + PROPAGATION_MINUTES.value * 60_000 : null;
  const check2 =
    effective === null
      ? `unknown: enter when ${names.length === 1 ? "the scope was" : "the scopes were"} added in Code Console, and use a token issued at least ${PROPAGATION_MINUTES.value} minutes later`
      : newest !== null && newest >= effective
        ? `done: the change was at ${isoOf(f.scopesChangedAt!)} and the token is from ${isoOf(newest)}`
        : `not shown: the change was at ${isoOf(f.scopesChangedAt!)}; use a token issued after ${isoOf(effective)}`;
  const check3 = supported.every((s) => s === true)
    ? "done: the tenant lists it in scopes_supported"
    : supported.some((s) => s === false)
      ? "failed: the tenant does not list it"
      : `unknown for this client domain: fetch {FHIR base}/.well-known/smart-configuration and look for ${list(names)}`;
  const where = f.tenant ? `tenant ${f.tenant}` : "the health system's domain";
  return [
    finding({
      code: "PROVISIONING_QUESTION",
      severity: "warning",
      basis: "inference",
      title: `Open question for Oracle Health: does a newly registered scope reach ${where}?`,
      explanation:
        `${list(names)} ${names.length === 1 ? "was" : "were"} requested in a valid form but dropped when the token was issued for ${where}. A Code Console app reaches a client domain through the health system's provisioning ("FHIR Application Provisioning"); whether a scope added to the app later reaches an already-provisioned domain automatically is not documented anywhere. ` +
        "Treat it as the question to put to Oracle Health support, with the evidence — not as a known answer.",
      evidence: [
        ...drops.flatMap((d) => d.requestedAt.map((r) => ev(r, `requested: ${d.scope.normalised}`))),
        ...f.granted.slice(0, 3).map((g) => ev(g.source, `granted: ${scopeExcerpt(g.scopes, 6)}`)),
      ],
      nextSteps: [
        `1. SMART version and form: ${f.smartVersion ? `the app is registered as SMART ${f.smartVersion} and the scope is in that form (done)` : "confirm the app's SMART version in Code Console and that the scope is written in that form"}.`,
        `2. ${PROPAGATION_MINUTES.value} minutes since the Code Console change, and a new token: ${check2}.`,
        `3. The tenant's scopes_supported lists ${list(names)}: ${check3}.`,
        '4. Ask the health system\'s analyst whether their provisioning of this client ID includes the new scope; if not, they may need to re-provision or re-map the app, or log an SR ("Cerner Ignite APIs for Millennium").',
        "5. Ask Oracle Health support the open question (see Questions for Oracle Health support), quoting the App ID, Client ID, tenant, correlation IDs and times.",
      ],
      scopes: names,
    }),
  ];
}
