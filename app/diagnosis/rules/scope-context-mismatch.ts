// SCOPE_CONTEXT_MISMATCH: the scope context does not fit the app type or the grant (a System app or a client
// credentials grant with patient/ or user/ scopes; a Patient app with user/ or system/; an authorization-code flow
// with system/).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { allowedContexts, requestedScopes } from "../analysis";
import { ev, finding, list } from "../finding";

export function scopeContextMismatch(f: Facts): Finding[] {
  const allowed = allowedContexts(f);
  if (!allowed) return [];
  const wrong = requestedScopes(f).filter((s) => s.scope.kind === "resource" && !allowed.includes(s.scope.context));
  if (!wrong.length) return [];
  const names = wrong.map((s) => s.scope.normalised);
  const why = f.appType
    ? `the app is a ${f.appType === "system" ? "System" : f.appType === "provider" ? "Provider" : "Patient"} app, which uses ${allowed.map((c) => `${c}/`).join(" or ")} scopes`
    : allowed.includes("system")
      ? "the token is requested with client credentials, which only grant system/ scopes"
      : "the token comes from the authorization-code flow, which grants user/ and patient/ scopes, not system/";
  const fix = wrong.map((s) =>
    s.scope.kind === "resource" ? `${allowed[0]}/${s.scope.resourceType}.${s.scope.permission}` : s.scope.normalised,
  );
  return [
    finding({
      code: "SCOPE_CONTEXT_MISMATCH",
      severity: "error",
      basis: "documented",
      title: `${names.length === 1 ? names[0] : `${names.length} scopes`} in the wrong context for this app`,
      explanation: `${list(names.slice(0, 5))} ${names.length === 1 ? "is" : "are"} requested, but ${why}. Scopes in another context are not granted.`,
      evidence: wrong.flatMap((s) => s.sources.map((r) => ev(r, `requested: ${s.scope.normalised}`))),
      nextSteps: [
        `Request ${list([...new Set(fix)].slice(0, 5))} instead.`,
        "Check the app type registered in Code Console (System, Provider or Patient) and enter it in the form.",
      ],
      scopes: names,
    }),
  ];
}
