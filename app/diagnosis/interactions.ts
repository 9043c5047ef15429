// Which FHIR interaction an HTTP request is, and which permission it needs on which resource types (SMART v1 and v2).
// Source: docs/smart-scopes.md "Which scope a request needs" (rows marked guess → basis "inference").
import { inPatientCompartment, isR4ResourceType } from "./knowledge/fhir-r4";
import type { NeededPermission } from "./scopes";
import { decodeURIComponentSafe, safeUrl } from "~/lib/url";

export type InteractionKind =
  | "read"
  | "vread"
  | "history-instance"
  | "history-type"
  | "history-system"
  | "search-type"
  | "search-system"
  | "search-compartment"
  | "create"
  | "update"
  | "patch"
  | "delete"
  | "operation"
  | "batch"
  | "transaction"
  | "capabilities"
  | "discovery"
  | "unknown";

export interface Need extends NeededPermission {
  /** Why: "Specimen search", "_include target", "compartment search", … */
  reason: string;
  basis: "documented" | "inference";
}

export interface Interaction {
  kind: InteractionKind;
  method: string;
  /** The FHIR base (scheme, host, path up to the tenant or the first FHIR segment). */
  base: string | null;
  host: string | null;
  /** Tenant segment of an Oracle Health URL. */
  tenant: string | null;
  resourceType: string | null;
  /** Has an id (read, vread, update, …). Never shown: ids can be patient-linked. */
  hasId: boolean;
  operation: string | null;
  /** Compartment search: Patient/{id}/Type. */
  compartment: string | null;
  /** Conditional create/update/patch/delete (a search decides the target). */
  conditional: boolean;
  /** Types named by _include/_revinclude/chains. */
  includedTypes: string[];
  /** Batch/transaction entries, each classified on its own. */
  entries: Interaction[];
  needs: Need[];
  /** METHOD /path?param names — a redaction-safe description (ids replaced, query values dropped). */
  describe: string;
  /** The query's parameter names, as written (modifiers and chains kept: `patient:Patient`, `subject.name`). */
  searchParams: string[];
}

/** Reference search parameters whose target type is clear enough to name (for _include without a :Target). */
const REFERENCE_TARGETS: Record<string, string> = {
  patient: "Patient",
  subject: "Patient",
  beneficiary: "Patient",
  encounter: "Encounter",
  context: "Encounter",
  medication: "Medication",
  practitioner: "Practitioner",
  performer: "Practitioner",
  requester: "Practitioner",
  author: "Practitioner",
  recorder: "Practitioner",
  asserter: "Practitioner",
  organization: "Organization",
  location: "Location",
  specimen: "Specimen",
  "based-on": "ServiceRequest",
  device: "Device",
};

const READ_ONLY = new Set(["GET", "HEAD"]);

/** An absolute URL, or a relative one read against a placeholder origin (its path and query are what count). */
const urlOrRelative = (input: string): URL | null =>
  safeUrl(input.trim()) ?? safeUrl(input.trim(), "https://unknown.invalid");

const TENANT_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Split a FHIR URL's path into base segments and FHIR segments: the FHIR part starts at the first resource type. */
function splitPath(segments: string[]): { base: string[]; rest: string[]; tenant: string | null } {
  const versionAt = segments.findIndex((s) => /^(r4|dstu2|stu3|r5)$/i.test(s));
  if (versionAt >= 0 && segments[versionAt + 1] && TENANT_SEGMENT.test(segments[versionAt + 1])) {
    return {
      base: segments.slice(0, versionAt + 2),
      rest: segments.slice(versionAt + 2),
      tenant: segments[versionAt + 1].toLowerCase(),
    };
  }
  const at = segments.findIndex(
    (s) =>
      isR4ResourceType(s) ||
      s === "metadata" ||
      s === ".well-known" ||
      s.startsWith("$") ||
      s === "_history" ||
      s === "_search",
  );
  if (at < 0) return { base: segments, rest: [], tenant: null };
  return { base: segments.slice(0, at), rest: segments.slice(at), tenant: null };
}

function typesFromQuery(params: URLSearchParams): string[] {
  const types = new Set<string>();
  for (const [name, value] of params) {
    const key = name.split(":")[0];
    if (key === "_include" || key === "_revinclude") {
      const [source, param, target] = value.split(":");
      if (key === "_revinclude" && isR4ResourceType(source)) types.add(source);
      if (key === "_include") {
        if (target && isR4ResourceType(target)) types.add(target);
        else if (param && REFERENCE_TARGETS[param]) types.add(REFERENCE_TARGETS[param]);
      }
      continue;
    }
    // Chained parameters with an explicit type: subject:Patient.name=…
    const chain = /^[a-z-]+:([A-Z][A-Za-z]+)\./.exec(name);
    if (chain && isR4ResourceType(chain[1])) types.add(chain[1]);
    if (name === "_type") for (const t of value.split(",")) if (isR4ResourceType(t.trim())) types.add(t.trim());
  }
  return [...types];
}

function describe(method: string, base: string[], rest: string[], params: URLSearchParams): string {
  const shown = rest.map((s, i) => {
    if (
      isR4ResourceType(s) ||
      s.startsWith("$") ||
      s.startsWith("_") ||
      s === "metadata" ||
      s === ".well-known" ||
      s === "smart-configuration"
    )
      return s;
    return i > 0 ? "{id}" : s;
  });
  const tenantPart = base.length ? `/${base.map((s) => (TENANT_SEGMENT.test(s) ? s.toLowerCase() : s)).join("/")}` : "";
  const names = [...new Set([...params.keys()])];
  return `${method} ${tenantPart}/${shown.join("/")}${names.length ? `?${names.map((n) => `${n}=…`).join("&")}` : ""}`;
}

const need = (resourceType: string, letters: string, reason: string, basis: Need["basis"] = "documented"): Need => ({
  resourceType,
  letters,
  reason,
  basis,
});

interface BundleEntryRequest {
  method: string;
  url: string;
}

function bundleEntries(body: string | undefined): { type: string; entries: BundleEntryRequest[] } | null {
  if (!body || !body.trimStart().startsWith("{")) return null;
  try {
    const value = JSON.parse(body) as { resourceType?: unknown; type?: unknown; entry?: unknown };
    if (value.resourceType !== "Bundle" || (value.type !== "batch" && value.type !== "transaction")) return null;
    const entries = (Array.isArray(value.entry) ? value.entry : [])
      .map((e) =>
        e && typeof e === "object" ? (e as { request?: { method?: unknown; url?: unknown } }).request : undefined,
      )
      .filter(
        (r): r is { method: string; url: string } => !!r && typeof r.method === "string" && typeof r.url === "string",
      )
      .map((r) => ({ method: r.method.toUpperCase(), url: r.url }));
    return { type: value.type, entries };
  } catch {
    return null;
  }
}

/** Classify a request: method + URL (+ body for POST _search and batch/transaction Bundles, + If-None-Exist). */
export function classifyRequest(
  method: string,
  url: string,
  options: { body?: string; headers?: Array<{ name: string; value: string }> } = {},
): Interaction {
  const m = (method || "GET").toUpperCase();
  const parsed = urlOrRelative(url);
  const host = parsed && parsed.hostname !== "unknown.invalid" ? parsed.hostname.toLowerCase() : null;
  const segments = parsed
    ? parsed.pathname
        .split("/")
        .filter(Boolean)
        .map((s) => decodeURIComponentSafe(s))
    : [];
  const { base, rest, tenant } = splitPath(segments);
  const params = parsed ? parsed.searchParams : new URLSearchParams();
  if (m === "POST" && rest[1] === "_search" && options.body && !options.body.trimStart().startsWith("{")) {
    for (const [k, v] of new URLSearchParams(options.body)) params.append(k, v);
  }
  const out: Interaction = {
    kind: "unknown",
    method: m,
    base: parsed && host ? `${parsed.protocol}//${host}${base.length ? `/${base.join("/")}` : ""}` : null,
    host,
    tenant,
    resourceType: null,
    hasId: false,
    operation: null,
    compartment: null,
    conditional: false,
    includedTypes: [],
    entries: [],
    needs: [],
    describe: describe(m, base, rest, params),
    searchParams: [...new Set(params.keys())],
  };
  const [first, second, third, fourth] = rest;
  const included = typesFromQuery(params);

  if (rest.length === 0) {
    const bundle = m === "POST" ? bundleEntries(options.body) : null;
    if (bundle) {
      out.kind = bundle.type === "transaction" ? "transaction" : "batch";
      out.entries = bundle.entries.map((e) =>
        classifyRequest(e.method, e.url.startsWith("http") ? e.url : `${out.base ?? ""}/${e.url.replace(/^\//, "")}`),
      );
      out.needs = out.entries.flatMap((e) => e.needs.map((n) => ({ ...n, reason: `${out.kind} entry: ${n.reason}` })));
      return out;
    }
    if (READ_ONLY.has(m) && (params.has("_type") || [...params.keys()].length > 0)) {
      out.kind = "search-system";
      out.includedTypes = included;
      out.needs = included.map((t) => need(t, "s", `system search over ${t}`, "inference"));
    }
    return out;
  }
  if (first === "metadata") return { ...out, kind: "capabilities" };
  if (first === ".well-known") return { ...out, kind: "discovery" };
  if (first.startsWith("$")) {
    out.kind = "operation";
    out.operation = first;
    return out; // server-specific ($export wants system-level read on every type): no definite need
  }
  if (first === "_history") return { ...out, kind: "history-system" };
  if (!isR4ResourceType(first)) return out;
  out.resourceType = first;
  out.includedTypes = included.filter((t) => t !== first);
  const includeNeeds = (): Need[] =>
    out.includedTypes.map((t) => need(t, "s", `${t} named by _include/_revinclude or a chain`, "inference"));
  const hasCriteria = [...params.keys()].some((k) => !k.startsWith("_format") && k !== "_pretty");

  if (rest.length === 1 || (rest.length === 2 && second === "_search")) {
    if (second === "_search" || READ_ONLY.has(m)) {
      out.kind = "search-type";
      out.needs = [need(first, "s", `${first} search`), ...includeNeeds()];
    } else if (m === "POST") {
      out.kind = "create";
      const conditional = options.headers?.some((h) => h.name.toLowerCase() === "if-none-exist") ?? false;
      out.conditional = conditional;
      out.needs = [
        need(first, "c", `${first} create`),
        ...(conditional ? [need(first, "s", "conditional create (If-None-Exist)", "inference")] : []),
      ];
    } else if (m === "PUT" || m === "PATCH" || m === "DELETE") {
      out.kind = m === "PUT" ? "update" : m === "PATCH" ? "patch" : "delete";
      out.conditional = hasCriteria;
      const letter = m === "DELETE" ? "d" : "u";
      out.needs = [
        need(first, letter, `conditional ${out.kind} of ${first}`),
        ...(hasCriteria ? [need(first, "s", "the search of a conditional " + out.kind, "inference")] : []),
      ];
    }
    return out;
  }
  if (second === "_history") {
    out.kind = "history-type";
    out.needs = [need(first, "s", `${first} type history`)];
    return out;
  }
  if (second.startsWith("$")) {
    out.kind = "operation";
    out.operation = second;
    out.needs = [need(first, "r", `${first} ${second} (server-specific)`, "inference")];
    return out;
  }
  // second is an id from here on
  out.hasId = true;
  if (rest.length === 2) {
    if (READ_ONLY.has(m)) {
      out.kind = "read";
      out.needs = [need(first, "r", `${first} read`), ...includeNeeds()];
    } else if (m === "PUT" || m === "PATCH") {
      out.kind = m === "PUT" ? "update" : "patch";
      out.needs = [need(first, "u", `${first} ${out.kind}`)];
    } else if (m === "DELETE") {
      out.kind = "delete";
      out.needs = [need(first, "d", `${first} delete`)];
    }
    return out;
  }
  if (third === "_history") {
    out.kind = fourth ? "vread" : "history-instance";
    out.needs = [need(first, "r", `${first} ${out.kind === "vread" ? "vread" : "instance history"}`)];
    return out;
  }
  if (third?.startsWith("$")) {
    out.kind = "operation";
    out.operation = third;
    out.needs = [need(first, "r", `${first} ${third} (server-specific)`, "inference")];
    return out;
  }
  if (first === "Patient" && third && isR4ResourceType(third) && READ_ONLY.has(m)) {
    out.kind = "search-compartment";
    out.compartment = "Patient";
    out.resourceType = third;
    out.includedTypes = included.filter((t) => t !== third);
    out.needs = [
      need(
        third,
        "s",
        `${third} search in the Patient compartment${inPatientCompartment(third) ? "" : ` (${third} is not in the Patient compartment)`}`,
        "inference",
      ),
      ...includeNeeds(),
    ];
    return out;
  }
  return out;
}

/** Every need of an interaction, batch entries included, without duplicates (same type and letter). */
export function needsOf(interaction: Interaction): Need[] {
  const seen = new Map<string, Need>();
  for (const n of interaction.needs) {
    for (const letter of n.letters) {
      const key = `${n.resourceType}.${letter}`;
      if (!seen.has(key)) seen.set(key, { ...n, letters: letter });
    }
  }
  return [...seen.values()];
}

/** An interaction that needs no scope (metadata, SMART discovery). */
