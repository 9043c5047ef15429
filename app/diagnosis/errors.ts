// Error responses, read into one shape: Oracle Health's {code, message} with code="urn…", error="…", subcode="…";
// RFC 6750 WWW-Authenticate; OperationOutcome diagnostics; the token endpoint's {error, error_uri} (URN decoded,
// instance UUID, client=, tenant=); plain OAuth {error, error_description}; "Tenant not valid or accessible".
// Source: docs/platform.md §4, smart-scopes.md "OAuth errors". Pure.
import { isRecord } from "~/lib/records";
import { findXmlOutcomes } from "./xml-outcome";

export type ErrorShape =
  | "oracle-message"
  | "www-authenticate"
  | "operation-outcome"
  | "token-endpoint"
  | "oauth-json"
  | "tenant-invalid"
  | "problem-details"
  | "text";

export interface ParsedError {
  shape: ErrorShape;
  status: number | null;
  /** OAuth / RFC 6750 error code: insufficient_scope, invalid_token, invalid_grant, … */
  error: string | null;
  urn: string | null;
  subcode: string | null;
  description: string | null;
  errorUri: string | null;
  /** The /instances/<uuid> of error_uri: equals the response's Cerner-Correlation-Id. */
  instance: string | null;
  /** client= in error_uri ("unknown" when client authentication failed). */
  client: string | null;
  tenant: string | null;
  persona: string | null;
  realm: string | null;
  /** RFC 6750 scope="…": the scope the resource server says is needed. */
  scope: string | null;
  /** The FHIR API's documented 403 "Tenant not valid or accessible". */
  tenantInvalid: boolean;
}

export const OAUTH_ERRORS = [
  "invalid_request",
  "invalid_token",
  "insufficient_scope",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "unsupported_response_type",
  "invalid_scope",
  "access_denied",
  "server_error",
  "temporarily_unavailable",
] as const;

/** A parsed error with nothing known yet. */
export const emptyError = (shape: ErrorShape, status: number | null = null): ParsedError => ({
  shape,
  status,
  error: null,
  urn: null,
  subcode: null,
  description: null,
  errorUri: null,
  instance: null,
  client: null,
  tenant: null,
  persona: null,
  realm: null,
  scope: null,
  tenantInvalid: false,
});

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const clip = (s: string | null, max = 240): string | null => (s && s.length > max ? `${s.slice(0, max)}…` : s);

export const TENANT_INVALID = /tenant not valid or accessible/i;
const URN = /urn:cerner:error:[a-z0-9:_.-]*[a-z0-9_]/i;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** key="value" (or key=value) pairs, as in WWW-Authenticate and Oracle's message field. Backslash-escapes undone. */
export function parseAuthParams(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([A-Za-z_][A-Za-z0-9_-]*)\s*=\s*(?:\\*"((?:[^"\\]|\\(?!\\*"))*)\\*"|([^\s,"]+))/g;
  for (const m of text.replaceAll('\\"', '"').matchAll(re)) {
    const key = m[1].toLowerCase();
    if (!(key in out)) out[key] = unemphasised((m[2] ?? m[3] ?? "").replace(/\\+/g, ""));
  }
  return out;
}

/** A value its author set in markdown bold or italics inside the pasted header: error="**invalid_token**". */
const unemphasised = (value: string): string => /^(\*{1,3}|_{2,3})([^*]+)\1$/.exec(value)?.[2] ?? value;

/** RFC 6750: `Bearer realm="…", error="…", error_description="…", scope="…"`. */
export function parseWwwAuthenticate(value: string): { scheme: string; params: Record<string, string> } | null {
  const m = /^\s*([A-Za-z][A-Za-z0-9._~+/-]*)(?:\s+(.*))?$/s.exec(value);
  if (!m) return null;
  return { scheme: m[1], params: parseAuthParams(m[2] ?? "") };
}

/** error_uri: https://authorization.cerner.com/errors/<url-encoded URN>/instances/<uuid>?[persona=…&]client=…&tenant=… */
export function parseErrorUri(
  uri: string,
): Pick<ParsedError, "urn" | "instance" | "client" | "tenant" | "persona"> | null {
  let url: URL;
  try {
    url = new URL(uri.trim());
  } catch {
    return null;
  }
  const m = /\/errors\/([^/]+)(?:\/instances\/([^/?#]+))?/.exec(url.pathname);
  if (!m) return null;
  let urn = m[1];
  try {
    urn = decodeURIComponent(urn);
  } catch {
    /* keep as is */
  }
  return {
    urn: URN.test(urn) ? urn : null,
    instance: m[2] && UUID.test(m[2]) ? m[2].toLowerCase() : null,
    client: url.searchParams.get("client"),
    tenant: url.searchParams.get("tenant")?.toLowerCase() ?? null,
    persona: url.searchParams.get("persona"),
  };
}

function fromParams(shape: ErrorShape, params: Record<string, string>, status: number | null): ParsedError {
  const e = emptyError(shape, status);
  e.error = params.error ?? null;
  e.description = clip(params.error_description ?? null);
  e.realm = params.realm ?? null;
  e.scope = params.scope ?? null;
  e.subcode = params.subcode ?? null;
  const code = params.code ?? null;
  if (code && URN.test(code)) e.urn = URN.exec(code)![0];
  if (e.description && TENANT_INVALID.test(e.description)) e.tenantInvalid = true;
  return e;
}

/** A WWW-Authenticate header value; null for a bare challenge without an error (no credentials sent: a 401 of its own). */
export function errorFromWwwAuthenticate(value: string, status: number | null = null): ParsedError | null {
  const parsed = parseWwwAuthenticate(value);
  if (!parsed) return null;
  const e = fromParams("www-authenticate", parsed.params, status);
  return e;
}

function fromOperationOutcome(doc: Record<string, unknown>, status: number | null): ParsedError[] {
  const out: ParsedError[] = [];
  for (const issue of Array.isArray(doc.issue) ? doc.issue.filter(isRecord) : []) {
    const diagnostics = str(issue.diagnostics) ?? (isRecord(issue.details) ? str(issue.details.text) : null);
    if (!diagnostics) continue;
    if (TENANT_INVALID.test(diagnostics)) {
      out.push({ ...emptyError("tenant-invalid", status), tenantInvalid: true, description: clip(diagnostics) });
      continue;
    }
    const challenge = /\b(Bearer|DPoP)\s+[a-z_]+=/i.exec(diagnostics);
    if (challenge) {
      const e = errorFromWwwAuthenticate(diagnostics.slice(challenge.index), status);
      if (e) out.push({ ...e, shape: "operation-outcome" });
      continue;
    }
    const params = parseAuthParams(diagnostics);
    if (params.error || params.code) out.push(fromParams("operation-outcome", params, status));
    else if (URN.test(diagnostics))
      out.push({ ...emptyError("operation-outcome", status), urn: URN.exec(diagnostics)![0] });
    // An information or warning issue reports, it does not refuse ("Access logged for audit", code security).
    else if (issue.severity === "information" || issue.severity === "warning") continue;
    // FHIR's issue type "forbidden" is the server's 403 in words, even when the body is pasted without its status.
    else if (issue.code === "forbidden")
      out.push({ ...emptyError("operation-outcome", status ?? 403), description: clip(diagnostics) });
    // "login" (authenticate first: a 401) and "security" (an authentication or permission problem of some kind) are
    // FHIR's words for a refused caller, in whatever language the diagnostics are written.
    else if (issue.code === "login")
      out.push({ ...emptyError("operation-outcome", status ?? 401), description: clip(diagnostics) });
    else if (issue.code === "security")
      out.push({ ...emptyError("operation-outcome", status), description: clip(diagnostics) });
  }
  return out;
}

/** An RFC 7807 problem: an error status and a title or detail saying why. */
const isProblemDetails = (value: Record<string, unknown>): boolean =>
  typeof value.status === "number" &&
  value.status >= 400 &&
  value.status < 600 &&
  (typeof value.title === "string" || typeof value.detail === "string");

/**
 * Errors in one response body (JSON text or an already-parsed value). `status` and the WWW-Authenticate header, when
 * known, are folded in. Returns [] for a body that is not an error.
 */
export function parseErrorBody(
  body: unknown,
  context: { status?: number | null; wwwAuthenticate?: string | null } = {},
): ParsedError[] {
  const status = context.status ?? null;
  let value: unknown = body;
  if (typeof body === "string") {
    const text = body.trim();
    if (!text) value = null;
    else if (text.startsWith("{")) {
      try {
        value = JSON.parse(text);
      } catch {
        value = text;
      }
    } else value = text.startsWith("<") ? (findXmlOutcomes(text)[0]?.value ?? text) : text;
  }
  const out: ParsedError[] = [];
  if (isRecord(value)) {
    if (value.resourceType === "OperationOutcome") out.push(...fromOperationOutcome(value, status));
    else if (typeof value.message === "string" && /code=\s*\\*"?urn:|error=\s*\\*"?[a-z_]+/i.test(value.message)) {
      const statusFromBody = typeof value.code === "number" ? value.code : status;
      out.push(fromParams("oracle-message", parseAuthParams(value.message), statusFromBody));
    } else if (typeof value.error === "string") {
      const uri = str(value.error_uri);
      const e = emptyError(uri ? "token-endpoint" : "oauth-json", status);
      e.error = value.error;
      e.description = clip(str(value.error_description));
      e.errorUri = uri;
      if (uri) Object.assign(e, parseErrorUri(uri) ?? {});
      if (!e.urn && e.description && URN.test(e.description)) e.urn = URN.exec(e.description)![0];
      out.push(e);
    } else if (isProblemDetails(value)) {
      // RFC 7807 / 9457 problem details, as API gateways answer: the status and the reason are in the body.
      out.push({
        ...emptyError("problem-details", status ?? (value.status as number)),
        description: clip(str(value.detail) ?? str(value.title)),
      });
    } else if (typeof value.message === "string" && TENANT_INVALID.test(value.message)) {
      out.push({
        ...emptyError("tenant-invalid", status),
        tenantInvalid: true,
        description: "Tenant not valid or accessible",
      });
    }
  } else if (typeof value === "string" && TENANT_INVALID.test(value)) {
    out.push({
      ...emptyError("tenant-invalid", status),
      tenantInvalid: true,
      description: "Tenant not valid or accessible",
    });
  }
  if (context.wwwAuthenticate) {
    const e = errorFromWwwAuthenticate(context.wwwAuthenticate, status);
    if (e && (e.error || !out.length)) out.push(e);
  }
  return out;
}

/** A short, redaction-safe label of an error: "403 insufficient_scope (…insufficient-scopes, no_scope_for_resource_path)". */
export function describeError(e: ParsedError): string {
  const parts = [
    e.status ? String(e.status) : null,
    e.error,
    e.tenantInvalid ? "Tenant not valid or accessible" : null,
  ].filter(Boolean);
  const extra = [e.urn, e.subcode].filter(Boolean);
  return `${parts.join(" ") || "error"}${extra.length ? ` (${extra.join(", ")})` : ""}`;
}
