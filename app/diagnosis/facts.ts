// Ticket values + parsed evidence → facts (requested, granted and needed scopes with their sources, failing
// exchanges, token claims, errors, tenants, hosts, identifiers, times). Pure; never throws on odd input.
import type { EvidenceText, Exchange, Header, ParsedEvidence } from "~/evidence/model";
import { SANDBOX_TENANT } from "~/ticket/choices";
import { tenantFromUrl } from "~/ticket/identifiers";
import { describeError, parseErrorBody, type ParsedError } from "./errors";
import { extractTextFacts } from "./extract-text";
import { addProse, stageOfUrn } from "./facts-prose";
import { extractTokens, looksLikeClaims, tokenFromClaims, withoutAnnotations } from "./extract-tokens";
import { bareRequest } from "./facts-model";
import type { ErrorStage, Facts, IdSet, Ref, RequestFact, ScopeListFact, TokenRequestFact } from "./facts-model";
import { classifyRequest, type Interaction } from "./interactions";
import { SANDBOX_KNOWLEDGE } from "./knowledge/sandbox.generated";
import { deriveTenantKnowledge, isCapabilityStatement, isSmartConfiguration } from "./knowledge/tenant-knowledge";
import { parseScopes, versionOf, type ScopeContext } from "./scopes";
import { epochMs, lacksZone } from "./time";
import { tokenKeyOf } from "./token-key";
import { PROBLEM_FIELDS, type NormalisedTicket } from "./ticket-input";
import { isRecord } from "~/lib/records";
import { safeUrl } from "~/lib/url";
import { ownCopy } from "~/lib/own-copy";

export interface ParsedItem {
  item: EvidenceText;
  parsed: ParsedEvidence;
}

const header = (headers: Header[] | undefined, name: string): string | null => {
  const lower = name.toLowerCase();
  const found = headers?.find((h) => h.name.toLowerCase() === lower);
  return found && found.value.trim() ? found.value.trim() : null;
};

const isTokenEndpoint = (url: URL | null, body: string | undefined): boolean =>
  (!!url && /\/token\/?$/.test(url.pathname) && !/\/revoke/.test(url.pathname)) ||
  (!!body && /(^|&)grant_type=/.test(body));
const isAuthorize = (url: URL | null): boolean => !!url && /\/authorize\/?$/.test(url.pathname);

function emptyFacts(ticket: NormalisedTicket): Facts {
  return {
    ticket,
    appType: null,
    smartVersion: null,
    proseVersion: null,
    environment: null,
    evidenceCount: 0,
    requested: [],
    granted: [],
    tokens: [],
    tokenRequests: [],
    requests: [],
    errors: [],
    identifiers: [],
    timestamps: [],
    tenants: [],
    hosts: [],
    discovery: [],
    statements: [],
    launch: { standalone: null, launchParams: [], missingIss: null, missingState: null },
    refresh: { failed: null },
    cors: null,
    unknownKid: null,
    emptyAuthorization: null,
    tokenDecoded: null,
    tokenHeaderSent: null,
    callerSignsToken: null,
    pkce: null,
    refusals: [],
    profiles: [],
    saidMissing: [],
    tenantCandidates: [],
    appTypeSource: null,
    scopesChangedAt: null,
    context: null,
    version: null,
    tenant: null,
    tenantKnowledge: null,
  };
}

function idsOf(headers: Header[] | undefined): IdSet {
  const ids: IdSet = {};
  const x = header(headers, "x-request-id");
  const c = header(headers, "cerner-correlation-id");
  const o = header(headers, "opc-request-id");
  if (x) ids.xRequestId = x;
  if (c) ids.correlationId = c;
  if (o) ids.opcRequestId = o;
  return ids;
}

function addIds(facts: Facts, ids: IdSet, source: Ref): void {
  if (ids.xRequestId)
    facts.identifiers.push({
      kind: "x-request-id",
      value: ids.xRequestId,
      source: { ...source, location: `${source.location}, X-Request-Id` },
    });
  if (ids.correlationId)
    facts.identifiers.push({
      kind: "cerner-correlation-id",
      value: ids.correlationId,
      source: { ...source, location: `${source.location}, Cerner-Correlation-Id` },
    });
  if (ids.opcRequestId)
    facts.identifiers.push({
      kind: "opc-request-id",
      value: ids.opcRequestId,
      source: { ...source, location: `${source.location}, opc-request-id` },
    });
}

function addErrorContext(
  facts: Facts,
  errors: ParsedError[],
  source: Ref,
  time: number | null,
  where: ErrorStage,
): void {
  for (const error of errors) {
    facts.errors.push({ error, source, time, where });
    if (error.tenant) facts.tenants.push({ tenant: error.tenant, source, via: "error-uri" });
    if (error.instance)
      facts.identifiers.push({
        kind: "error-instance",
        value: error.instance,
        source: { ...source, location: `${source.location}, error_uri instance` },
      });
    if (error.client && error.client !== "unknown")
      facts.identifiers.push({
        kind: "client-id",
        value: error.client,
        source: { ...source, location: `${source.location}, error_uri client` },
      });
  }
}

/** A token response document (or body): granted scopes, expiry, its token's key. */
function addTokenResponse(
  facts: Facts,
  value: Record<string, unknown>,
  source: Ref,
  time: number | null,
): string | null {
  const accessToken = typeof value.access_token === "string" ? value.access_token : null;
  const tokenKey = tokenKeyOf(accessToken);
  if (typeof value.scope === "string") {
    facts.granted.push({
      scopes: parseScopes(value.scope),
      origin: "token-response",
      source: { ...source, location: `${source.location}, scope` },
      time,
      tokenKey,
    });
  }
  return tokenKey;
}

const isTokenResponse = (v: Record<string, unknown>): boolean =>
  typeof v.access_token === "string" ||
  (typeof v.scope === "string" && (typeof v.token_type === "string" || typeof v.expires_in === "number"));

function addExchange(facts: Facts, ex: Exchange): void {
  const source = ex.source;
  const time = epochMs(ex.time ?? header(ex.response?.headers, "date"));
  const req = ex.request;
  const res = ex.response;
  const status = res?.status ?? null;
  const resIds = idsOf(res?.headers);
  const errors = res
    ? parseErrorBody(res.body ?? "", { status, wwwAuthenticate: header(res.headers, "www-authenticate") })
    : [];
  if (!req) {
    addIds(facts, resIds, source);
    addErrorContext(facts, errors, source, time, "unknown");
    if (res?.body) addDocument(facts, res.body, source, time);
    return;
  }
  const url = safeUrl(req.url);
  const auth = header(req.headers, "authorization");
  const tokenKey = auth && /^(bearer|dpop)\s/i.test(auth) ? tokenKeyOf(auth) : null;
  const urlTenant = tenantFromUrl(req.url);
  if (isTokenEndpoint(url, req.body)) {
    // A body pasted inside a post runs on into the prose after it: the form is its first non-blank line.
    const body = req.body && !req.body.trimStart().startsWith("{") ? (req.body.trim().split(/\r?\n/)[0] ?? "") : "";
    const form = new URLSearchParams(body);
    const scope = form.get("scope") ?? url?.searchParams.get("scope") ?? null;
    if (scope !== null)
      facts.requested.push({
        scopes: parseScopes(scope),
        origin: "token-request",
        source: { ...source, location: `${source.location}, request scope` },
        time,
        tokenKey: null,
        raw: scope,
      });
    let responseKey: string | null = null;
    if (res?.body && status !== null && status < 300) {
      try {
        const value: unknown = JSON.parse(res.body);
        if (isRecord(value) && isTokenResponse(value))
          responseKey = addTokenResponse(facts, value, { ...source, location: `${source.location}, response` }, time);
      } catch {
        /* not JSON: nothing granted to read */
      }
    }
    const hostSegment = url ? (/\/hosts\/([^/]+)\//.exec(url.pathname)?.[1] ?? null) : null;
    const fact: TokenRequestFact = {
      source,
      time,
      host: url?.hostname.toLowerCase() ?? null,
      tenant: urlTenant,
      grantType: form.get("grant_type"),
      hasScopeParam: scope !== null,
      status,
      errors,
      tokenKey: responseKey,
      ids: resIds,
      authScheme: auth ? (/^(\S+)/.exec(auth)?.[1] ?? null) : null,
    };
    facts.tokenRequests.push(fact);
    if (urlTenant) facts.tenants.push({ tenant: urlTenant, source, via: "token-endpoint" });
    if (hostSegment)
      facts.hosts.push({
        host: hostSegment.toLowerCase(),
        source,
        via: "token-endpoint",
        withToken: false,
        fhirVersion: null,
      });
    const clientId = form.get("client_id");
    if (clientId)
      facts.identifiers.push({
        kind: "client-id",
        value: clientId,
        source: { ...source, location: `${source.location}, request client_id` },
      });
    addIds(facts, resIds, source);
    addErrorContext(facts, errors, { ...source, location: `${source.location}, response` }, time, "token-endpoint");
    return;
  }
  if (isAuthorize(url)) {
    const scope = url?.searchParams.get("scope");
    if (scope)
      facts.requested.push({
        scopes: parseScopes(scope),
        origin: "authorize-request",
        source: { ...source, location: `${source.location}, authorize scope` },
        time,
        tokenKey: null,
        raw: scope,
      });
    if (url?.searchParams.has("launch"))
      facts.launch.launchParams.push({ ...source, location: `${source.location}, authorize launch=` });
    if (urlTenant) facts.tenants.push({ tenant: urlTenant, source, via: "token-endpoint" });
    const location = header(res?.headers, "location");
    const redirect = location ? safeUrl(location) : null;
    if (redirect?.searchParams.get("error")) {
      const uri = redirect.searchParams.get("error_uri");
      const e = parseErrorBody({ error: redirect.searchParams.get("error"), error_uri: uri ?? undefined }, { status });
      addErrorContext(facts, e, { ...source, location: `${source.location}, redirect` }, time, "token-endpoint");
    }
    addErrorContext(facts, errors, { ...source, location: `${source.location}, response` }, time, "token-endpoint");
    return;
  }
  const interaction = classifyRequest(req.method, req.url, { body: req.body, headers: req.headers });
  const fact: RequestFact = {
    source,
    origin: "evidence",
    time,
    interaction,
    status,
    errors,
    ids: resIds,
    tokenKey,
    authScheme: auth ? (/^(\S+)/.exec(auth)?.[1] ?? null) : null,
  };
  facts.requests.push(fact);
  if (interaction.tenant) facts.tenants.push({ tenant: interaction.tenant, source, via: "fhir-url" });
  if (interaction.host) {
    const version = url ? (/\/(r4|dstu2|stu3|r5)\//i.exec(url.pathname)?.[1]?.toLowerCase() ?? null) : null;
    facts.hosts.push({ host: interaction.host, source, via: "fhir-request", withToken: !!auth, fhirVersion: version });
  }
  addIds(facts, resIds, source);
  addErrorContext(facts, errors, { ...source, location: `${source.location}, response` }, time, "fhir");
  if (res?.body && (interaction.kind === "discovery" || interaction.kind === "capabilities"))
    addDocument(facts, res.body, source, time);
}

/** A JSON document (pasted alone, or a response body): token response, error, discovery, decoded claims. */
function addDocument(facts: Facts, input: unknown, source: Ref, time: number | null): void {
  let value = input;
  if (typeof input === "string") {
    try {
      value = JSON.parse(input);
    } catch {
      return;
    }
  }
  if (!isRecord(value)) return;
  const doc: Record<string, unknown> = value;
  if (isSmartConfiguration(value) || isCapabilityStatement(value)) {
    const knowledge = deriveTenantKnowledge({
      smartConfiguration: isSmartConfiguration(value) ? value : undefined,
      capabilityStatement: isCapabilityStatement(value) ? value : undefined,
      documents: [`${source.itemId} (${source.location})`],
    });
    facts.discovery.push({ knowledge, source });
    if (knowledge.source.tenant) facts.tenants.push({ tenant: knowledge.source.tenant, source, via: "discovery" });
    return;
  }
  if (isTokenResponse(value)) {
    addTokenResponse(facts, value, source, time);
    return;
  }
  if (looksLikeClaims(value)) {
    const token = tokenFromClaims(value, {
      role: "claims",
      source: { ...source, location: `${source.location}, token claims` },
      tokenKey: null,
    });
    facts.tokens.push(token);
    return;
  }
  const errors = parseErrorBody(doc, { status: typeof doc.code === "number" ? doc.code : null });
  const where = errors.some((e) => e.shape === "token-endpoint" || e.shape === "oauth-json")
    ? "token-endpoint"
    : "fhir";
  addErrorContext(facts, errors, source, time, where);
  if (typeof doc.grant_type === "string" && typeof doc.scope === "string") {
    facts.requested.push({
      scopes: parseScopes(doc.scope),
      origin: "token-request",
      source: { ...source, location: `${source.location}, scope` },
      time,
      tokenKey: null,
    });
    facts.tokenRequests.push({
      source,
      time,
      host: null,
      tenant: null,
      grantType: doc.grant_type,
      hasScopeParam: true,
      status: null,
      errors: [],
      tokenKey: null,
      ids: {},
    });
  }
}

/** Free text read line by line and as prose: an evidence item, or (with `prefix`) a problem field of the form. */
function addText(facts: Facts, item: EvidenceText, parsed: ParsedEvidence, prefix = ""): void {
  const fullText =
    parsed.kind === "text" || parsed.kind === "log" || (parsed.exchanges.length === 0 && parsed.documents.length === 0);
  // One copy without annotations for the lines and the prose: the facts of both point into the same text.
  const plain = fullText || item.kind !== "har" ? withoutAnnotations(item.text) : "";
  const lines = fullText ? plain.split(/\r?\n/) : parsed.lines.map(withoutAnnotations);
  const label = `${prefix}${fullText ? "line" : "text line"}`;
  const docLines = new Set(
    parsed.documents
      .map((d) => /^line (\d+)/.exec(d.source.location)?.[1])
      .filter(Boolean)
      .map(Number),
  );
  const seenRequests = new Set(parsed.exchanges.map((e) => `${e.request?.method ?? ""} ${e.request?.url ?? ""}`));
  const t = extractTextFacts(lines);
  const ref = (line: number): Ref => ({ itemId: item.id, location: `${label} ${line}` });
  // The form's problem fields often repeat what the examples and the evidence already show: read only what is new.
  const fromForm = prefix !== "";
  const knownRequests = new Set(fromForm ? facts.requests.map((x) => x.interaction.describe) : []);
  const knownErrors = new Set(fromForm ? facts.errors.map((x) => describeError(x.error)) : []);
  for (const r of t.requests) {
    if (seenRequests.has(`${r.method} ${r.url}`)) continue;
    const interaction = sharedInteraction(facts, classifyRequest(r.method, r.url));
    if (knownRequests.has(interaction.describe)) continue;
    const url = safeUrl(r.url);
    if (isTokenEndpoint(url, undefined) || isAuthorize(url)) continue;
    facts.requests.push(bareRequest(ref(r.line), "text", interaction, r.status));
    if (interaction.tenant) facts.tenants.push({ tenant: interaction.tenant, source: ref(r.line), via: "fhir-url" });
    if (interaction.host)
      facts.hosts.push({
        host: interaction.host,
        source: ref(r.line),
        via: "fhir-request",
        withToken: false,
        fhirVersion: /\/(r4|dstu2|stu3|r5)\//i.exec(url?.pathname ?? "")?.[1]?.toLowerCase() ?? null,
      });
  }
  for (const s of t.requestedScopes)
    facts.requested.push({
      scopes: parseScopes(s.value),
      origin: s.authorize ? "authorize-request" : "text",
      source: ref(s.line),
      time: null,
      tokenKey: null,
      raw: s.value,
    });
  for (const s of t.grantedScopes) {
    if (docLines.has(s.line)) continue;
    facts.granted.push({
      scopes: parseScopes(s.value),
      origin: "token-response",
      source: ref(s.line),
      time: null,
      tokenKey: null,
    });
  }
  for (const e of t.errors) {
    if (
      knownErrors.has(describeError(e.error)) ||
      (fromForm &&
        t.requests.some((r) => r.line === e.line) &&
        knownRequests.size &&
        facts.errors.some((x) => x.error.error === e.error.error))
    )
      continue;
    if (
      docLines.has(e.line) &&
      facts.errors.some((x) => x.source.itemId === item.id && x.source.location === `line ${e.line}`)
    )
      continue;
    addErrorContext(
      facts,
      [e.error],
      ref(e.line),
      null,
      stageOfUrn(e.error.urn) ??
        (e.error.urn?.includes("authorization-server")
          ? "token-endpoint"
          : e.error.urn || e.error.error === "insufficient_scope" || e.error.error === "invalid_token"
            ? "fhir"
            : "unknown"),
    );
  }
  for (const id of t.identifiers) facts.identifiers.push({ kind: id.kind, value: id.value, source: ref(id.line) });
  for (const ts of t.timestamps) {
    // Only a time without a zone is read by a rule: a log's every other timestamp (one a line) is not kept.
    if (!ts.zoneLabelled && lacksZone(ts.value)) facts.timestamps.push({ value: ts.value, source: ref(ts.line) });
  }
  if (item.kind !== "har") addProse(facts, plain, { itemId: item.id, prefix }, parsed, addDocument);
}

function addTicket(facts: Facts, ticket: NormalisedTicket): void {
  const app = ticket.application;
  const at = (field: string): Ref => ({ itemId: "ticket", location: `application.${field}` });
  if (app.appType === "system" || app.appType === "provider" || app.appType === "patient") facts.appType = app.appType;
  if (app.smartVersion === "v1" || app.smartVersion === "v2") facts.smartVersion = app.smartVersion;
  if (app.environment === "sandbox" || app.environment === "client-nonprod" || app.environment === "client-prod")
    facts.environment = app.environment;
  if (app.requestedScopes)
    facts.requested.push({
      scopes: parseScopes(app.requestedScopes),
      origin: "ticket",
      source: at("requestedScopes"),
      time: null,
      tokenKey: null,
    });
  if (app.grantedScopes)
    facts.granted.push({
      scopes: parseScopes(app.grantedScopes),
      origin: "ticket",
      source: at("grantedScopes"),
      time: null,
      tokenKey: null,
    });
  if (app.tenantId) {
    facts.identifiers.push({ kind: "tenant-id", value: app.tenantId, source: at("tenantId") });
    if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(app.tenantId))
      facts.tenants.push({ tenant: app.tenantId.toLowerCase(), source: at("tenantId"), via: "ticket" });
  }
  if (app.fhirBaseUrl) {
    const tenant = tenantFromUrl(app.fhirBaseUrl);
    if (tenant) facts.tenants.push({ tenant, source: at("fhirBaseUrl"), via: "fhir-base" });
    const url = safeUrl(app.fhirBaseUrl);
    if (url)
      facts.hosts.push({
        host: url.hostname.toLowerCase(),
        source: at("fhirBaseUrl"),
        via: "ticket-base",
        withToken: false,
        fhirVersion: /^\/(r4|dstu2|stu3|r5)\b/i.exec(url.pathname)?.[1]?.toLowerCase() ?? null,
      });
  }
  if (app.clientId) facts.identifiers.push({ kind: "client-id", value: app.clientId, source: at("clientId") });
  if (app.appId) facts.identifiers.push({ kind: "app-id", value: app.appId, source: at("appId") });
  if (app.scopesChangedAt) {
    facts.timestamps.push({ value: app.scopesChangedAt, source: at("scopesChangedAt") });
    facts.scopesChangedAt = epochMs(app.scopesChangedAt);
  }
  for (const ex of ticket.examples) {
    const ref = (field: string): Ref => ({ itemId: "ticket", location: `examples.${ex.index}.${field}` });
    if (ex.xRequestId)
      facts.identifiers.push({ kind: "x-request-id", value: ex.xRequestId, source: ref("xRequestId") });
    if (ex.cernerCorrelationId)
      facts.identifiers.push({
        kind: "cerner-correlation-id",
        value: ex.cernerCorrelationId,
        source: ref("cernerCorrelationId"),
      });
    if (ex.opcRequestId)
      facts.identifiers.push({ kind: "opc-request-id", value: ex.opcRequestId, source: ref("opcRequestId") });
    if (ex.occurredAt) facts.timestamps.push({ value: ex.occurredAt, source: ref("occurredAt") });
    if (ex.url && /^https?:\/\//i.test(ex.url)) {
      const interaction = classifyRequest(ex.method ?? "GET", ex.url);
      const url = safeUrl(ex.url);
      if (isTokenEndpoint(url, undefined) || isAuthorize(url)) continue;
      const ids: IdSet = {};
      if (ex.xRequestId) ids.xRequestId = ex.xRequestId;
      if (ex.cernerCorrelationId) ids.correlationId = ex.cernerCorrelationId;
      if (ex.opcRequestId) ids.opcRequestId = ex.opcRequestId;
      facts.requests.push(
        bareRequest(ref("url"), "ticket", interaction, ex.statusCode, { time: epochMs(ex.occurredAt), ids }),
      );
      if (interaction.tenant) facts.tenants.push({ tenant: interaction.tenant, source: ref("url"), via: "fhir-url" });
      if (interaction.host)
        facts.hosts.push({
          host: interaction.host,
          source: ref("url"),
          via: "fhir-request",
          withToken: false,
          fhirVersion: /\/(r4|dstu2|stu3|r5)\//i.exec(url?.pathname ?? "")?.[1]?.toLowerCase() ?? null,
        });
    }
  }
}

const CONTEXT_OF_APP: Record<string, ScopeContext> = { system: "system", provider: "user", patient: "patient" };

function derive(facts: Facts): void {
  const resourceScopes = (lists: ScopeListFact[]) =>
    lists.flatMap((l) => l.scopes).filter((s) => s.kind === "resource");
  if (facts.appType) facts.context = CONTEXT_OF_APP[facts.appType];
  else {
    const counts = new Map<ScopeContext, number>();
    for (const s of [...resourceScopes(facts.requested), ...resourceScopes(facts.granted)]) {
      if (s.kind === "resource") counts.set(s.context, (counts.get(s.context) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    facts.context =
      best?.[0] ?? (facts.tokenRequests.some((t) => t.grantType === "client_credentials") ? "system" : null);
  }
  if (facts.smartVersion) facts.version = facts.smartVersion;
  else {
    const requested = versionOf(resourceScopes(facts.requested));
    const granted = versionOf(resourceScopes(facts.granted));
    facts.version =
      requested && requested !== "mixed"
        ? requested
        : granted && granted !== "mixed"
          ? granted
          : requested || granted
            ? null
            : facts.proseVersion;
  }
  const ticketTenant = facts.tenants.find((t) => t.via === "ticket")?.tenant;
  if (ticketTenant) facts.tenant = ticketTenant;
  else {
    const counts = new Map<string, number>();
    for (const t of facts.tenants) counts.set(t.tenant, (counts.get(t.tenant) ?? 0) + 1);
    facts.tenant = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }
  const pasted = facts.discovery.filter(
    (d) => !d.knowledge.source.tenant || d.knowledge.source.tenant === facts.tenant,
  );
  if (pasted.length) {
    const scopes = pasted.map((d) => d.knowledge.scopesSupported).find((s) => s !== null) ?? null;
    const resources = pasted.map((d) => d.knowledge.resources).find((r) => r !== null) ?? null;
    facts.tenantKnowledge = {
      source: {
        documents: pasted.flatMap((d) => d.knowledge.source.documents),
        capturedAt: null,
        tenant: facts.tenant,
        fhirBase: null,
      },
      scopesSupported: scopes,
      resources,
      systemInteractions: pasted.flatMap((d) => d.knowledge.systemInteractions),
    };
  } else if (facts.tenant === SANDBOX_TENANT || (!facts.tenant && facts.environment === "sandbox")) {
    facts.tenantKnowledge = SANDBOX_KNOWLEDGE;
  }
}

type FactLists = { [K in keyof Facts]: Facts[K] extends unknown[] ? K : never }[keyof Facts];

const factCounts = (facts: Facts): Map<FactLists, number> => {
  const marks = new Map<FactLists, number>();
  for (const [key, value] of Object.entries(facts)) if (Array.isArray(value)) marks.set(key as FactLists, value.length);
  return marks;
};

/**
 * The facts an item added get their own copies of their strings: a value read from a line is a view into the whole
 * text it was cut from (the item's working copies: the text without annotations, split lines), which would otherwise
 * stay alive, one per item, for the rest of the diagnosis. Shared (frozen) values are left as they are.
 */
function detachFacts(facts: Facts, marks: Map<FactLists, number>): void {
  const seen = new Set<object>();
  for (const [key, from] of marks) {
    const list = facts[key] as unknown[];
    for (let i = from; i < list.length; i++) list[i] = detach(list[i], seen);
  }
}

/** A plain value with every string its own copy (in place; frozen objects and objects already seen are left). */
function detach(value: unknown, seen: Set<object>): unknown {
  if (typeof value === "string") return ownCopy(value);
  if (value === null || typeof value !== "object" || Object.isFrozen(value) || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) value[i] = detach(value[i], seen);
  else if (Object.getPrototypeOf(value) === Object.prototype)
    for (const key of Object.keys(value))
      (value as Record<string, unknown>)[key] = detach((value as Record<string, unknown>)[key], seen);
  return value;
}

const sharedInteractions = new WeakMap<Facts, Map<string, Interaction>>();
const MAX_SHARED_INTERACTIONS = 4096;

/**
 * One object per distinct classification in a diagnosis: a log repeats the same few requests (the same describe, base,
 * tenant, needs) on thousands of lines. Shared, so frozen, and detached from the text it was read from.
 */
function sharedInteraction(facts: Facts, interaction: Interaction): Interaction {
  let shared = sharedInteractions.get(facts);
  if (!shared) sharedInteractions.set(facts, (shared = new Map()));
  const key = JSON.stringify(interaction);
  const known = shared.get(key);
  if (known) return known;
  if (shared.size >= MAX_SHARED_INTERACTIONS) return interaction;
  const own = Object.freeze(detach(interaction, new Set()) as Interaction);
  shared.set(key, own);
  return own;
}

/** `items`: read once, in order; an item (and its parse) is not needed once the next is read (see factsOf). */
export function buildFacts(ticket: NormalisedTicket, items: Iterable<ParsedItem>): Facts {
  const facts = emptyFacts(ticket);
  addTicket(facts, ticket);
  for (const { item, parsed } of items) {
    if (/\S/.test(item.text)) facts.evidenceCount++;
    const marks = factCounts(facts);
    for (const token of extractTokens(item.id, item.text, item.kind)) facts.tokens.push(token);
    for (const ex of parsed.exchanges) addExchange(facts, ex);
    for (const doc of parsed.documents) addDocument(facts, doc.value, doc.source, null);
    addText(facts, item, parsed);
    detachFacts(facts, marks);
  }
  for (const field of PROBLEM_FIELDS) {
    const text = ticket.problem[field];
    if (!text) continue;
    const item: EvidenceText = { id: "ticket", kind: "text", text };
    addText(
      facts,
      item,
      { itemId: "ticket", kind: "text", exchanges: [], tokens: [], documents: [], lines: [], warnings: [] },
      `problem.${field}, `,
    );
  }
  for (const token of facts.tokens) {
    if (token.role === "id_token" || token.role === "refresh_token" || token.role === "client_assertion") continue;
    if (token.scopes)
      facts.granted.push({
        scopes: token.scopes,
        origin: "token-claims",
        source: token.source,
        time: token.iat ? token.iat * 1000 : null,
        tokenKey: token.tokenKey,
      });
    if (token.tenant) facts.tenants.push({ tenant: token.tenant, source: token.source, via: "token-claims" });
  }
  derive(facts);
  return facts;
}
