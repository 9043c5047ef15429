// Shared by TOKEN_EXPIRED and INVALID_TOKEN: when was the token a request sent due to expire?
import type { Facts, RequestFact, TokenFact } from "../facts-model";
import { TOKEN_LIFETIME_SECONDS } from "../knowledge/platform";

export const isTokenRefusal = (r: RequestFact): boolean =>
  r.status === 401 || r.errors.some((e) => e.error === "invalid_token" || !!e.urn?.endsWith(":token-required"));

const accessTokens = (f: Facts): TokenFact[] =>
  f.tokens.filter((t) => t.role !== "id_token" && t.role !== "refresh_token" && t.role !== "client_assertion");

/** Expiry (epoch s) of the token a request sent: its own (linked) token, else the only token in the evidence. */
export function expiryFor(
  f: Facts,
  r: RequestFact,
): { exp: number; source: TokenFact["source"]; documented: boolean } | null {
  const tokens = accessTokens(f).filter((t) => t.exp !== null);
  const linked = r.tokenKey ? tokens.find((t) => t.tokenKey === r.tokenKey) : undefined;
  const only =
    !r.tokenKey || !linked
      ? new Set(tokens.map((t) => t.tokenKey ?? t.source.location)).size === 1
        ? tokens[0]
        : undefined
      : undefined;
  const token = linked ?? only;
  if (token?.exp) return { exp: token.exp, source: token.source, documented: false };
  const issued = r.tokenKey
    ? f.granted.find((g) => g.tokenKey === r.tokenKey && g.origin === "token-response" && g.time)
    : undefined;
  if (issued?.time)
    return {
      exp: Math.floor(issued.time / 1000) + TOKEN_LIFETIME_SECONDS.value,
      source: issued.source,
      documented: true,
    };
  return null;
}

/** The request was sent after its token expired. */
export function sentExpired(
  f: Facts,
  r: RequestFact,
): { exp: number; source: TokenFact["source"]; documented: boolean } | null {
  if (r.time === null) return null;
  const e = expiryFor(f, r);
  return e && r.time / 1000 > e.exp ? e : null;
}

/** What a 401's error_description says went wrong with the token (the whole description is kept for this). */
export type TokenFailure = "expired" | "expired-or-signature" | "issuer" | "signature" | "audience" | "other";

export function tokenFailureOf(description: string | null | undefined): TokenFailure {
  const d = (description ?? "").toLowerCase();
  if (/expired|expiry/.test(d))
    return /signature|\bor\b.*invalid|invalid.*\bor\b/.test(d) ? "expired-or-signature" : "expired";
  if (/issuer|\biss\b/.test(d)) return "issuer";
  if (/signature/.test(d)) return "signature";
  if (/audience|\baud\b/.test(d)) return "audience";
  return "other";
}

/** The server said plainly that the token expired (not "expired or signature is invalid"). */
export const saysExpired = (r: RequestFact): boolean =>
  r.errors.some((e) => tokenFailureOf(e.description) === "expired");

/** The refresh advice every expiry deserves (Oracle: tokens live under ten minutes; refresh before they expire). */
export const REFRESH_STEP =
  "Refresh instead of re-launching: request online_access (or offline_access) in the authorize request — the app's access type in Code Console must allow it — keep the refresh token, and exchange it at the token endpoint before expires_in (570 s) elapses; a system app requests a new client_credentials token.";
