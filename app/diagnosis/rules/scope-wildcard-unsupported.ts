// SCOPE_WILDCARD_UNSUPPORTED: wildcard scopes (patient/*.read) and the * right are not supported by Oracle Health.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { requestedScopes, scopeFailures } from "../analysis";
import { ev, finding } from "../finding";
import type { ResourceScope } from "../scopes";

export function scopeWildcardUnsupported(f: Facts): Finding[] {
  const wild = requestedScopes(f).filter(
    (s) => s.scope.kind === "resource" && (s.scope.wildcardType || s.scope.wildcardPermission),
  );
  if (!wild.length) return [];
  const types = [
    ...new Set(
      scopeFailures(f)
        .map((r) => r.interaction.resourceType)
        .filter((t): t is string => !!t),
    ),
  ];
  return wild.map(({ scope, sources }) => {
    const s = scope as ResourceScope;
    const example = s.wildcardType
      ? types.length
        ? types
            .map(
              (t) => `${s.context}/${t}.${s.wildcardPermission ? (s.version === "v1" ? "read" : "rs") : s.permission}`,
            )
            .join(" ")
        : `${s.context}/Patient.${s.wildcardPermission ? "read" : s.permission} ${s.context}/Observation.${s.wildcardPermission ? "read" : s.permission}`
      : `${s.context}/${s.resourceType}.read ${s.context}/${s.resourceType}.write`;
    return finding({
      code: "SCOPE_WILDCARD_UNSUPPORTED",
      severity: "error",
      basis: "documented",
      title: `Wildcard scope ${s.normalised} is not supported`,
      explanation: `Oracle Health does not support wildcard scopes (a * resource type or the * right): every scope must be requested explicitly, by name. ${s.normalised} will not be granted.`,
      evidence: sources.map((r) => ev(r, `requested: ${s.normalised}`)),
      nextSteps: [
        `Replace ${s.normalised} with the named scopes the app needs, e.g. ${example}.`,
        "Register the same named scopes on the app in Code Console.",
      ],
      scopes: [s.normalised],
    });
  });
}
