// What the rules share: the union of requested and granted scopes, which requested scopes were dropped at issuance
// (and whether a more specific rule explains why), which needs of failing requests the token does not cover, and
// whether the tenant supports a scope.
import type { FindingCode } from "./types";
import type { Facts, Ref, RequestFact } from "./facts-model";
import type { TenantKnowledge } from "./knowledge/tenant-knowledge";
import { SANDBOX_KNOWLEDGE } from "./knowledge/sandbox.generated";
import { needsOf, type Need } from "./interactions";
import {
  covers,
  lettersGranted,
  parseScope,
  scopeFor,
  versionOf,
  type ParsedScope,
  type ResourceScope,
  type ScopeContext,
  type ScopeVersion,
} from "./scopes";

/** Per-facts memo: the rules ask the same questions many times (a 500-entry HAR must stay fast). */
const memo = new WeakMap<Facts, Map<string, unknown>>();
function cached<T>(f: Facts, key: string, compute: () => T): T {
  let m = memo.get(f);
  if (!m) memo.set(f, (m = new Map()));
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

export interface SourcedScope {
  scope: ParsedScope;
  sources: Ref[];
}

function union(lists: Facts["requested"]): SourcedScope[] {
  const map = new Map<string, SourcedScope>();
  for (const list of lists) {
    for (const scope of list.scopes) {
      const entry = map.get(scope.normalised);
      if (entry) {
        if (!entry.sources.some((s) => s.itemId === list.source.itemId && s.location === list.source.location))
          entry.sources.push(list.source);
      } else map.set(scope.normalised, { scope, sources: [list.source] });
    }
  }
  return [...map.values()];
}

export const requestedScopes = (f: Facts): SourcedScope[] => cached(f, "requested", () => union(f.requested));
export const grantedScopes = (f: Facts): SourcedScope[] => cached(f, "granted", () => union(f.granted));
export const grantedKnown = (f: Facts): boolean => f.granted.length > 0;
export const requestedKnown = (f: Facts): boolean => f.requested.length > 0;

/** The granted scopes that applied to a request: its own token's when linked, else everything granted. */
export function grantedFor(f: Facts, request: RequestFact): { scopes: ParsedScope[]; sources: Ref[] } | null {
  if (!grantedKnown(f)) return null;
  return cached(f, `grantedFor ${request.tokenKey ?? ""}`, () => grantedForKey(f, request));
}

function grantedForKey(f: Facts, request: RequestFact): { scopes: ParsedScope[]; sources: Ref[] } {
  const linked = request.tokenKey ? f.granted.filter((g) => g.tokenKey === request.tokenKey) : [];
  const lists = linked.length ? linked : f.granted;
  return { scopes: union(lists).map((s) => s.scope), sources: lists.map((l) => l.source) };
}

/** The version the app's scopes should be written in, when known: the form, else what the server granted. */
export function expectedVersion(f: Facts): ScopeVersion | null {
  if (f.smartVersion) return f.smartVersion;
  const requested = versionOf(requestedScopes(f).map((s) => s.scope));
  const granted = versionOf(grantedScopes(f).map((s) => s.scope));
  if (requested === "mixed" && granted && granted !== "mixed") return granted;
  return null;
}

const ALLOWED_CONTEXTS: Record<string, ScopeContext[]> = {
  system: ["system"],
  provider: ["user", "patient"],
  patient: ["patient"],
};

/** The contexts the app may use: from its type, else from the grant type (client credentials → system only). */
export function allowedContexts(f: Facts): ScopeContext[] | null {
  if (f.appType) return ALLOWED_CONTEXTS[f.appType];
  if (f.tokenRequests.some((t) => t.grantType === "client_credentials")) return ["system"];
  if (
    f.tokenRequests.some((t) => t.grantType === "authorization_code") ||
    f.requested.some((r) => r.origin === "authorize-request")
  )
    return ["user", "patient"];
  return null;
}

/** The request mixes system/ with patient/ or user/ scopes. */
export function requestMixesContexts(f: Facts): boolean {
  return f.requested.some((list) => {
    const contexts = new Set(list.scopes.flatMap((s) => (s.kind === "resource" ? [s.context] : [])));
    return contexts.has("system") && (contexts.has("user") || contexts.has("patient"));
  });
}

/** Is the scope listed in the tenant's scopes_supported? null when unknown. v2 letters count if a listed scope has them. */
export function isSupported(scope: string | ParsedScope, knowledge: TenantKnowledge | null): boolean | null {
  if (!knowledge?.scopesSupported) return null;
  const s = typeof scope === "string" ? parseScope(scope) : scope;
  if (knowledge.scopesSupported.includes(s.normalised)) return true;
  if (s.kind !== "resource" || s.version === "v1" || s.params)
    return s.kind === "launch" && s.launchContext !== null ? knowledge.scopesSupported.includes("launch") : false;
  const listed = knowledge.scopesSupported
    .map(parseScope)
    .filter((x): x is ResourceScope => x.kind === "resource" && x.version === "v2");
  return listed.some(
    (x) =>
      x.context === s.context &&
      x.resourceType === s.resourceType &&
      [...s.letters].every((l) => x.letters.includes(l)),
  );
}

/** The tenant lists the type at all in this context (any permission). */
export function typeListed(context: ScopeContext, type: string, knowledge: TenantKnowledge | null): boolean | null {
  if (!knowledge?.scopesSupported) return null;
  return knowledge.scopesSupported.some((s) => s.startsWith(`${context}/${type}.`));
}

/**
 * The resource type is a real one: R4, or listed by Oracle Health (the sandbox capture or the tenant's own
 * scopes_supported name proprietary types such as FinancialTransaction).
 */
export function isKnownType(scope: ResourceScope, f: Facts): boolean {
  if (scope.knownType) return true;
  const prefix = `/${scope.resourceType}.`;
  const lists = [SANDBOX_KNOWLEDGE.scopesSupported, f.tenantKnowledge?.scopesSupported];
  return lists.some((l) => l?.some((s) => s.includes(prefix)) ?? false);
}

/** Why a requested scope could not be granted, when a more specific rule knows. */
export function explainDrop(scope: ParsedScope, f: Facts): FindingCode | null {
  if (scope.kind === "invalid") return "SCOPE_SYNTAX_INVALID";
  if (scope.kind !== "resource") return null;
  if (scope.wildcardType || scope.wildcardPermission) return "SCOPE_WILDCARD_UNSUPPORTED";
  if (!isKnownType(scope, f)) return "SCOPE_UNKNOWN_RESOURCE";
  const version = expectedVersion(f);
  if (version && scope.version !== version) return "SCOPE_VERSION_MISMATCH";
  const contexts = allowedContexts(f);
  if (contexts && !contexts.includes(scope.context)) return "SCOPE_CONTEXT_MISMATCH";
  if (!contexts && requestMixesContexts(f)) return "SCOPE_CONTEXT_MIXED";
  if (isSupported(scope, f.tenantKnowledge) === false) return "RESOURCE_NOT_SUPPORTED";
  return null;
}

export interface Drop {
  scope: ParsedScope;
  requestedAt: Ref[];
  grantedAt: Ref[];
  explainedBy: FindingCode | null;
}

/** Requested scopes that no granted scope covers (launch scopes excepted: servers consume them at launch). */
export function droppedScopes(f: Facts): Drop[] {
  return cached(f, "dropped", () => computeDrops(f));
}

function computeDrops(f: Facts): Drop[] {
  if (!grantedKnown(f) || !requestedKnown(f)) return [];
  const granted = grantedScopes(f);
  const grantedList = granted.map((g) => g.scope);
  const grantedAt = f.granted.map((g) => g.source);
  const out: Drop[] = [];
  for (const { scope, sources } of requestedScopes(f)) {
    if (scope.kind === "launch" || scope.kind === "extension") continue;
    const kept =
      scope.kind === "resource" && !scope.wildcardType
        ? covers(grantedList, scope.normalised)
        : grantedList.some((g) => g.normalised === scope.normalised);
    if (kept) continue;
    out.push({ scope, requestedAt: sources, grantedAt, explainedBy: explainDrop(scope, f) });
  }
  return out;
}

/** Requests refused for want of a scope: 403, or an insufficient_scope error; not "Tenant not valid or accessible". */
export function scopeFailures(f: Facts): RequestFact[] {
  return cached(f, "failures", () =>
    f.requests.filter((r) => {
      if (r.errors.some((e) => e.tenantInvalid)) return false;
      return r.status === 403 || r.errors.some((e) => e.error === "insufficient_scope");
    }),
  );
}

export interface MissingNeed {
  request: RequestFact;
  need: Need;
  /** The scope that would cover it, in the app's context and version. */
  scope: string;
  /** A requested scope covers the need (so it was requested but not granted). */
  requested: boolean;
  /** A requested scope for the same type and context in the other SMART version. */
  requestedInOtherVersion: string | null;
  grantedAt: Ref[];
}

/** The context to write a needed scope in. */
export function needContext(f: Facts): ScopeContext {
  return f.context ?? "user";
}

/** Needs of one request, plus the scope named by an RFC 6750 scope="…" challenge. */
export function needsOfRequest(r: RequestFact): Need[] {
  const needs = needsOf(r.interaction);
  for (const e of r.errors) {
    if (!e.scope) continue;
    for (const token of e.scope.split(/\s+/)) {
      const s = parseScope(token);
      if (s.kind === "resource" && !needs.some((n) => n.resourceType === s.resourceType)) {
        needs.push({
          resourceType: s.resourceType,
          letters: s.letters.includes("s") ? "s" : s.letters.includes("r") ? "r" : s.letters[0],
          context: s.context,
          reason: "named by the server's scope= challenge",
          basis: "documented",
        });
      }
    }
  }
  return needs;
}

export function missingNeeds(f: Facts): MissingNeed[] {
  return cached(f, "missing", () => computeMissing(f));
}

function computeMissing(f: Facts): MissingNeed[] {
  const out: MissingNeed[] = [];
  const requested = requestedScopes(f).map((s) => s.scope);
  const context = needContext(f);
  const version = expectedVersion(f) ?? f.version ?? "v1";
  for (const request of scopeFailures(f)) {
    const granted = grantedFor(f, request);
    if (!granted) continue;
    for (const need of needsOfRequest(request)) {
      const ctx = need.context ?? f.context ?? undefined;
      if (covers(granted.scopes, { resourceType: need.resourceType, letters: need.letters, context: ctx })) continue;
      const scope = scopeFor(need, ctx ?? context, version);
      const wasRequested = covers(requested, { resourceType: need.resourceType, letters: need.letters, context: ctx });
      const other = requested.find(
        (s): s is ResourceScope =>
          s.kind === "resource" &&
          s.resourceType === need.resourceType &&
          (!ctx || s.context === ctx) &&
          s.version !== version,
      );
      if (out.some((m) => m.request === request && m.scope === scope)) continue;
      out.push({
        request,
        need,
        scope,
        requested: wasRequested,
        requestedInOtherVersion: other?.normalised ?? null,
        grantedAt: granted.sources,
      });
    }
  }
  return out;
}

/** Failing-for-scope requests whose token does cover every need (so the 403 has another cause). */
export function coveredFailures(f: Facts): RequestFact[] {
  return scopeFailures(f).filter((r) => {
    const granted = grantedFor(f, r);
    const needs = needsOfRequest(r);
    return (
      granted &&
      needs.length > 0 &&
      needs.every((n) =>
        lettersGranted(granted.scopes, n.resourceType, n.context ?? f.context ?? undefined).includes(n.letters),
      )
    );
  });
}

/** An error, or a request or token request that failed, shown in the evidence (not only told in words). */
export function failureShown(f: Facts): boolean {
  return (
    f.errors.length > 0 ||
    f.requests.some((r) => (r.status ?? 0) >= 400 || r.errors.length > 0) ||
    f.tokenRequests.some((t) => (t.status ?? 0) >= 400)
  );
}

/**
 * The authorization URL that failed, when it is on the other SMART version's profile than the app's (from the form or
 * the text). The failed URL is the one a failure on its line belongs to; with no such line, the text's only profile
 * counts when nothing else is shown failing (no failing request, token request or error).
 */
export function wrongProfiles(f: Facts): Facts["profiles"] {
  const app = f.smartVersion ?? f.proseVersion;
  if (!app) return [];
  const failed = f.profiles.filter((p) => p.failed);
  const only = new Set(f.profiles.map((p) => p.version)).size === 1 && !failureShown(f);
  return (failed.length ? failed : only ? f.profiles : []).filter((p) => p.version !== app);
}
