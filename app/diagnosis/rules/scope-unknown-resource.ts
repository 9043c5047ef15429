// SCOPE_UNKNOWN_RESOURCE: a requested scope names a type that is not an R4 resource type (typo, plural, lower case,
// a DSTU2 name such as MedicationOrder).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { isKnownType, requestedScopes } from "../analysis";
import { ev, finding } from "../finding";

export function scopeUnknownResource(f: Facts): Finding[] {
  return requestedScopes(f).flatMap(({ scope, sources }) => {
    if (scope.kind !== "resource" || isKnownType(scope, f)) return [];
    const fixed = scope.typeSuggestion ? `${scope.context}/${scope.typeSuggestion}.${scope.permission}` : null;
    return [
      finding({
        code: "SCOPE_UNKNOWN_RESOURCE",
        severity: "error",
        basis: "documented",
        title: `${scope.normalised} names no FHIR R4 resource type`,
        explanation: `"${scope.resourceType}" is not one of the 146 FHIR R4 resource types (names are case-sensitive and singular)${scope.typeSuggestion ? `; it most likely means ${scope.typeSuggestion}` : ""}. A scope for an unknown type is never granted.`,
        evidence: sources.map((r) => ev(r, `requested: ${scope.normalised}`)),
        nextSteps: fixed
          ? [`Request ${fixed} instead.`, "Correct the scope in the app's registration in Code Console too."]
          : [
              "Check the resource type's spelling against the FHIR R4 resource list (hl7.org/fhir/R4/resourcelist.html).",
            ],
        scopes: [scope.normalised],
      }),
    ];
  });
}
