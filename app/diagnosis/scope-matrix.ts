// The scope matrix: every scope requested, granted or needed by a refused request × requested / granted / needed /
// supported by the tenant (null unless the tenant's scopes_supported is known: the sandbox capture or a pasted one).
import type { ScopeRow } from "./types";
import type { Facts } from "./facts-model";
import {
  grantedScopes,
  isSupported,
  needContext,
  needsOfRequest,
  requestedScopes,
  scopeFailures,
  expectedVersion,
} from "./analysis";
import { scrub } from "./finding";
import { covers, parseScope, scopeFor, type ParsedScope } from "./scopes";

export function scopeMatrix(f: Facts): ScopeRow[] {
  const requested = requestedScopes(f).map((s) => s.scope);
  const granted = grantedScopes(f).map((s) => s.scope);
  const needs = scopeFailures(f).flatMap((r) => needsOfRequest(r));
  const version = expectedVersion(f) ?? f.version ?? "v1";
  const rows = new Map<string, ParsedScope>();
  for (const s of [...requested, ...granted]) if (!rows.has(s.normalised)) rows.set(s.normalised, s);
  const isNeeded = (s: ParsedScope) =>
    s.kind === "resource" &&
    needs.some(
      (n) =>
        n.resourceType === s.resourceType &&
        (!(n.context ?? f.context) || s.context === (n.context ?? f.context)) &&
        [...n.letters].some((l) => s.letters.includes(l)),
    );
  for (const n of needs) {
    const ctx = n.context ?? needContext(f);
    const already = [...rows.values()].some(
      (s) =>
        s.kind === "resource" &&
        s.resourceType === n.resourceType &&
        s.context === ctx &&
        [...n.letters].every((l) => s.letters.includes(l)),
    );
    if (!already) {
      const scope = parseScope(scopeFor(n, ctx, version));
      if (!rows.has(scope.normalised)) rows.set(scope.normalised, scope);
    }
  }
  const out: ScopeRow[] = [...rows.values()].map((s) => ({
    scope: s.normalised,
    requested:
      requested.some((r) => r.normalised === s.normalised) ||
      (s.kind === "resource" && !s.wildcardType && covers(requested, s.normalised) && requested.length > 0),
    granted:
      granted.some((g) => g.normalised === s.normalised) ||
      (s.kind === "resource" && !s.wildcardType && granted.length > 0 && covers(granted, s.normalised)),
    needed: isNeeded(s),
    supported: isSupported(s, f.tenantKnowledge),
  }));
  const safe = out.filter((r) => scrub(r.scope) === r.scope);
  const rank = (r: ScopeRow) => (r.needed && !r.granted ? 0 : r.needed ? 1 : r.requested && !r.granted ? 2 : 3);
  return safe.sort((a, b) => rank(a) - rank(b) || a.scope.localeCompare(b.scope));
}
