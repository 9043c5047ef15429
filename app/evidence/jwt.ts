// JWTs: recognise and decode without verifying (the ticket needs the claims, never the token). Also base64-encoded
// JWTs (a JWT that was base64-encoded again, seen in some logs and cookies).
import { decodeBase64Text } from "./base64";
import { asRecord } from "~/lib/records";

export interface DecodedJwt {
  header: Record<string, unknown>;
  claims: Record<string, unknown>;
}

/** Three base64url parts; the first begins like a JSON object (eyJ / ew). Used on single tokens, never on text. */
const JWT_SHAPE = /^e[wy][A-Za-z0-9_-]*\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;
/** A base64-encoded JWT begins with the base64 of "eyJ". */
const B64_JWT_SHAPE = /^ZXlK[A-Za-z0-9+/]+={0,2}$/;

function jsonObject(segment: string): Record<string, unknown> | null {
  const text = decodeBase64Text(segment);
  // Cheap shape check first: a failed JSON.parse (an exception) is slow on adversarial runs of "eyJ.eyJ.eyJ".
  if (text === null || !/^\s*\{[\s\S]*\}\s*$/.test(text)) return null;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Decodes a compact JWS. Null unless the header is a JSON object; claims are {} when the payload is not JSON. */
export function decodeJwt(token: string): DecodedJwt | null {
  const t = token.trim();
  if (t.length > 64 * 1024 || !JWT_SHAPE.test(t)) return null;
  const [h, p] = t.split(".");
  const header = jsonObject(h);
  if (!header) return null;
  const claims = jsonObject(p);
  if (!claims && !("alg" in header || "typ" in header)) return null;
  return { header, claims: claims ?? {} };
}

export const looksLikeJwt = (token: string): boolean => decodeJwt(token) !== null;

/** The JWT inside a base64-encoded JWT, or null. */
export function unwrapBase64Jwt(value: string): string | null {
  const t = value.trim();
  if (t.length > 96 * 1024 || !B64_JWT_SHAPE.test(t)) return null;
  const inner = decodeBase64Text(t);
  return inner && looksLikeJwt(inner) ? inner.trim() : null;
}

/** base64-encoded JWTs in text (not right after `\x81`, `\x82`, `\x90`–`\x99`: a redaction sentinel, see ~/redaction/placeholders). */
export const B64_JWT_IN_TEXT = /(?<![A-Za-z0-9+/=\x81\x82\x90-\x99])ZXlK[A-Za-z0-9+/]{16,}={0,2}/g;

export interface JwtInText {
  token: string;
  start: number;
  end: number;
  /** Null for a JWT-shaped token that does not decode (cut short, corrupted). */
  decoded: DecodedJwt | null;
  /** The token was base64-encoded around the JWT. */
  encoded: boolean;
}

const isB64Url = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 95;

/**
 * Compact JWTs in text, also glued to a preceding word ("ACMEeyJ…"). Anchored on the payload's start (".eyJ" or
 * ".ew": a JSON object): the header is read backwards, payload and signature forwards, each stretch of text at most
 * once or twice — linear on any input ("eyJ" or "eyJ." repeated a million times included).
 */
export function findCompactJwts(text: string): JwtInText[] {
  const out: JwtInText[] = [];
  const n = text.length;
  let floor = 0;
  for (const m of text.matchAll(/\.e[wy]/g)) {
    const dot = m.index ?? 0;
    if (dot < floor) continue;
    let hs = dot;
    while (hs > floor && isB64Url(text.charCodeAt(hs - 1))) hs--;
    if (dot - hs < 4) continue;
    let pe = dot + 1;
    while (pe < n && isB64Url(text.charCodeAt(pe))) pe++;
    if (text[pe] !== ".") continue;
    let se = pe + 1;
    while (se < n && isB64Url(text.charCodeAt(se))) se++;
    const header = text.slice(hs, dot);
    const first = header.search(/e[wy]/);
    const last = header.lastIndexOf("eyJ");
    const starts = [...new Set([first, last].filter((k) => k >= 0))].map((k) => hs + k);
    let found = false;
    for (const s of starts) {
      const candidate = text.slice(s, se);
      const decoded = decodeJwt(candidate);
      if (decoded) {
        out.push({ token: candidate, start: s, end: se, decoded, encoded: false });
        found = true;
        break;
      }
    }
    if (!found && starts.length && text.startsWith("eyJ", starts[0]) && dot - starts[0] >= 8 && pe - dot > 8) {
      // JWT-shaped but not decodable: still a token.
      out.push({ token: text.slice(starts[0], se), start: starts[0], end: se, decoded: null, encoded: false });
      found = true;
    }
    if (found) floor = se;
  }
  return out;
}

/** JWTs (and base64-encoded JWTs) in free text, in order of appearance. */
export function findJwts(text: string): Array<JwtInText & { decoded: DecodedJwt }> {
  const out: Array<JwtInText & { decoded: DecodedJwt }> = [];
  for (const j of findCompactJwts(text)) if (j.decoded) out.push(j as JwtInText & { decoded: DecodedJwt });
  for (const m of text.matchAll(B64_JWT_IN_TEXT)) {
    const inner = unwrapBase64Jwt(m[0]);
    const decoded = inner ? decodeJwt(inner) : null;
    if (decoded)
      out.push({ token: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, decoded, encoded: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Claim values as text: strings as they are, numbers/booleans printed, arrays of strings space-joined. */
export function claimText(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(" ");
  return undefined;
}

/** Seconds since the epoch → ISO 8601 UTC (whole seconds). */
export function epochToIso(value: unknown): string | undefined {
  const n =
    typeof value === "number" ? value : typeof value === "string" && /^\d{9,11}$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(n) || n <= 0 || n > 1e11) return undefined;
  return new Date(n * 1000).toISOString().replace(".000Z", "Z");
}

const CERNER_V0 = "urn:com:cerner:authorization:claims";
const CERNER_V1 = "urn:cerner:authorization:claims:version:1";

/** The tenant of a token: `tnt` of Cerner's claims, `tenant`, or Cerner v1 claims' tenant. */
export function tokenTenant(claims: Record<string, unknown>): string | undefined {
  return (
    claimText(asRecord(claims[CERNER_V0])?.tnt) ??
    claimText(asRecord(claims[CERNER_V1])?.tenant) ??
    claimText(claims.tnt) ??
    claimText(claims.tenant)
  );
}

/** The client of a token: azp, client_id, or Cerner v1 claims' client.id. */
export function tokenClientId(claims: Record<string, unknown>): string | undefined {
  return (
    claimText(claims.azp) ??
    claimText(claims.client_id) ??
    claimText(asRecord(asRecord(claims[CERNER_V1])?.client)?.id) ??
    claimText(claims.cid)
  );
}

/** Granted scopes in a token: scope / scp (string or array), Cerner azs (v0 claims or v1 profiles). */
export function tokenScopes(claims: Record<string, unknown>): string | undefined {
  const v1 = asRecord(claims[CERNER_V1]);
  const profiles = asRecord(v1?.profiles);
  const profileAzs = profiles
    ? Object.values(profiles)
        .map((p) => claimText(asRecord(p)?.azs))
        .find((s) => s !== undefined)
    : undefined;
  return claimText(claims.scope) ?? claimText(claims.scp) ?? claimText(asRecord(claims[CERNER_V0])?.azs) ?? profileAzs;
}

export function tokenVersion(claims: Record<string, unknown>): string | undefined {
  return claimText(asRecord(claims[CERNER_V0])?.ver) ?? claimText(claims.ver);
}
