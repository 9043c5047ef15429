// SCOPE_NOT_GRANTED: a requested scope is missing from what the token response / token claims granted, and no more
// specific rule (syntax, wildcard, version, context, support) explains why. Dropped at issuance (RFC 6749 §3.3).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { droppedScopes, isSupported, missingNeeds, scopeFailures, type Drop } from "../analysis";
import { ev, finding, scopeExcerpt } from "../finding";
import { counterpart, covers } from "../scopes";
import { SANDBOX_TENANT } from "~/ticket/choices";

export function scopeNotGranted(f: Facts): Finding[] {
  const missing = missingNeeds(f);
  // A 403 insufficient_scope reported without its request: the dropped resource scope is the likely cause.
  const refusedWithoutRequest =
    !scopeFailures(f).length &&
    (f.errors.some((e) => e.error.error === "insufficient_scope" || !!e.error.urn?.endsWith(":insufficient-scopes")) ||
      f.statements.some((s) => s.status === 403 || (s.status === null && s.elapsedSeconds === null)));
  const grantedLists = f.granted;
  const drops = droppedScopes(f);
  return [
    ...drops.filter((d) => d.explainedBy).map((d) => explainedDrop(d, grantedLists)),
    ...drops
      .filter((d) => !d.explainedBy)
      .map((d) => {
        const s = d.scope;
        const needed =
          f.saidMissing.includes(s.normalised) ||
          (s.kind === "resource" && refusedWithoutRequest) ||
          (s.kind === "resource" &&
            missing.some(
              (m) =>
                m.requested &&
                covers([s], { resourceType: m.need.resourceType, letters: m.need.letters, context: s.context }),
            ));
        const twin = counterpart(s.normalised);
        const supported = isSupported(s, f.tenantKnowledge);
        const sandbox = f.tenant === SANDBOX_TENANT || (!f.tenant && f.environment === "sandbox");
        const steps: string[] = [];
        if (s.kind === "resource") {
          steps.push(
            `In Code Console, check that the app's registration lists ${s.normalised}${f.version ? ` (the SMART ${f.version} form)` : ""}.`,
          );
          steps.push(
            "If it was added recently, wait at least 15 minutes after the change, then request a new token: a token issued before the change keeps its old scopes.",
          );
          if (supported === true)
            steps.push(
              `The tenant lists ${s.normalised} in scopes_supported${f.tenantKnowledge?.source.capturedAt ? ` (capture of ${f.tenantKnowledge.source.capturedAt})` : ""}, so it can be granted there.`,
            );
          else if (supported === null)
            steps.push(
              `Check that the tenant's {FHIR base}/.well-known/smart-configuration lists ${s.normalised} in scopes_supported.`,
            );
          if (!sandbox)
            steps.push(
              "For a client domain, ask the health system's analyst whether their provisioning of this client ID includes the scope (re-provision or re-map the app, or log an SR).",
            );
        } else if (s.normalised === "offline_access") {
          steps.push(
            "Check the app's access type in Code Console: offline_access is dropped when it is Online (request online_access, or change the access type).",
          );
        } else {
          steps.push(`Check that the app's registration in Code Console allows ${s.normalised}.`);
        }
        return finding({
          code: "SCOPE_NOT_GRANTED",
          severity: needed ? "error" : s.kind === "resource" ? "warning" : "info",
          basis: "observed",
          title: `${s.normalised} was requested but not granted`,
          explanation:
            `The request asked for ${s.normalised}, but the scopes granted (the token response's scope / the token's claims) do not include it${twin ? ` nor its equivalent ${twin}` : ""}. ` +
            'The authorization server grants only what is requested, registered on the app and enabled for the tenant, and drops the rest silently (RFC 6749 §3.3; Oracle: "the server may redact scopes") — so the scope was dropped when the token was issued, not refused later by the FHIR server.' +
            (s.normalised === "offline_access"
              ? " Oracle Health drops offline_access when the app's access type is Online (seen)."
              : ""),
          evidence: dropEvidence(d, grantedLists),
          nextSteps: steps,
          scopes: [s.normalised],
        });
      }),
  ];
}

/**
 * A drop whose cause another finding names (a wildcard, a syntax error, another SMART version, …): the drop is still
 * what the token shows, so it is said — as a pointer to that cause, not as a cause of its own.
 */
function explainedDrop(d: Drop, grantedLists: Facts["granted"]): Finding {
  const s = d.scope.normalised;
  return finding({
    code: "SCOPE_NOT_GRANTED",
    severity: "info",
    basis: "observed",
    title: `${s} was requested but not granted`,
    explanation: `The request asked for ${s} and the scopes granted do not include it: it was dropped when the token was issued. The ${d.explainedBy} finding says why.`,
    evidence: dropEvidence(d, grantedLists),
    nextSteps: [`Follow the ${d.explainedBy} finding's steps, then request a new token.`],
    scopes: [s],
  });
}

/** Where the scope was requested and every list of what was granted: the evidence of a drop, explained or not. */
function dropEvidence(d: Drop, grantedLists: Facts["granted"]) {
  return [
    ...d.requestedAt.map((r) => ev(r, `requested: ${d.scope.normalised}`)),
    ...grantedLists.map((g) => ev(g.source, `granted: ${scopeExcerpt(g.scopes)}`)),
  ];
}
