// TOKEN_EXPIRED: a request refused with 401 / invalid_token was sent after its token's exp (Oracle Health access
// tokens live 570 seconds), or the server said the token expired.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, finding, requestExcerpt } from "../finding";
import { TOKEN_LIFETIME_SECONDS } from "../knowledge/platform";
import { isoOf } from "../time";
import { isTokenRefusal, saysExpired, sentExpired } from "./token-expiry";

export function tokenExpired(f: Facts): Finding[] {
  const out: Finding[] = [];
  for (const r of f.requests.filter(isTokenRefusal)) {
    const late = sentExpired(f, r);
    if (!late && !saysExpired(r)) continue;
    const seconds = late && r.time ? Math.round(r.time / 1000 - late.exp) : null;
    out.push(
      finding({
        code: "TOKEN_EXPIRED",
        severity: "error",
        basis: late ? "observed" : "documented",
        title: "The access token had expired when the request was sent",
        explanation: late
          ? `The token expired at ${isoOf(late.exp * 1000)}${late.documented ? ` (issued ${TOKEN_LIFETIME_SECONDS.value} s earlier, Oracle Health's token lifetime)` : ""}; the request was sent at ${isoOf(r.time!)}, ${seconds} s later. An expired token is refused with 401 invalid_token, whatever its scopes.`
          : "The server's error says the token expired. An expired token is refused with 401 invalid_token, whatever its scopes.",
        evidence: [ev(r.source, requestExcerpt(r)), ...(late ? [ev(late.source, `exp ${isoOf(late.exp * 1000)}`)] : [])],
        nextSteps: [
          `Request a new token before this call: Oracle Health access tokens live ${TOKEN_LIFETIME_SECONDS.value} seconds (expires_in).`,
          "Cache the token with its expiry and renew it a little before expires_in elapses (system apps: a new client_credentials request).",
        ],
      }),
    );
  }
  return out;
}
