// MISSING_EVIDENCE: what to paste (or enter) next so the diagnosis can conclude — one finding, asks in order.
import type { Finding } from "../types";
import type { Facts, Ref } from "../facts-model";
import { droppedScopes, grantedKnown, missingNeeds, requestedKnown, scopeFailures } from "../analysis";
import { ev, finding, list } from "../finding";
import { SANDBOX_TENANT } from "~/ticket/choices";
import { needsOfRequest } from "../analysis";

export function missingEvidence(f: Facts): Finding[] {
  const asks: string[] = [];
  const refs: Array<{ ref: Ref; excerpt: string }> = [];
  const app = f.ticket.application;
  if (f.evidenceCount === 0 && !app.requestedScopes && !app.grantedScopes && !f.requests.length) {
    asks.push(
      "Paste the failing request and its response (a HAR export from the browser's network panel, raw HTTP, or curl -v output), and the token response: the diagnosis compares the scopes requested, granted and needed.",
    );
  }
  const failures = scopeFailures(f);
  const scopeErrors = f.errors.filter(
    (e) =>
      e.error.error === "insufficient_scope" ||
      !!e.error.urn?.endsWith(":insufficient-scopes") ||
      e.error.subcode === "no_scope_for_resource_path",
  );
  if ((failures.length || scopeErrors.length) && !grantedKnown(f)) {
    asks.push(
      "Paste the token response (its scope field), or the decoded claims of the access token, to see which scopes were granted.",
    );
    for (const e of scopeErrors.slice(0, 2)) refs.push({ ref: e.source, excerpt: "insufficient_scope" });
  }
  // A request only described in words ("a request to the Specimen resource") does not show its URL: still ask for it.
  if (scopeErrors.length && !failures.some((r) => needsOfRequest(r).length > 0 && !r.source.prose)) {
    asks.push(
      "Paste the failing request (method and URL, e.g. GET https://fhir-ehr.cerner.com/r4/<tenant>/Specimen?_id=…, or its HAR entry) so the needed scope can be worked out.",
    );
    for (const e of scopeErrors.slice(0, 2)) refs.push({ ref: e.source, excerpt: "403 without its request" });
  }
  const missing = missingNeeds(f);
  if (missing.length && !requestedKnown(f)) {
    asks.push(
      `Paste the token request (its scope parameter), or enter the requested scopes in the form, to tell whether ${list([...new Set(missing.map((m) => m.scope))].slice(0, 3))} was never requested or was dropped.`,
    );
  }
  const drops = droppedScopes(f).filter((d) => !d.explainedBy && d.scope.kind === "resource");
  if (drops.length && f.scopesChangedAt === null) {
    asks.push(
      `Enter when ${list(drops.map((d) => d.scope.normalised).slice(0, 3))} was added to the app in Code Console (Application → "Scopes changed at"), so the 15-minute waiting period can be checked against the token's time.`,
    );
  }
  const sandbox = f.tenant === SANDBOX_TENANT || (!f.tenant && f.environment === "sandbox");
  if (drops.length && !f.tenantKnowledge && !sandbox) {
    asks.push(
      `Paste this tenant's {FHIR base}/.well-known/smart-configuration, to check that its scopes_supported lists ${list(drops.map((d) => d.scope.normalised).slice(0, 3))}.`,
    );
  }
  if (!asks.length) return [];
  return [
    finding({
      code: "MISSING_EVIDENCE",
      severity: "info",
      basis: "inference",
      title:
        asks.length === 1
          ? "One more piece of evidence would settle the diagnosis"
          : `${asks.length} more pieces of evidence would settle the diagnosis`,
      explanation: "The evidence so far cannot decide between the possible causes. In order of usefulness:",
      evidence: refs.map((r) => ev(r.ref, r.excerpt)),
      nextSteps: asks,
    }),
  ];
}
