// Suggested form values from parsed evidence: the example requests' IDs and times, tenant, client ID, FHIR base,
// requested and granted scopes. Each suggestion says where it was found. The user accepts them one by one; nothing
// here overwrites what they typed (that is the UI's rule; this module only suggests).
import type { DecodedToken, Exchange, ParsedEvidence, SourceRef } from "./model";
import { headerValue, isoTime, REQUEST_LINE, STATUS_LINE } from "./headers";
import { decodeBase64Text } from "./base64";
import { formObject, looksLikeForm } from "./form";
import { tryParseJson, walkJson } from "./json";
import { unescapeJsonText } from "./log";
import { tokenClientId, tokenScopes, tokenTenant } from "./jwt";
import { isOpcRequestId, isUuid, isXRequestId, tenantFromUrl } from "~/ticket/identifiers";
import { fieldsNamed, isCredentialLabel, labelledValue, labelledValueFor } from "~/ticket/labelled-value";
import { statusTold } from "~/lib/http-status-told";
import { asRecord } from "~/lib/records";
import { decodeURIComponentSafe } from "~/lib/url";

export interface Suggested<T = string> {
  value: T;
  source: SourceRef;
}

export interface ExampleSuggestion {
  xRequestId?: Suggested;
  cernerCorrelationId?: Suggested;
  opcRequestId?: Suggested;
  /** ISO 8601 UTC. */
  occurredAt?: Suggested;
  method?: Suggested;
  url?: Suggested;
  status?: Suggested<number>;
}

export interface Suggestions {
  /** One per failing or identifiable exchange, failures first (at most 20, the ticket's limit). */
  examples: ExampleSuggestion[];
  tenantId?: Suggested;
  clientId?: Suggested;
  /** Found in labelled text ("App ID: …"); the App ID is not in tokens or HTTP. */
  appId?: Suggested;
  fhirBaseUrl?: Suggested;
  requestedScopes?: Suggested;
  grantedScopes?: Suggested;
}

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const INSTANCE = new RegExp(`/instances/(${UUID})`);
const METHODS = new Set(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]);

const at = (source: SourceRef, detail: string): SourceRef => ({
  itemId: source.itemId,
  location: `${source.location}, ${detail}`,
});

/** Scopes as one space-separated string: form encoding (+, %20, %2F) and JSON escaping (\/) undone. */
export function normaliseScopes(value: string): string {
  return value
    .replace(/\\\//g, "/")
    .split(/[\s+]+|%20/)
    .map((s) => s.replace(/%2F/gi, "/").replace(/%3A/gi, ":").trim())
    .filter(Boolean)
    .join(" ");
}

/** The FHIR base of a request URL: https://host/r4/<tenant>. */
function fhirBase(url: string): string | undefined {
  const m = new RegExp(`^(https?://[^/?#@]+)/(r4|dstu2|R4)/(${UUID})(?=[/?#]|$)`).exec(url);
  return m ? `${m[1]}/${m[2]}/${m[3].toLowerCase()}` : undefined;
}

function errorUriFacts(uri: string): { correlation?: string; client?: string; tenant?: string } {
  const correlation = INSTANCE.exec(uri)?.[1]?.toLowerCase();
  const q = uri.indexOf("?");
  const params = q >= 0 ? formObject(uri.slice(q + 1)) : {};
  // `client=unknown`, a cut or mistyped tenant (`…-04fa545ac9fcm`): only a real UUID is the app's or the tenant's.
  const client = params.client && isUuid(params.client) ? params.client : undefined;
  const tenant = params.tenant && isUuid(params.tenant) ? params.tenant : undefined;
  return { correlation, client, tenant };
}

class Collector {
  readonly suggestions: Suggestions = { examples: [] };
  private failing: ExampleSuggestion[] = [];
  private others: ExampleSuggestion[] = [];
  /** The status the text tells in prose; null once two that differ were told. */
  private toldStatus: Suggested<number> | null | undefined;

  told(status: Suggested<number>): void {
    if (this.toldStatus === undefined) this.toldStatus = status;
    else if (this.toldStatus?.value !== status.value) this.toldStatus = null;
  }

  setOnce<K extends "tenantId" | "clientId" | "appId" | "fhirBaseUrl" | "requestedScopes" | "grantedScopes">(
    key: K,
    value: string | undefined,
    source: SourceRef,
  ): void {
    const v = value?.trim();
    if (!v || this.suggestions[key]) return;
    this.suggestions[key] = { value: v, source };
  }

  example(example: ExampleSuggestion): void {
    const ids = [example.xRequestId, example.cernerCorrelationId, example.opcRequestId]
      .map((s) => s?.value ?? "")
      .join("|");
    const hasId = ids !== "||";
    const failed = (example.status?.value ?? 0) >= 400;
    if (!hasId && !failed) return;
    const all = [...this.failing, ...this.others];
    if (
      hasId &&
      all.some(
        (e) => [e.xRequestId, e.cernerCorrelationId, e.opcRequestId].map((s) => s?.value ?? "").join("|") === ids,
      )
    )
      return;
    (failed ? this.failing : this.others).push(example);
  }

  /**
   * A status told in prose ("results in a 400 Bad Request", "`403 insufficient_scope`", a code alone above the body
   * it answered) is the example's when the text gave no status otherwise: the status of the one example without it,
   * or an example of its own when there is none. With several examples, whose it is would be a guess.
   */
  private placeToldStatus(): void {
    const status = this.toldStatus;
    const all = [...this.failing, ...this.others];
    if (!status || all.some((e) => e.status)) return;
    if (all.length === 0) this.example({ status });
    else if (all.length === 1) all[0].status = status;
  }

  finish(): Suggestions {
    this.placeToldStatus();
    this.suggestions.examples = [...this.failing, ...this.others].slice(0, 20);
    return this.suggestions;
  }
}

function fromToken(c: Collector, token: DecodedToken): void {
  const src = at(token.source, `${token.role} claims`);
  c.setOnce("tenantId", tokenTenant(token.claims), src);
  if (token.role !== "client_assertion")
    c.setOnce("grantedScopes", tokenScopes(token.claims) && normaliseScopes(tokenScopes(token.claims)!), src);
  const client =
    tokenClientId(token.claims) ??
    (token.role === "client_assertion" && typeof token.claims.iss === "string" ? token.claims.iss : undefined);
  c.setOnce("clientId", client, src);
  const aud = typeof token.claims.aud === "string" ? token.claims.aud : undefined;
  if (aud) c.setOnce("fhirBaseUrl", fhirBase(aud), src);
}

/** Facts of a JSON document: token response (granted scope), OAuth error (error_uri), token request fields. */
function fromDocument(c: Collector, value: unknown, source: SourceRef, isRequest: boolean): ExampleSuggestion {
  const example: ExampleSuggestion = {};
  for (const visit of walkJson(value)) {
    const o = asRecord(visit.value);
    if (!o) continue;
    if (typeof o.scope === "string") {
      const isTokenResponse = "access_token" in o || "token_type" in o || "expires_in" in o;
      const isTokenRequest = isRequest || "grant_type" in o;
      if (isTokenRequest) c.setOnce("requestedScopes", normaliseScopes(o.scope), at(source, "scope"));
      else if (isTokenResponse) c.setOnce("grantedScopes", normaliseScopes(o.scope), at(source, "scope"));
    }
    if (typeof o.client_id === "string") c.setOnce("clientId", o.client_id, at(source, "client_id"));
    if (typeof o.error_uri === "string") {
      const f = errorUriFacts(o.error_uri);
      if (f.correlation) example.cernerCorrelationId ??= { value: f.correlation, source: at(source, "error_uri") };
      c.setOnce("clientId", f.client, at(source, "error_uri client="));
      c.setOnce("tenantId", f.tenant, at(source, "error_uri tenant="));
    }
    if (typeof o.code === "number" && o.code >= 400 && o.code <= 599 && typeof o.message === "string") {
      example.status ??= { value: o.code, source: at(source, "code") };
    }
    if (typeof o.patient === "string" && typeof o.access_token === "string") {
      // nothing: patient ids are not suggested (they are PHI in a client domain).
    }
  }
  return example;
}

function basicUser(authorization: string | undefined): string | undefined {
  const m = authorization && /^basic\s+([A-Za-z0-9+/=_-]+)/i.exec(authorization.trim());
  if (!m) return undefined;
  const decoded = decodeBase64Text(m[1]);
  if (!decoded || !decoded.includes(":")) return undefined;
  // The user part only: the secret after the colon is never suggested.
  return decodeURIComponent(decoded.slice(0, decoded.indexOf(":")));
}

function fromExchange(c: Collector, ex: Exchange): void {
  const req = ex.request;
  const res = ex.response;
  const src = ex.source;
  const example: ExampleSuggestion = {};
  const rh = res?.headers;
  const xr = headerValue(rh, "x-request-id") ?? headerValue(req?.headers, "x-request-id");
  const cc = headerValue(rh, "cerner-correlation-id");
  const opc = headerValue(rh, "opc-request-id");
  if (xr) example.xRequestId = { value: xr, source: at(src, "X-Request-Id header") };
  if (cc) example.cernerCorrelationId = { value: cc, source: at(src, "Cerner-Correlation-Id header") };
  if (opc) example.opcRequestId = { value: opc, source: at(src, "opc-request-id header") };
  if (ex.time)
    example.occurredAt = { value: ex.time, source: at(src, headerValue(rh, "date") ? "Date header" : "time") };
  if (req) {
    if (METHODS.has(req.method.toUpperCase()))
      example.method = { value: req.method.toUpperCase(), source: at(src, "request line") };
    if (/^https?:\/\//i.test(req.url)) example.url = { value: req.url, source: at(src, "request URL") };
    const tenant = tenantFromUrl(req.url);
    if (tenant) c.setOnce("tenantId", tenant, at(src, "request URL"));
    c.setOnce("fhirBaseUrl", fhirBase(req.url), at(src, "request URL"));
    c.setOnce(
      "clientId",
      basicUser(headerValue(req.headers, "authorization")),
      at(src, "Authorization header (user part)"),
    );
    const body = req.body?.trim();
    if (body && looksLikeForm(body)) {
      const form = formObject(body);
      if (typeof form.scope === "string" && (form.grant_type || /\/token\b/.test(req.url)))
        c.setOnce("requestedScopes", normaliseScopes(form.scope), at(src, "request body scope"));
      c.setOnce("clientId", form.client_id, at(src, "request body client_id"));
    } else if (body && /^[{[]/.test(body)) {
      const json = tryParseJson(body);
      if (json.ok) fromDocument(c, json.value, at(src, "request body"), true);
    }
    const q = req.url.indexOf("?");
    if (q >= 0 && /\/authorize\b/.test(req.url)) {
      const params = formObject(req.url.slice(q + 1).split("#")[0]);
      c.setOnce("requestedScopes", params.scope && normaliseScopes(params.scope), at(src, "authorize URL scope"));
      c.setOnce("clientId", params.client_id, at(src, "authorize URL client_id"));
    }
  }
  if (res) {
    if (res.status) example.status = { value: res.status, source: at(src, "status") };
    const body = res.body?.trim();
    if (body && /^[{[]/.test(body)) {
      const json = tryParseJson(body);
      if (json.ok) {
        const fromBody = fromDocument(c, json.value, at(src, "response body"), false);
        example.cernerCorrelationId ??= fromBody.cernerCorrelationId;
      }
    }
    const www = headerValue(rh, "www-authenticate");
    void www;
  }
  c.example(example);
}

// ─── Free text (logs, pasted notes, the forum template) ─────────────────────────────────────────────────────────

// Blank runs are bounded and never adjacent (one before the separator, one after it, one after a quote): adjacent
// unbounded runs backtrack polynomially on a label followed by thousands of blanks.
const ID_VALUE = `\\\\?["']?\\s{0,20}[:=→]\\s{0,20}(?:\\\\?["']\\s{0,20})?([^\\s"'\\\\,;)]+)`;
export const TEXT_PATTERNS: Array<{ field: "xRequestId" | "cernerCorrelationId" | "opcRequestId"; re: RegExp }> = [
  { field: "xRequestId", re: new RegExp(`x-request-id${ID_VALUE}`, "i") },
  { field: "cernerCorrelationId", re: new RegExp(`cerner-correlation-id${ID_VALUE}`, "i") },
  { field: "opcRequestId", re: new RegExp(`opc-request-id${ID_VALUE}`, "i") },
];
const HTTP_DATE =
  /\b((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT)\b/;
const ISO_TIME = /\b(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}))(?![\d:])/;
const ERROR_URI = /error\\?_uri/i;
/**
 * An error status alone on its line (a 2xx or 1xx number alone is as likely a count or a line of data) — read only
 * under words naming a status or an error (`Status:`, `I am getting this error:`) or right after the request, as a
 * count under other words (`rows returned:`) is no status.
 */
const BARE_STATUS = /^\s*([45]\d{2})\s*$/;
const STATUS_LABEL_LINE = /\b(?:status|code|response|error|getting|got|receiving|received)\b[^a-z]{0,5}$/i;
const REQUEST_OR_CURL = /^\s*(?:(?:GET|POST|PUT|PATCH|DELETE)\s+\S|curl\s)/;
const EXAMPLE_HEADING = /^\W*(example|sample)\b.*\b(request|call|exchange)\b[^a-z]*$/i;
const URL_IN_TEXT = /\b(?:(GET|POST|PUT|PATCH|DELETE)\s+)?(https?:\/\/[^\s"'<>\\]+)/;
// A label and its UUID as people write them: `Client ID: …`, `clientId :"…"`, `export …_CLIENT_ID="…"`, `client=…`;
// a UUID with more after it (`…-04fa545ac9fcm`, a mistyped tenant) is not one. Blank runs as in ID_VALUE.
const LABELLED = (label: string) =>
  new RegExp(
    `(?<![A-Za-z0-9])${label}\\s{0,20}(?:\\([^)]{0,40}\\)\\s{0,20})?(?:[:=→]\\s{0,20})?["'\`]?(${UUID})(?![\\w-])`,
    "i",
  );
/** The UUIDs a label names on an evidence line. */
export const LABELLED_IDS = {
  clientId: LABELLED("(?:client(?:[ _-]?id)?|system[ _-]?account[ _-]?id)(?![A-Za-z])"),
  appId: LABELLED("app(?:lication)?[ _-]?id"),
  tenantId: LABELLED("tenant(?:[ _-]?id)?"),
};
/** The UUID a label names on the line, unless a credential word is in its note (`client (secret): …`). */
function labelledId(field: keyof typeof LABELLED_IDS, line: string): string | undefined {
  const m = LABELLED_IDS[field].exec(line);
  return m && !isCredentialLabel(m[0].slice(0, -m[1].length)) ? m[1] : undefined;
}
type ExampleId = "xRequestId" | "cernerCorrelationId" | "opcRequestId";
const ID_SHAPES: Record<ExampleId, (value: string) => boolean> = {
  xRequestId: isXRequestId,
  cernerCorrelationId: isUuid,
  opcRequestId: isOpcRequestId,
};

/**
 * A request ID on a line of its own under a label in other words (`Correlation ID: …`, `Error Instance: …`, the
 * forum template's `X-Request-Id / Cerner-Correlation-Id / opc-request-id: …`): the first field the label names
 * whose shape the value has.
 */
function labelledRequestId(line: string): { field: ExampleId; value: string } | undefined {
  const text = line.trim().replace(/^[•*>-]\s+/, "");
  const labelled = labelledValue(text);
  if (!labelled) return undefined;
  for (const field of fieldsNamed(labelled.label)) {
    if (!(field in ID_SHAPES)) continue;
    const value = labelledValueFor(field, text, labelled);
    if (value && ID_SHAPES[field as ExampleId](value)) return { field: field as ExampleId, value };
  }
  return undefined;
}

function fromLines(c: Collector, parsed: ParsedEvidence): void {
  let current: ExampleSuggestion = {};
  let lastIdLine = -1;
  const flush = () => {
    c.example(current);
    current = {};
  };
  let previous = "";
  let line = "";
  parsed.lines.forEach((raw, index) => {
    if (line.trim()) previous = line;
    line = unescapeJsonText(raw);
    const src: SourceRef = { itemId: parsed.itemId, location: `line ${index + 1}` };
    const hasCurrent = Object.keys(current).length > 0;
    if (hasCurrent && (EXAMPLE_HEADING.test(line.trim()) || REQUEST_LINE.test(line.trim()))) flush();
    // An opc-request-id is never a UUID: one after the template's `… / opc-request-id:` is the label's first field's.
    const ids = TEXT_PATTERNS.flatMap(({ field, re }) => {
      const m = re.exec(line);
      const value = m?.[1].replace(/[.]$/, "");
      return value && !(field === "opcRequestId" && isUuid(value)) ? [{ field, value }] : [];
    });
    const labelled = ids.length ? undefined : labelledRequestId(line);
    for (const { field, value } of labelled ? [labelled] : ids) {
      if (current[field]) flush();
      current[field] = { value, source: src };
      lastIdLine = index;
    }
    // `error\_uri`: a forum's markdown escapes the underscore. An instance cut short (`4b945ceb-...`) is no
    // correlation id, but the client and tenant after it still are the app's.
    if (ERROR_URI.test(line) && line.includes("http")) {
      const instance = INSTANCE.exec(line);
      const f = errorUriFacts(line.slice(line.indexOf("http")));
      if (instance && !current.cernerCorrelationId)
        current.cernerCorrelationId = {
          value: instance[1].toLowerCase(),
          source: { ...src, location: `${src.location}, error_uri` },
        };
      c.setOnce("clientId", f.client, src);
      c.setOnce("tenantId", f.tenant, src);
    }
    const httpDate = HTTP_DATE.exec(line);
    const isoDate = httpDate
      ? null
      : /(time|date|timestamp|utc|at)\b/i.test(line) || ISO_TIME.test(line.trim().slice(0, 40))
        ? ISO_TIME.exec(line)
        : null;
    if (httpDate || isoDate) {
      const iso = httpDate ? isoTime(httpDate[1]) : isoTime(isoDate![1].replace(" ", "T"));
      if (iso && !current.occurredAt && (Object.keys(current).length > 0 || lastIdLine < 0 || index - lastIdLine > 0))
        current.occurredAt = { value: iso, source: src };
    }
    const status = STATUS_LINE.exec(line.trim().replace(/^< /, ""));
    if (status) current.status = { value: Number(status[2]), source: src };
    else {
      const bare = BARE_STATUS.exec(line)?.[1];
      const told =
        bare && (STATUS_LABEL_LINE.test(previous) || REQUEST_OR_CURL.test(previous)) ? bare : statusTold(line);
      if (told) c.told({ value: Number(told), source: src });
    }
    const url = URL_IN_TEXT.exec(line);
    if (url) {
      const u = url[2].replace(/[.,)\]]+$/, "");
      if (url[1] && !current.method) current.method = { value: url[1], source: src };
      if ((url[1] || /\/(r4|dstu2)\//.test(u)) && !current.url) current.url = { value: u, source: src };
      const tenant = tenantFromUrl(u);
      if (tenant) c.setOnce("tenantId", tenant, src);
      c.setOnce("fhirBaseUrl", fhirBase(u), src);
    }
    const jsonIn = (l: string) =>
      /\{.*\}/.test(l) ? tryParseJson(l.slice(l.indexOf("{"), l.lastIndexOf("}") + 1)) : { ok: false as const };
    const rawJson = jsonIn(raw);
    const json = rawJson.ok ? rawJson : jsonIn(line);
    if (json.ok) {
      const fromDoc = fromDocument(c, json.value, src, false);
      if (fromDoc.status && !current.status) current.status = fromDoc.status;
      if (fromDoc.cernerCorrelationId && !current.cernerCorrelationId)
        current.cernerCorrelationId = fromDoc.cernerCorrelationId;
    }
    const client = labelledId("clientId", line);
    if (client) c.setOnce("clientId", client, src);
    const app = labelledId("appId", line);
    if (app) c.setOnce("appId", app, src);
    const tenant = labelledId("tenantId", line);
    if (tenant) c.setOnce("tenantId", tenant.toLowerCase(), src);
    if (/grant_type=/.test(line)) {
      const scope = /(?:^|[&?\s])scope=([^&\s"']+)/.exec(line);
      if (scope)
        c.setOnce(
          "requestedScopes",
          normaliseScopes(decodeURIComponentSafe(scope[1].replace(/\+/g, " "), scope[1])),
          src,
        );
    }
  });
  flush();
}

export function extractSuggestions(parsed: ParsedEvidence[]): Suggestions {
  const c = new Collector();
  for (const p of parsed) {
    for (const ex of p.exchanges) fromExchange(c, ex);
    for (const doc of p.documents) {
      const isRequest = p.kind === "form" || doc.source.location === "form body";
      const example = fromDocument(c, doc.value, doc.source, isRequest);
      if (p.kind !== "log" && p.kind !== "text") c.example(example);
    }
    fromLines(c, p);
  }
  // Token claims last: what the token response and the requests say comes first (its `scope` is the granted set
  // the server reports; a token's claims are the fallback when no response was pasted).
  for (const p of parsed) for (const token of p.tokens) fromToken(c, token);
  return c.finish();
}
