// Access tokens in an evidence item, raw (a JWT, decoded without verifying) or redacted (the annotation the
// redactor leaves: placeholder + the claims support needs). Both give the same facts at the same location, so the
// diagnosis of redacted evidence equals the diagnosis of the raw evidence.
import { decodeJwt, unwrapBase64Jwt } from "~/evidence/jwt";
import { parseJwtAnnotations } from "~/evidence/jwt-annotation";
import { tenantFromUrl } from "~/ticket/identifiers";
import type { TokenFact } from "./facts-model";
import { parseScopes } from "./scopes";
import { claimSeconds } from "./time";
import { tokenKeyOf } from "./token-key";
import { isRecord } from "~/lib/records";

const str = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);

/** Granted scopes in a claims object: scope (RFC 9068), scp (array or string), Oracle's azs claims. */
export function scopesInClaims(claims: Record<string, unknown>): string | null {
  if (typeof claims.scope === "string") return claims.scope;
  if (Array.isArray(claims.scp)) return claims.scp.filter((s) => typeof s === "string").join(" ");
  if (typeof claims.scp === "string") return claims.scp;
  const cerner = claims["urn:com:cerner:authorization:claims"];
  if (isRecord(cerner) && (typeof cerner.azs === "string" || Array.isArray(cerner.azs))) {
    return Array.isArray(cerner.azs) ? cerner.azs.join(" ") : (cerner.azs as string);
  }
  const v1 = claims["urn:cerner:authorization:claims:version:1"];
  if (isRecord(v1) && isRecord(v1.profiles)) {
    for (const profile of Object.values(v1.profiles)) {
      if (isRecord(profile) && (typeof profile.azs === "string" || Array.isArray(profile.azs))) {
        return Array.isArray(profile.azs) ? profile.azs.join(" ") : (profile.azs as string);
      }
    }
  }
  return null;
}

/** The tenant of a token: tenant / tnt claims, else the issuer's /tenants/<id>. */
export function tenantInClaims(claims: Record<string, unknown>): string | null {
  const cerner = claims["urn:com:cerner:authorization:claims"];
  const v1 = claims["urn:cerner:authorization:claims:version:1"];
  const t = str(claims.tenant) ?? (isRecord(cerner) ? str(cerner.tnt) : null) ?? (isRecord(v1) ? str(v1.tenant) : null);
  if (t) return t.toLowerCase();
  const iss = str(claims.iss);
  return iss ? tenantFromUrl(iss) : null;
}

export function clientIdInClaims(claims: Record<string, unknown>): string | null {
  const v1 = claims["urn:cerner:authorization:claims:version:1"];
  const client = isRecord(v1) && isRecord(v1.client) ? str(v1.client.id) : null;
  return str(claims.azp) ?? str(claims.client_id) ?? client;
}

/** A claims object that describes an access token (pasted decoded, or found in a JWT). */
export function tokenFromClaims(
  claims: Record<string, unknown>,
  base: Pick<TokenFact, "source" | "role" | "tokenKey">,
): TokenFact {
  const scopes = scopesInClaims(claims);
  return {
    ...base,
    iss: str(claims.iss),
    clientId: clientIdInClaims(claims),
    tenant: tenantInClaims(claims),
    iat: claimSeconds(claims.iat),
    exp: claimSeconds(claims.exp),
    scopes: scopes === null ? null : parseScopes(scopes),
  };
}

/** Claims objects pasted on their own (jwt.io payload): an issuer and a time, with scopes or Oracle's claims. */
export function looksLikeClaims(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const hasTime = typeof value.exp === "number" || typeof value.iat === "number";
  return hasTime && (typeof value.iss === "string" || typeof value.azp === "string") && scopesInClaims(value) !== null;
}

/** JWT-shaped runs (entered only at a run's start, so the scan stays linear), and base64-encoded JWTs. */
const JWT_IN_TEXT = /(?<![A-Za-z0-9_-])e[wy][A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g;
const B64_JWT_IN_TEXT = /(?<![A-Za-z0-9+/=])ZXlK[A-Za-z0-9+/]{16,}={0,2}/g;

class LineIndex {
  private starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }
  line(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

const SENT = /(authorization["']?\s*[:=,]\s*(["']?value["']?\s*:\s*)?["']?\s*((bearer|dpop)\s+)?|(bearer|dpop)\s+)$/i;

function roleFrom(rawBefore: string, fallback: string): string {
  const before = rawBefore.replace(/\\+/g, "");
  if (SENT.test(before)) return "access token sent";
  const key = /["']?([a-z_]+)["']?\s*[:=]\s*["']?\s*$/i.exec(before)?.[1]?.toLowerCase();
  if (key === "id_token") return "id_token";
  if (key === "refresh_token") return "refresh_token";
  if (key === "client_assertion" || key === "assertion") return "client_assertion";
  if (key === "access_token") return "access_token";
  return fallback;
}

const ROLE_LABEL: Record<string, string> = {
  "access token sent": "access token in the Authorization header",
  access_token: "access_token",
  id_token: "id_token",
  refresh_token: "refresh_token",
  client_assertion: "client assertion",
  jwt: "JWT",
};

/** Tokens in one item's text, in order, located by line. */
export function extractTokens(itemId: string, text: string, kind?: string): TokenFact[] {
  const out: TokenFact[] = [];
  const lines = new LineIndex(text);
  // A HAR is re-serialised by redaction (its lines move), so its tokens are numbered instead of located by line.
  let ordinal = 0;
  const located = (offset: number, role: string) => ({
    itemId,
    location:
      kind === "har"
        ? `token ${++ordinal}, ${ROLE_LABEL[role] ?? role} claims`
        : `line ${lines.line(offset)}, ${ROLE_LABEL[role] ?? role} claims`,
  });
  // Each distinct token once, at its first occurrence (a HAR repeats the same token on every call).
  const seen = new Set<string>();
  const candidates = [
    ...[...text.matchAll(JWT_IN_TEXT)].map((m) => ({ token: m[0], start: m.index ?? 0, encoded: false })),
    ...[...text.matchAll(B64_JWT_IN_TEXT)].map((m) => ({ token: m[0], start: m.index ?? 0, encoded: true })),
  ].sort((a, b) => a.start - b.start);
  for (const c of candidates) {
    if (seen.has(c.token)) continue;
    seen.add(c.token);
    const inner = c.encoded ? unwrapBase64Jwt(c.token) : c.token;
    const decoded = inner ? decodeJwt(inner) : null;
    if (!decoded) continue;
    const before = text.slice(Math.max(0, c.start - 80), c.start);
    const role = roleFrom(before, "jwt");
    out.push(tokenFromClaims(decoded.claims, { role, source: located(c.start, role), tokenKey: tokenKeyOf(c.token) }));
  }
  const seenAnnotations = new Set<string>();
  for (const a of parseJwtAnnotations(text)) {
    if (seenAnnotations.has(a.placeholder)) continue;
    seenAnnotations.add(a.placeholder);
    const before = text.slice(Math.max(0, a.index - 80), a.index);
    const fallback = a.type === "authorization" ? "access token sent" : ROLE_LABEL[a.type] ? a.type : "jwt";
    const role = roleFrom(before, fallback);
    const claims: Record<string, unknown> = { ...a.claims };
    if (a.claims.client_id && !a.claims.azp) claims.azp = a.claims.client_id;
    out.push(tokenFromClaims(claims, { role, source: located(a.index, role), tokenKey: tokenKeyOf(a.placeholder) }));
  }
  return out;
}

/** The text with every redaction annotation reduced to its placeholder (so its claims are not read as text). */
export function withoutAnnotations(text: string): string {
  return text.replace(/\[REDACTED:([a-z0-9_]+)#(\d+) · JWT [^\]\n]*\]/g, "[REDACTED:$1#$2]");
}
