// SCOPE_REQUIRED_MISSING: a request refused for want of a scope (403 / insufficient_scope) needs a permission that
// the token it used does not hold.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { missingNeeds, requestedKnown, type MissingNeed } from "../analysis";
import { ev, errorExcerpt, finding, requestExcerpt } from "../finding";

export function scopeRequiredMissing(f: Facts): Finding[] {
  const byScope = new Map<string, MissingNeed[]>();
  for (const m of missingNeeds(f)) byScope.set(m.scope, [...(byScope.get(m.scope) ?? []), m]);
  return [...byScope.entries()].map(([scope, needs]) => {
    const first = needs[0];
    const what = [...new Set(needs.map((n) => n.need.reason))].join("; ");
    const inferred = needs.every((n) => n.need.basis === "inference");
    let cause: string;
    const steps: string[] = [];
    if (first.requested) {
      cause = `The token request asked for it, but the token was issued without it, so the FHIR server's ${first.request.status ?? 403} is correct: the scope was dropped at issuance.`;
      steps.push("Find out why the scope was dropped: see the finding on the requested-but-not-granted scope.");
    } else if (first.requestedInOtherVersion) {
      cause = `The request asked for ${first.requestedInOtherVersion}, the other SMART version's form; the app needs ${scope}.`;
      steps.push(
        `Request ${scope} (the form of the app's registered SMART version) instead of ${first.requestedInOtherVersion}.`,
      );
    } else if (requestedKnown(f)) {
      cause = "The token request did not ask for it.";
      steps.push(`Add ${scope} to the scope parameter of the token request.`);
      steps.push(
        `Make sure the app's registration in Code Console lists ${scope}, then wait 15 minutes before requesting a new token.`,
      );
    } else {
      cause = "Whether it was requested is not in the evidence.";
      steps.push(
        `Check that ${scope} is in the token request's scope parameter and in the app's registration in Code Console.`,
      );
    }
    steps.push("After a fix, retry with a fresh token and compare its scope list with the request.");
    return finding({
      code: "SCOPE_REQUIRED_MISSING",
      severity: "error",
      basis: inferred ? "inference" : "observed",
      title: `${scope} is needed for ${first.request.interaction.describe.split("?")[0]} and the token does not hold it`,
      explanation: `The refused request (${what}) needs ${scope}${inferred ? " (SMART does not say which scope this needs; strict servers want one on every type involved — inference)" : ""}, and none of the token's granted scopes covers it. ${cause}`,
      evidence: [
        ...needs.map((n) => ev(n.request.source, requestExcerpt(n.request))),
        ...needs.flatMap((n) =>
          n.request.errors.map((e) =>
            ev({ ...n.request.source, location: `${n.request.source.location}, response` }, errorExcerpt(e)),
          ),
        ),
        ...first.grantedAt.map((g) => ev(g, `granted scopes lack ${scope}`)),
      ],
      nextSteps: steps,
      scopes: [scope],
    });
  });
}
