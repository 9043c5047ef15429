// TOKEN_EXPIRED: a request refused with 401 / invalid_token was sent after its token's exp (Oracle Health access
// tokens live 570 seconds), or the server said the token expired.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, errorExcerpt, finding, requestExcerpt } from "../finding";
import { TOKEN_LIFETIME_SECONDS } from "../knowledge/platform";
import { isoOf } from "../time";
import { REFRESH_STEP, isTokenRefusal, saysExpired, sentExpired, tokenFailureOf } from "./token-expiry";

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
        evidence: [
          ev(r.source, requestExcerpt(r)),
          ...(late ? [ev(late.source, `exp ${isoOf(late.exp * 1000)}`)] : []),
        ],
        nextSteps: STEPS,
      }),
    );
  }
  // The server said so in an error pasted without its request.
  const inRequests = new Set(f.requests.flatMap((r) => r.errors));
  const said = f.errors.filter((e) => !inRequests.has(e.error) && tokenFailureOf(e.error.description) === "expired");
  if (said.length && !out.length) {
    out.push(
      finding({
        code: "TOKEN_EXPIRED",
        severity: "error",
        basis: "documented",
        title: "The access token had expired",
        explanation: `The server's error says the token expired${said[0].error.description ? ` ("${said[0].error.description}")` : ""}. An expired token is refused with 401 invalid_token, whatever its scopes.`,
        evidence: said.map((e) => ev(e.source, errorExcerpt(e.error))),
        nextSteps: STEPS,
      }),
    );
  }
  // A 401 told in words, after longer than a token lives ("after 10 mins … unauthorized").
  const late = f.statements.filter(
    (s) => (s.status === 401 || s.status === null) && (s.elapsedSeconds ?? 0) >= TOKEN_LIFETIME_SECONDS.value,
  );
  if (
    late.length &&
    !out.length &&
    !f.errors.some((e) => e.error.error === "invalid_token" && tokenFailureOf(e.error.description) !== "expired")
  ) {
    out.push(
      finding({
        code: "TOKEN_EXPIRED",
        severity: "error",
        basis: "inference",
        title: "The failures start when the access token expires",
        explanation: `The text says the calls fail with 401 / unauthorized after about ${Math.round((late[0].elapsedSeconds ?? 0) / 60)} minutes. Oracle Health access tokens live ${TOKEN_LIFETIME_SECONDS.value} seconds (under ten minutes), so the app is most likely still using an expired token (read from prose: check it against the token response's time).`,
        evidence: late.map((s) => ev(s.source, `failure after ${Math.round((s.elapsedSeconds ?? 0) / 60)} min`)),
        nextSteps: STEPS,
      }),
    );
  }
  // The text says the token expired, without a time or a status ("after some time the access_token expires").
  const told = f.statements.filter((s) => s.expired && (s.status === null || s.status === 401));
  if (told.length && !out.length && !f.errors.some((e) => e.error.error === "invalid_token")) {
    out.push(
      finding({
        code: "TOKEN_EXPIRED",
        severity: "error",
        basis: "inference",
        title: "The access token expires during use",
        explanation: `The text says the token expires. Oracle Health access tokens live ${TOKEN_LIFETIME_SECONDS.value} seconds: a call made with the token after that is refused with 401 invalid_token, whatever its scopes (read from prose: check the time of the failing call against the token response).`,
        evidence: told.map((s) => ev(s.source, "the token expires (stated)")),
        nextSteps: STEPS,
      }),
    );
  }
  return out;
}

const STEPS = [
  `Request a new token before the call: Oracle Health access tokens live ${TOKEN_LIFETIME_SECONDS.value} seconds (expires_in).`,
  REFRESH_STEP,
  "Cache the token with its expiry and renew it a little before expires_in elapses.",
];
