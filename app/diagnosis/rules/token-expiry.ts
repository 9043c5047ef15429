// Shared by TOKEN_EXPIRED and INVALID_TOKEN: when was the token a request sent due to expire?
import type { Facts, RequestFact, TokenFact } from "../facts-model";
import { TOKEN_LIFETIME_SECONDS } from "../knowledge/platform";

export const isTokenRefusal = (r: RequestFact): boolean =>
  r.status === 401 || r.errors.some((e) => e.error === "invalid_token" || !!e.urn?.endsWith(":token-required"));

const accessTokens = (f: Facts): TokenFact[] =>
  f.tokens.filter((t) => t.role !== "id_token" && t.role !== "refresh_token" && t.role !== "client_assertion");

/** Expiry (epoch s) of the token a request sent: its own (linked) token, else the only token in the evidence. */
export function expiryFor(f: Facts, r: RequestFact): { exp: number; source: TokenFact["source"]; documented: boolean } | null {
  const tokens = accessTokens(f).filter((t) => t.exp !== null);
  const linked = r.tokenKey ? tokens.find((t) => t.tokenKey === r.tokenKey) : undefined;
  const only = !r.tokenKey || !linked ? (new Set(tokens.map((t) => t.tokenKey ?? t.source.location)).size === 1 ? tokens[0] : undefined) : undefined;
  const token = linked ?? only;
  if (token?.exp) return { exp: token.exp, source: token.source, documented: false };
  const issued = r.tokenKey ? f.granted.find((g) => g.tokenKey === r.tokenKey && g.origin === "token-response" && g.time) : undefined;
  if (issued?.time) return { exp: Math.floor(issued.time / 1000) + TOKEN_LIFETIME_SECONDS.value, source: issued.source, documented: true };
  return null;
}

/** The request was sent after its token expired. */
export function sentExpired(f: Facts, r: RequestFact): { exp: number; source: TokenFact["source"]; documented: boolean } | null {
  if (r.time === null) return null;
  const e = expiryFor(f, r);
  return e && r.time / 1000 > e.exp ? e : null;
}

export const saysExpired = (r: RequestFact): boolean => r.errors.some((e) => /expired/i.test(e.description ?? ""));
