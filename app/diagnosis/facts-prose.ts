// Merges what the prose reader found in one text (an evidence item, or a problem field of the form) into the facts.
// Every fact from here carries `prose: true` on its source and "(prose)" in its location, so findings and the panel
// can say the fact was read from prose and is less certain. Duplicates of what the structured parsers already read
// (the same JSON body, the same request) are skipped.
import type { ParsedEvidence } from "~/evidence/model";
import { emptyError, type ParsedError } from "./errors";
import { bareRequest, type ErrorStage, type Facts, type Ref } from "./facts-model";
import { classifyRequest } from "./interactions";
import { readProse } from "./prose";
import type { NamedError } from "./prose/statements";
import { withoutAnnotations } from "./extract-tokens";
import { parseScopes } from "./scopes";

export type AddDocument = (facts: Facts, value: unknown, source: Ref, time: number | null) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER = /\{[A-Za-z_][\w.-]*\}|<[A-Za-z_][\w .-]*>|:[a-z_]+(?=\/|$)/g;

/** The stage an error belongs to, from its URN (…:grant:… authorize, …:token:… token, resource-access FHIR). */
export function stageOfUrn(urn: string | null | undefined): ErrorStage | null {
  if (!urn) return null;
  if (/:grant:|:launch:/.test(urn)) return "authorize-endpoint";
  if (/:token:|client-assertion/.test(urn)) return "token-endpoint";
  if (/resource-access/.test(urn)) return "fhir";
  return null;
}

const lineOf = (location: string): number | null => {
  const m = /\bline (\d+)/.exec(location);
  return m ? Number(m[1]) : null;
};

const stable = (v: unknown): string => {
  try {
    return JSON.stringify(v);
  } catch {
    return "";
  }
};

const impliedStatus = (errors: ParsedError[]): number | null => {
  const explicit = errors.map((e) => e.status).find((s) => s !== null);
  if (explicit) return explicit;
  if (errors.some((e) => e.error === "insufficient_scope" || e.urn?.endsWith(":insufficient-scopes"))) return 403;
  if (errors.some((e) => e.error === "invalid_token" || e.urn?.endsWith(":token-required"))) return 401;
  return null;
};

const FHIR_SHAPES = new Set(["oracle-message", "operation-outcome", "www-authenticate", "tenant-invalid", "text"]);

/**
 * A FHIR error body pasted after a request line with no response of its own (within 25 lines, same item) is that
 * request's response: the 403 after "GET {fhir_base}/Patient/{patient_id}".
 */
function linkResponses(facts: Facts, itemId: string): void {
  const open = facts.requests.filter((r) => r.source.itemId === itemId && r.errors.length === 0);
  if (!open.length) return;
  const owned = new Set(facts.requests.flatMap((r) => r.errors));
  const errors = facts.errors.filter(
    (e) =>
      e.source.itemId === itemId &&
      FHIR_SHAPES.has(e.error.shape) &&
      e.where !== "token-endpoint" &&
      e.where !== "authorize-endpoint",
  );
  const owners = responseOwners(
    open.map((r) => lineOf(r.source.location)),
    errors.map((e) => lineOf(e.source.location)),
  );
  errors.forEach((e, i) => {
    const owner = owners[i] === -1 ? undefined : open[owners[i]];
    if (!owner || owned.has(e.error)) return;
    owner.errors.push(e.error);
    owner.status = impliedStatus(owner.errors) ?? owner.status;
    e.where = "fhir";
    owned.add(e.error);
  });
}

/**
 * For each error line, the request that owns it: of the requests on that line or up to 25 lines above, the last one
 * listed (-1: none). Requests by line and errors by line, with a sliding-window maximum: linear after sorting, where
 * testing every request for every error was quadratic in a long log.
 */
function responseOwners(requestLines: Array<number | null>, errorLines: Array<number | null>): number[] {
  const requests = requestLines.flatMap((line, index) => (line === null ? [] : [{ line, index }]));
  requests.sort((a, b) => a.line - b.line || a.index - b.index);
  const order = errorLines.flatMap((at, i) => (at === null ? [] : [{ at, i }]));
  order.sort((a, b) => a.at - b.at);
  const owners = errorLines.map(() => -1);
  const window: Array<{ line: number; index: number }> = [];
  let head = 0;
  let next = 0;
  for (const { at, i } of order) {
    for (; next < requests.length && requests[next].line <= at; next++) {
      const r = requests[next];
      while (window.length > head && window[window.length - 1].index <= r.index) window.pop();
      window.push(r);
    }
    while (head < window.length && at - window[head].line > 25) head++;
    if (head < window.length) owners[i] = window[head].index;
  }
  return owners;
}

export interface ProseOrigin {
  itemId: string;
  /** Prefix of each location: "" for an evidence item, "problem.actual, " for a form field. */
  prefix: string;
}

export function addProse(
  facts: Facts,
  text: string,
  origin: ProseOrigin,
  parsed: ParsedEvidence | null,
  addDocument: AddDocument,
): void {
  const p = readProse(text);
  const ref = (line: number): Ref => ({
    itemId: origin.itemId,
    location: `${origin.prefix}line ${line} (prose)`,
    prose: true,
  });
  const itemRequests = () => facts.requests.filter((r) => r.source.itemId === origin.itemId);

  if (!facts.appType && p.appType) {
    facts.appType = p.appType.value;
    facts.appTypeSource = ref(p.appType.line);
  }
  if (!facts.proseVersion && p.smartVersion) facts.proseVersion = p.smartVersion;
  if (p.standalone !== null && !facts.launch.standalone) facts.launch.standalone = ref(p.standalone);
  for (const line of p.launchParams) facts.launch.launchParams.push(ref(line));
  if (p.missingIss !== null && !facts.launch.missingIss) facts.launch.missingIss = ref(p.missingIss);
  if (p.missingState !== null && !facts.launch.missingState) facts.launch.missingState = ref(p.missingState);
  if (p.refreshFailed !== null && !facts.refresh.failed) facts.refresh.failed = ref(p.refreshFailed);
  if (p.cors !== null && !facts.cors) facts.cors = ref(p.cors);
  if (p.unknownKid !== null && !facts.unknownKid) facts.unknownKid = ref(p.unknownKid);
  if (p.emptyAuthorization !== null && !facts.emptyAuthorization) facts.emptyAuthorization = ref(p.emptyAuthorization);
  if (p.tokenDecoded !== null && !facts.tokenDecoded) facts.tokenDecoded = ref(p.tokenDecoded);
  if (p.tokenHeaderSent !== null && !facts.tokenHeaderSent) facts.tokenHeaderSent = ref(p.tokenHeaderSent);
  if (p.callerSignsToken !== null && !facts.callerSignsToken) facts.callerSignsToken = ref(p.callerSignsToken);
  if (p.pkce && !facts.pkce) facts.pkce = { source: ref(p.pkce.line), problems: p.pkce.problems };
  for (const r of p.refusals)
    if (!facts.refusals.some((x) => x.kind === r.kind))
      facts.refusals.push({
        kind: r.kind,
        source: ref(r.line),
        tls: r.tls ?? false,
        slash: r.slash ?? false,
        quoted: r.quoted ?? true,
        params: r.params ?? [],
      });
  for (const x of p.profiles) facts.profiles.push({ version: x.version, source: ref(x.line), failed: x.failed });
  for (const t of p.tenants) {
    facts.tenantCandidates.push({ value: t.value, source: ref(t.line) });
    if (UUID.test(t.value) && !facts.tenants.some((x) => x.tenant === t.value.toLowerCase()))
      facts.tenants.push({ tenant: t.value.toLowerCase(), source: ref(t.line), via: "prose" });
  }
  for (const f of p.failures)
    facts.statements.push({
      status: f.status,
      elapsedSeconds: f.elapsedSeconds,
      expired: f.expired,
      target: f.target,
      source: ref(f.line),
    });

  for (const list of p.scopeLists) {
    const scopes = parseScopes(list.value);
    if (!scopes.length) continue;
    const target = list.role === "granted" ? facts.granted : facts.requested;
    if (target.some((l) => l.source.itemId === origin.itemId && lineOf(l.source.location) === list.line)) continue;
    // A problem field repeating scopes the form or the evidence already lists adds nothing.
    if (origin.prefix && scopes.every((s) => target.some((l) => l.scopes.some((x) => x.normalised === s.normalised))))
      continue;
    target.push({
      scopes,
      origin: list.role === "granted" ? "token-response" : "text",
      source: ref(list.line),
      time: null,
      tokenKey: null,
      raw: list.commas ? list.value.split(" ").join(", ") : list.value,
    });
  }

  // A scope said to be missing from the token was asked for: it counts as requested, and its drop is the failure.
  for (const m of p.missingScopes) {
    const scopes = parseScopes(m.scope);
    if (!scopes.length) continue;
    facts.saidMissing.push(...scopes.map((x) => x.normalised));
    facts.requested.push({ scopes, origin: "text", source: ref(m.line), time: null, tokenKey: null, raw: m.scope });
  }

  // Requests told in words ("403 error for R4 Coverage PATCH request"), unless a pasted request says the same.
  // Indexed by method and type once: a paste of thousands of logged requests is merged in one pass, not one per line.
  const byInteraction = new Map<string, Facts["requests"][number]>();
  const interactionKey = (i: { method: string; resourceType: string | null }) => `${i.method} ${i.resourceType ?? ""}`;
  for (const x of itemRequests())
    if (!byInteraction.has(interactionKey(x.interaction))) byInteraction.set(interactionKey(x.interaction), x);
  for (const r of p.requests) {
    const interaction = classifyRequest(r.method, r.url);
    const same = byInteraction.get(interactionKey(interaction));
    if (same) {
      if (same.status === null && r.status !== null) same.status = r.status;
      continue;
    }
    const added = bareRequest(ref(r.line), "text", interaction, r.status, {
      time: null,
      ids: {},
      placeholders: r.url.match(PLACEHOLDER) ?? [],
    });
    facts.requests.push(added);
    byInteraction.set(interactionKey(interaction), added);
  }
  const lines = text.split(/\r?\n/);
  for (const r of itemRequests()) {
    if (r.placeholders) continue;
    const at = lineOf(r.source.location);
    const marks = (at !== null ? (lines[at - 1] ?? "") : "").match(PLACEHOLDER);
    if (marks?.length && /\b(GET|POST|PUT|PATCH|DELETE)\b/.test(lines[(at ?? 1) - 1] ?? "")) r.placeholders = marks;
  }

  // JSON embedded in prose: token responses, error bodies, claims — not the ones a parser already read (their
  // printed forms are made only when the prose holds a document to compare: printing a large parsed body costs).
  const known = p.documents.length > 0 ? knownDocuments(parsed) : new Set<string>();
  for (const doc of p.documents) {
    if (known.has(stable(doc.value))) continue;
    const source = ref(doc.line);
    const before = facts.errors.length;
    const value = doc.value;
    addDocument(facts, value, source, null);
    for (const e of facts.errors.slice(before)) {
      const stage = stageOfUrn(e.error.urn);
      if (stage) e.where = stage;
    }
  }

  linkResponses(facts, origin.itemId);
  addNamedErrors(facts, p.namedErrors, origin.itemId, ref);

  // Authorize-step errors carried by a redirect URL (error=…&error_uri=…, the URN encoded twice).
  for (const r of p.redirectErrors) {
    const source = ref(r.line);
    // The line reader may have seen the same URN on that line: the redirect's reading (stage, instance) replaces it.
    const same = facts.errors.filter(
      (e) =>
        e.source.itemId === origin.itemId &&
        e.error.urn &&
        e.error.urn === r.error.urn &&
        (e.error.instance === r.error.instance || lineOf(e.source.location) === r.line),
    );
    if (same.some((e) => e.error.instance === r.error.instance && e.where === "authorize-endpoint")) continue;
    for (const e of same) facts.errors.splice(facts.errors.indexOf(e), 1);
    facts.errors.push({
      error: r.error,
      source: { ...source, location: `${source.location}, redirect` },
      time: null,
      where: "authorize-endpoint",
    });
    if (r.error.tenant) facts.tenants.push({ tenant: r.error.tenant, source, via: "error-uri" });
    if (r.error.instance)
      facts.identifiers.push({
        kind: "error-instance",
        value: r.error.instance,
        source: { ...source, location: `${source.location}, error_uri instance` },
      });
  }
}

/** The step that returns each OAuth error when a sentence names it without its response. */
const STAGE_OF_OAUTH: Record<string, ErrorStage> = {
  invalid_client: "token-endpoint",
  invalid_grant: "token-endpoint",
  unsupported_grant_type: "token-endpoint",
  unauthorized_client: "token-endpoint",
  invalid_scope: "token-endpoint",
  invalid_request: "unknown",
  access_denied: "authorize-endpoint",
  invalid_token: "fhir",
  insufficient_scope: "fhir",
};

/**
 * Errors named in sentences ("I get a "invalid_client" error") and sentences of Oracle's error page: each one the
 * item's parsers and JSON bodies did not already report (same OAuth code or same URN), once, as an error read from
 * prose. The known codes are collected in one pass, so a log naming an error on every line stays linear.
 */
function addNamedErrors(facts: Facts, named: NamedError[], itemId: string, ref: (line: number) => Ref): void {
  if (!named.length) return;
  const known = new Set<string>();
  for (const e of facts.errors) {
    if (e.source.itemId !== itemId) continue;
    if (e.error.error) known.add(e.error.error);
    if (e.error.urn) known.add(e.error.urn);
  }
  // A failing response pasted in the item tells its own error: words about another error beside it do not outrank it.
  const pasted = known.size > 0;
  for (const n of named) {
    const key = n.urn ?? n.error;
    if (!key || known.has(key) || (n.words && pasted)) continue;
    known.add(key);
    const error = { ...emptyError("text"), error: n.error, urn: n.urn };
    const where = (n.urn ? stageOfUrn(n.urn) : null) ?? (n.error ? STAGE_OF_OAUTH[n.error] : null) ?? "unknown";
    facts.errors.push({ error, source: ref(n.line), time: null, where });
  }
}

/** The printed form of every JSON document and JSON body the structured parsers already read from an item. */
function knownDocuments(parsed: ParsedEvidence | null): Set<string> {
  const known = new Set<string>();
  for (const d of parsed?.documents ?? []) {
    try {
      known.add(stable(JSON.parse(withoutAnnotations(stable(d.value)))));
    } catch {
      known.add(stable(d.value));
    }
  }
  for (const ex of parsed?.exchanges ?? []) {
    for (const body of [ex.response?.body, ex.request?.body]) {
      if (!body || !body.trim().startsWith("{")) continue;
      try {
        known.add(stable(JSON.parse(withoutAnnotations(body))));
      } catch {
        /* not JSON */
      }
    }
  }
  return known;
}
