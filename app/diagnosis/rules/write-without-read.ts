// WRITE_WITHOUT_READ: write rights on a type without read rights on it. Write does not imply read (SMART).
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { grantedScopes, requestedScopes } from "../analysis";
import { ev, finding, list } from "../finding";
import { lettersGranted, type ResourceScope } from "../scopes";

export function writeWithoutRead(f: Facts): Finding[] {
  const source = f.requested.length ? requestedScopes(f) : grantedScopes(f);
  const scopes = source.map((s) => s.scope);
  const writers = source.filter(
    (s): s is { scope: ResourceScope; sources: typeof s.sources } =>
      s.scope.kind === "resource" && !s.scope.wildcardType && s.scope.knownType && /[cud]/.test(s.scope.letters),
  );
  const lacking = writers.filter((w) => !lettersGranted(scopes, w.scope.resourceType, w.scope.context).includes("r"));
  if (!lacking.length) return [];
  const names = lacking.map((w) => w.scope.normalised);
  const reads = lacking.map(
    (w) => `${w.scope.context}/${w.scope.resourceType}.${w.scope.version === "v1" ? "read" : "rs"}`,
  );
  return [
    finding({
      code: "WRITE_WITHOUT_READ",
      severity: "warning",
      basis: "documented",
      title: `Write access without read access: ${list(names.slice(0, 3))}`,
      explanation: `${list(names.slice(0, 5))} ${names.length === 1 ? "grants" : "grant"} create/update/delete but no read. In SMART, write does not imply read: reading, searching, a conditional update and the server's response to a create all need the read scope too.`,
      evidence: lacking.flatMap((w) =>
        w.sources.map((r) => ev(r, `${f.requested.length ? "requested" : "granted"}: ${w.scope.normalised}`)),
      ),
      nextSteps: [
        `If the app reads these resources, also request ${list([...new Set(reads)].slice(0, 5))} (and register it in Code Console).`,
      ],
      scopes: names,
    }),
  ];
}
