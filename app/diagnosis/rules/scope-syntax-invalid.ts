// SCOPE_SYNTAX_INVALID: a requested scope that is not valid SMART grammar (`.sr`, `Patient/` as context, `.Read`, …).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { requestedScopes } from "../analysis";
import { ev, finding } from "../finding";

export function scopeSyntaxInvalid(f: Facts): Finding[] {
  return requestedScopes(f).flatMap(({ scope, sources }) => {
    if (scope.kind !== "invalid") return [];
    return [
      finding({
        code: "SCOPE_SYNTAX_INVALID",
        severity: "error",
        basis: "documented",
        title: `"${scope.raw}" is not a valid SMART scope`,
        explanation: `${scope.reason} Scopes are case-sensitive and servers may ignore, replace or reject a malformed one (SMART App Launch).`,
        evidence: sources.map((r) => ev(r, `requested: ${scope.raw}`)),
        nextSteps: scope.suggestion
          ? [
              `Request ${scope.suggestion} instead of ${scope.raw}.`,
              "Register the corrected scope on the app in Code Console.",
            ]
          : [
              "Rewrite the scope as context/ResourceType.permission, e.g. system/Patient.read (v1) or system/Patient.rs (v2).",
            ],
        scopes: [scope.raw],
      }),
    ];
  });
}
