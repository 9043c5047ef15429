// SMART on FHIR scope grammar (App Launch 1.0 v1, 2.0/2.2 v2, Bulk Data system/), normalisation, the v1↔v2
// equivalence and coverage. Source: docs/smart-scopes.md. Pure: no I/O, no framework.
import { isR4ResourceType, suggestResourceType } from "./knowledge/fhir-r4";
import { ownCopy } from "~/lib/own-copy";

export type ScopeContext = "patient" | "user" | "system";
export type ScopeVersion = "v1" | "v2";
export type Letter = "c" | "r" | "u" | "d" | "s";
export const CRUDS = "cruds";

interface ScopeBase {
  /** As written (after the separator/encoding clean-up). */
  raw: string;
  /** Canonical spelling, used to compare and deduplicate. */
  normalised: string;
}

export interface ResourceScope extends ScopeBase {
  kind: "resource";
  context: ScopeContext;
  /** The resource type, or "*" for a wildcard type. */
  resourceType: string;
  /** The permission as written: read | write | * (v1) or a cruds subset (v2). */
  permission: string;
  version: ScopeVersion;
  /** The v2 letters this scope grants, in cruds order (v1 read → rs, write → cud, * → cruds). */
  letters: string;
  /** v2 query restriction (`category=…`), without the "?". */
  params: string | null;
  wildcardType: boolean;
  /** v1 `.*` (v2 `.cruds` is explicit, not a wildcard). */
  wildcardPermission: boolean;
  /** The resource type is an R4 resource type (or "*"). */
  knownType: boolean;
  /** For an unknown type: the R4 type it most likely meant. */
  typeSuggestion: string | null;
}

export interface LaunchScope extends ScopeBase {
  kind: "launch";
  /** patient, encounter, … for launch/<type>; null for plain `launch`. */
  launchContext: string | null;
}

export interface IdentityScope extends ScopeBase {
  kind: "identity";
  name: "openid" | "fhirUser" | "profile";
}

export interface AccessScope extends ScopeBase {
  kind: "access";
  name: "online_access" | "offline_access";
}

export interface ExtensionScope extends ScopeBase {
  kind: "extension";
}

export interface InvalidScope extends ScopeBase {
  kind: "invalid";
  /** Plain explanation of what is wrong. */
  reason: string;
  /** A corrected spelling when one is obvious. */
  suggestion: string | null;
}

export type ParsedScope = ResourceScope | LaunchScope | IdentityScope | AccessScope | ExtensionScope | InvalidScope;

const V1_PERMISSIONS: Record<string, string> = { read: "rs", write: "cud", "*": CRUDS };
/** Words and marks between scopes that are none: ellipses, "and", list bullets and numbers. */
const FILLER = /^(\.{2,}|…|etc\.?|and|&|[-*•·–—]|\d{1,2}[.)]?)$/i;
/** A key written before the scopes, at a line's start: `scope=`, `"scope":`, `scopes:`, `Requested scopes:`. */
const SCOPE_KEY = /^[ \t]*["']?(?:(?:requested|granted)[ \t]+)?scopes?["']?[ \t]*[:=]/gim;

/** Undo the encodings scope strings arrive in: JSON `\/`, `%2F`/`%20`, `+` separators. */
export function decodeScopeText(input: string): string {
  let text = input.replace(/\\+\//g, "/").replace(/\\u002[fF]/g, "/");
  if (/%[0-9a-f]{2}/i.test(text)) {
    text = text.replace(/(%[0-9a-f]{2})+/gi, (run) => {
      try {
        return decodeURIComponent(run);
      } catch {
        return run;
      }
    });
  }
  return text.replace(/\+/g, " ");
}

/**
 * Split a scope string (space, `+`, `%20`, comma or semicolon separated; `%2F`- or JSON-escaped; a list with bullets or
 * numbers; after a `scope=` or `"scope":` key) into scope tokens, in order.
 */
export function splitScopes(input: string): string[] {
  if (typeof input !== "string") return [];
  return decodeScopeText(input)
    .replace(SCOPE_KEY, " ")
    .split(/[\s,;]+/)
    .map((t) => t.replace(/^["'“”‘’[(]+|["'“”‘’)\]]+$/g, ""))
    .filter((t) => t && !FILLER.test(t));
}

/** A v2 permission string: a non-empty, in-order subset of cruds. */
export function isV2Permission(permission: string): boolean {
  if (!/^[cruds]+$/.test(permission)) return false;
  let last = -1;
  for (const ch of permission) {
    const at = CRUDS.indexOf(ch);
    if (at <= last) return false;
    last = at;
  }
  return true;
}

/** The in-order spelling of a set of cruds letters (`sr` → `rs`), or null when there is none. */
export function orderLetters(letters: string): string | null {
  if (!/^[cruds]+$/i.test(letters)) return null;
  const set = new Set(letters.toLowerCase());
  return [...CRUDS].filter((c) => set.has(c)).join("");
}

const RESOURCE = /^([A-Za-z]+)\/([A-Za-z]+|\*)\.([A-Za-z*]*)(?:\?(.*))?$/;
const CONTEXTS: readonly string[] = ["patient", "user", "system"];

function invalid(raw: string, reason: string, suggestion: string | null = null): InvalidScope {
  return { kind: "invalid", raw, normalised: raw, reason, suggestion };
}

export function parseScope(token: string): ParsedScope {
  const raw = decodeScopeText(String(token)).trim();
  if (!raw) return invalid(raw, "An empty scope.");
  if (raw === "openid" || raw === "fhirUser" || raw === "profile")
    return { kind: "identity", raw, normalised: raw, name: raw };
  if (raw === "online_access" || raw === "offline_access") return { kind: "access", raw, normalised: raw, name: raw };
  if (raw === "launch") return { kind: "launch", raw, normalised: raw, launchContext: null };
  const launch = /^launch\/([a-z][a-zA-Z]*)(\?role=[^\s]+)?$/.exec(raw);
  if (launch) return { kind: "launch", raw, normalised: raw, launchContext: launch[1] };
  if (raw.startsWith("__") || /^(https?:\/\/|urn:)[^\s]+$/i.test(raw))
    return { kind: "extension", raw, normalised: raw };
  const lower = raw.toLowerCase();
  if (
    lower === "openid" ||
    lower === "fhiruser" ||
    lower === "profile" ||
    lower === "launch" ||
    /_access$/.test(lower)
  ) {
    const fixed =
      lower === "fhiruser"
        ? "fhirUser"
        : lower.replace(/^online.?access$/, "online_access").replace(/^offline.?access$/, "offline_access");
    return invalid(raw, `Scope names are case-sensitive: write "${fixed}".`, fixed);
  }

  const m = RESOURCE.exec(raw);
  if (!m) {
    if (/^[A-Za-z]+\/[A-Za-z*]+$/.test(raw)) {
      return invalid(
        raw,
        "A resource scope needs a permission after the type, e.g. .read (v1) or .rs (v2).",
        `${raw}.read`,
      );
    }
    if (/^launch\//i.test(raw))
      return invalid(raw, "A launch context scope is launch/patient or launch/encounter (lower case).");
    return invalid(
      raw,
      "Not a SMART scope: resource scopes look like system/Patient.read (v1) or system/Patient.rs (v2); extension scopes are a full URI or start with __.",
    );
  }
  const [, ctxRaw, type, permRaw, params] = m;
  const ctxLower = ctxRaw.toLowerCase();
  if (!CONTEXTS.includes(ctxRaw)) {
    if (CONTEXTS.includes(ctxLower)) {
      const fixed = `${ctxLower}/${type}.${permRaw}${params !== undefined ? `?${params}` : ""}`;
      return invalid(
        raw,
        `The context is lower case ("${ctxLower}/"): "${ctxRaw}/" is read as something else — "Patient" is the resource type, "patient" the context.`,
        fixed,
      );
    }
    return invalid(raw, `Unknown context "${ctxRaw}/": a scope starts with patient/, user/ or system/.`);
  }
  const context = ctxRaw as ScopeContext;
  let version: ScopeVersion;
  let letters: string;
  if (permRaw in V1_PERMISSIONS) {
    version = "v1";
    letters = V1_PERMISSIONS[permRaw];
    if (params !== undefined) {
      return invalid(
        raw,
        "v1 scopes take no ?parameters: query restrictions exist only in SMART v2 (.rs?category=…).",
        `${context}/${type}.rs?${params}`,
      );
    }
  } else if (isV2Permission(permRaw)) {
    version = "v2";
    letters = permRaw;
  } else if (["read", "write"].includes(permRaw.toLowerCase())) {
    return invalid(
      raw,
      `Permissions are lower case: .${permRaw.toLowerCase()}.`,
      `${context}/${type}.${permRaw.toLowerCase()}`,
    );
  } else if (
    orderLetters(permRaw) &&
    orderLetters(permRaw) !== permRaw &&
    new Set(permRaw.toLowerCase()).size === permRaw.length
  ) {
    const fixed = orderLetters(permRaw)!;
    return invalid(
      raw,
      `v2 permissions must be in cruds order: .${fixed}, not .${permRaw} (servers may ignore or reject .${permRaw}).`,
      `${context}/${type}.${fixed}${params !== undefined ? `?${params}` : ""}`,
    );
  } else if (!permRaw) {
    return invalid(
      raw,
      "A resource scope needs a permission after the dot: .read/.write (v1) or a cruds subset such as .rs (v2).",
    );
  } else {
    return invalid(
      raw,
      `".${permRaw}" is not a permission: use .read, .write (v1) or an in-order subset of cruds such as .rs or .cud (v2).`,
    );
  }
  const wildcardType = type === "*";
  const knownType = wildcardType || isR4ResourceType(type);
  const normalised = `${context}/${type}.${permRaw}${params ? `?${params}` : ""}`;
  return {
    kind: "resource",
    raw,
    normalised,
    context,
    resourceType: type,
    permission: permRaw,
    version,
    letters,
    params: params ? params : null,
    wildcardType,
    wildcardPermission: permRaw === "*",
    knownType,
    typeSuggestion: knownType ? null : suggestResourceType(type),
  };
}

/** Parse a scope string (or list) into scopes, in order, without duplicates (by normalised spelling). */
/**
 * Parsed scopes are shared, one per distinct scope text: a log carries the same few scopes in thousands of tokens and
 * token responses, and the diagnosis keeps the scopes of each (frozen: nothing may change a shared one). Bounded.
 */
const SHARED_SCOPES = new Map<string, ParsedScope>();
const MAX_SHARED_SCOPES = 4096;

function sharedScope(token: string): ParsedScope {
  const known = SHARED_SCOPES.get(token);
  if (known) return known;
  if (token.length > 256) return parseScope(token);
  if (SHARED_SCOPES.size >= MAX_SHARED_SCOPES) SHARED_SCOPES.clear();
  // Kept past this diagnosis: parsed from a copy, never from a view into the evidence text the token was cut from.
  const own = ownCopy(token);
  const scope = Object.freeze(parseScope(own)) as ParsedScope;
  SHARED_SCOPES.set(own, scope);
  return scope;
}

export function parseScopes(input: string | readonly string[]): ParsedScope[] {
  const tokens =
    typeof input === "string"
      ? splitScopes(input)
      : input.flatMap((s) => (typeof s === "string" ? splitScopes(s) : []));
  const seen = new Set<string>();
  const out: ParsedScope[] = [];
  for (const token of tokens) {
    const scope = sharedScope(token);
    if (seen.has(scope.normalised)) continue;
    seen.add(scope.normalised);
    out.push(scope);
  }
  return out;
}

/** The v2 form of a v1 scope (.read → .rs, .write → .cud, .* → .cruds); v2 and non-resource scopes unchanged. */
export function toV2(token: string): string {
  const s = parseScope(token);
  if (s.kind !== "resource" || s.version === "v2") return s.normalised;
  return `${s.context}/${s.resourceType}.${s.letters}`;
}

/** The v1 form of a v2 scope when one is exactly equivalent (.rs → .read, .cud → .write, .cruds → .*), else null. */
export function toV1(token: string): string | null {
  const s = parseScope(token);
  if (s.kind !== "resource") return s.kind === "invalid" ? null : s.normalised;
  if (s.version === "v1") return s.normalised;
  if (s.params) return null;
  const v1 = Object.entries(V1_PERMISSIONS).find(([, letters]) => letters === s.letters)?.[0];
  return v1 ? `${s.context}/${s.resourceType}.${v1}` : null;
}

/** The same scope in the other version's spelling, when there is an exact equivalent. */
export function counterpart(token: string): string | null {
  const s = parseScope(token);
  if (s.kind !== "resource") return null;
  return s.version === "v1" ? toV2(token) : toV1(token);
}

/** Two scopes grant the same thing (same context, type, letters and restriction), whatever their version. */
export function equivalent(a: string | ParsedScope, b: string | ParsedScope): boolean {
  const x = typeof a === "string" ? parseScope(a) : a;
  const y = typeof b === "string" ? parseScope(b) : b;
  if (x.kind !== "resource" || y.kind !== "resource") return x.normalised === y.normalised;
  return (
    x.context === y.context && x.resourceType === y.resourceType && x.letters === y.letters && x.params === y.params
  );
}

/** What a request needs on one resource type: v2 letters (r, s, c, u, d), optionally in one context. */
export interface NeededPermission {
  resourceType: string;
  letters: string;
  context?: ScopeContext;
}

type ScopeInput = string | ParsedScope;
const asParsed = (s: ScopeInput): ParsedScope => (typeof s === "string" ? parseScope(s) : s);

/** Letters of `type` that the granted scopes give in `context` (wildcard types count; restricted scopes do not). */
export function lettersGranted(granted: readonly ScopeInput[], resourceType: string, context?: ScopeContext): string {
  const set = new Set<string>();
  for (const g of granted.map(asParsed)) {
    if (g.kind !== "resource" || g.params) continue;
    if (context && g.context !== context) continue;
    if (g.resourceType !== resourceType && !g.wildcardType) continue;
    for (const l of g.letters) set.add(l);
  }
  return [...CRUDS].filter((c) => set.has(c)).join("");
}

/**
 * Whether the granted scopes cover what is needed: every needed letter on the type, in the needed context, from an
 * unrestricted scope (a `?param=` scope covers only the restricted subset, so it never covers an unrestricted need).
 * `needed` is a scope (`system/Specimen.read`, `user/Observation.s`) or a NeededPermission.
 */
export function covers(granted: string | readonly ScopeInput[], needed: string | NeededPermission): boolean {
  const list = typeof granted === "string" ? parseScopes(granted) : granted;
  let need: NeededPermission;
  if (typeof needed === "string") {
    const n = parseScope(needed);
    if (n.kind !== "resource") return list.some((g) => asParsed(g).normalised === n.normalised);
    if (n.params) {
      if (
        list
          .map(asParsed)
          .some(
            (g) =>
              g.kind === "resource" &&
              g.params === n.params &&
              g.context === n.context &&
              g.resourceType === n.resourceType &&
              [...n.letters].every((l) => g.letters.includes(l)),
          )
      ) {
        return true;
      }
    }
    need = { resourceType: n.resourceType, letters: n.letters, context: n.context };
  } else {
    need = needed;
  }
  const have = lettersGranted(list, need.resourceType, need.context);
  return [...need.letters].every((l) => have.includes(l));
}

/** The scope to request for a need, in the app's version: v1 .read for r/s (else .write); v2 .rs for r/s, else the letters. */
export function scopeFor(need: NeededPermission, context: ScopeContext, version: ScopeVersion): string {
  return scopesFor(need, context, version)[0];
}

/** All scopes that a need requires in v1 when it mixes read and write rights (e.g. conditional update). */
export function scopesFor(need: NeededPermission, context: ScopeContext, version: ScopeVersion): string[] {
  const letters = orderLetters(need.letters) ?? "r";
  // v2: read and search are listed together (.rs) by Oracle Health; other rights by their letters.
  if (version === "v2") return [`${context}/${need.resourceType}.${/^[rs]+$/.test(letters) ? "rs" : letters}`];
  const out: string[] = [];
  if (/[rs]/.test(letters)) out.push(`${context}/${need.resourceType}.read`);
  if (/[cud]/.test(letters)) out.push(`${context}/${need.resourceType}.write`);
  return out;
}

/** The SMART version a set of resource scopes is written in: v1, v2, mixed, or null when there are none. */
export function versionOf(scopes: readonly ScopeInput[]): ScopeVersion | "mixed" | null {
  const versions = new Set(scopes.map(asParsed).flatMap((s) => (s.kind === "resource" ? [s.version] : [])));
  if (versions.size === 0) return null;
  return versions.size > 1 ? "mixed" : [...versions][0];
}
