// SCOPE_VERSION_MISMATCH: scopes in the other SMART version's form than the app is registered with (a v2 app's v1
// .read scopes are dropped silently, and the reverse — seen), or a request that mixes v1 and v2 forms.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { expectedVersion, grantedScopes, requestedScopes } from "../analysis";
import { ev, finding, list } from "../finding";
import { counterpart, versionOf } from "../scopes";

export function scopeVersionMismatch(f: Facts): Finding[] {
  const requested = requestedScopes(f).filter(
    (s) => s.scope.kind === "resource" && s.scope.knownType && !s.scope.wildcardType && !s.scope.wildcardPermission,
  );
  if (!requested.length) return [];
  const expected = expectedVersion(f);
  if (expected) {
    const wrong = requested.filter((s) => s.scope.kind === "resource" && s.scope.version !== expected);
    if (!wrong.length) return [];
    const names = wrong.map((s) => s.scope.normalised);
    const fixes = wrong.map((s) => counterpart(s.scope.normalised)).filter((x): x is string => !!x);
    const from = f.smartVersion
      ? `the app is registered as SMART ${expected} (form)`
      : `the server granted only ${expected} forms`;
    return [
      finding({
        code: "SCOPE_VERSION_MISMATCH",
        severity: "error",
        basis: f.smartVersion ? "observed" : "inference",
        title: `${names.length === 1 ? names[0] : `${names.length} scopes`} in the SMART ${expected === "v1" ? "v2" : "v1"} form for a SMART ${expected} app`,
        explanation: `${list(names.slice(0, 6))}${names.length > 6 ? " …" : ""} ${names.length === 1 ? "is" : "are"} written in the other SMART version's form, but ${from}. Oracle Health drops scopes in the other version's form silently (seen): a v1 app requests .read/.write, a v2 app .rs/.cud.`,
        evidence: wrong.flatMap((s) => s.sources.map((r) => ev(r, `requested: ${s.scope.normalised}`))),
        nextSteps: [
          fixes.length
            ? `Request ${list(fixes.slice(0, 6))} instead.`
            : `Rewrite the scopes in the SMART ${expected} form.`,
          "Check the SMART version the app is registered with in Code Console and request scopes in that form only.",
        ],
        scopes: names,
      }),
    ];
  }
  if (versionOf(requested.map((s) => s.scope)) !== "mixed") return [];
  const v1 = requested
    .filter((s) => s.scope.kind === "resource" && s.scope.version === "v1")
    .map((s) => s.scope.normalised);
  const v2 = requested
    .filter((s) => s.scope.kind === "resource" && s.scope.version === "v2")
    .map((s) => s.scope.normalised);
  const granted = versionOf(grantedScopes(f).map((s) => s.scope));
  return [
    finding({
      code: "SCOPE_VERSION_MISMATCH",
      severity: "warning",
      basis: "inference",
      title: "The request mixes SMART v1 and v2 scope forms",
      explanation: `The request has v1 scopes (${list(v1.slice(0, 3))}) and v2 scopes (${list(v2.slice(0, 3))}). An app is registered with one SMART version and the other version's scopes are dropped silently (seen)${granted && granted !== "mixed" ? `; the server granted only ${granted} forms` : ""}.`,
      evidence: requested.flatMap((s) => s.sources.map((r) => ev(r, `requested: ${s.scope.normalised}`))),
      nextSteps: [
        "Check the SMART version the app is registered with in Code Console (and enter it in the form).",
        "Request every scope in that version's form.",
      ],
      scopes: [...v1, ...v2],
    }),
  ];
}
