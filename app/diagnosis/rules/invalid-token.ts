// INVALID_TOKEN: the FHIR server refused the token itself (401 / invalid_token: malformed, revoked, wrong issuer or
// audience, or no token sent — …resource-access:token-required). Expired tokens are TOKEN_EXPIRED.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, errorExcerpt, finding, requestExcerpt } from "../finding";
import { TOKEN_LIFETIME_SECONDS } from "../knowledge/platform";
import { REFRESH_STEP, isTokenRefusal, saysExpired, sentExpired, tokenFailureOf } from "./token-expiry";

export function invalidToken(f: Facts): Finding[] {
  const requests = f.requests.filter((r) => isTokenRefusal(r) && !sentExpired(f, r) && !saysExpired(r));
  const inRequests = new Set(requests.flatMap((r) => r.errors));
  const textErrors = f.errors.filter(
    (e) =>
      !inRequests.has(e.error) &&
      !f.requests.some((r) => r.errors.includes(e.error)) &&
      (e.error.error === "invalid_token" || !!e.error.urn?.endsWith(":token-required")) &&
      tokenFailureOf(e.error.description) !== "expired",
  );
  if (!requests.length && !textErrors.length) return toldInWords(f);
  const noToken =
    requests.some((r) => !r.authScheme && r.origin === "evidence") ||
    [...inRequests, ...textErrors.map((e) => e.error)].some((e) => e.urn?.endsWith(":token-required"));
  const description = [...inRequests, ...textErrors.map((e) => e.error)].map((e) => e.description).find(Boolean);
  const kind = tokenFailureOf(description);
  const steps: string[] = [];
  if (noToken) steps.push("Send the access token: Authorization: Bearer <access_token> on every FHIR request.");
  if (kind === "issuer") {
    steps.push(
      "The token was issued by another authorization server than this FHIR server trusts: take the token endpoint from {FHIR base}/.well-known/smart-configuration of the server you call (same tenant, same host).",
    );
    steps.push(
      "If you did use that endpoint, the mismatch is on Oracle Health's side: report it with the X-Request-Id and the time, then retry with a new token.",
    );
  } else if (kind === "expired-or-signature") {
    steps.push(
      "If the token was older than 570 s when sent, it expired: " +
        REFRESH_STEP.charAt(0).toLowerCase() +
        REFRESH_STEP.slice(1),
    );
    steps.push(
      "If it was fresh, its signature did not verify: send the token exactly as received (no truncation, no quotes), to the server whose token endpoint issued it.",
    );
  } else if (kind === "signature") {
    steps.push(
      "The token's signature did not verify: send it exactly as received (no truncation or re-encoding), to the server whose token endpoint issued it.",
    );
  } else if (kind === "audience") {
    steps.push(
      "The token was issued for another audience: send aud = this FHIR base URL in the authorize request, and call the same base.",
    );
  } else {
    steps.push(
      "Check that the token is sent whole and unmodified, to the tenant it was issued for, and that it has not expired (570 s).",
    );
  }
  return [
    finding({
      code: "INVALID_TOKEN",
      severity: "error",
      basis: "documented",
      title: noToken
        ? "The FHIR request was refused: no access token was sent"
        : "The FHIR server refused the access token (401 invalid_token)",
      explanation: `${noToken ? "The request reached the secure endpoint without a token." : kind === "issuer" ? "The server did not accept the token's issuer." : "The server did not accept the token itself — malformed, revoked, issued by another issuer or tenant, or expired."}${description ? ` The server said: "${description}".` : ""} This is not a scope problem: a token the server rejects grants nothing (RFC 6750 §3.1).`,
      evidence: [
        ...requests.map((r) => ev(r.source, requestExcerpt(r))),
        ...requests.flatMap((r) =>
          r.errors.map((e) => ev({ ...r.source, location: `${r.source.location}, response` }, errorExcerpt(e))),
        ),
        ...textErrors.map((e) => ev(e.source, errorExcerpt(e.error))),
      ],
      nextSteps: steps,
    }),
  ];
}

/**
 * A 401 told in words about FHIR calls ("every request to https://fhir-myrecord…/r4/… returns a 401"), with no
 * request or error body pasted, and not after a token's lifetime (that is TOKEN_EXPIRED).
 */
function toldInWords(f: Facts): Finding[] {
  const told = f.statements.filter(
    (s) =>
      s.status === 401 && s.target === "fhir" && !s.expired && (s.elapsedSeconds ?? 0) < TOKEN_LIFETIME_SECONDS.value,
  );
  if (!told.length || f.requests.some(isTokenRefusal)) return [];
  return [
    finding({
      code: "INVALID_TOKEN",
      severity: "error",
      basis: "inference",
      title: "The FHIR server refused the access token (401)",
      explanation:
        "The text says the FHIR calls are answered 401: the server did not accept the token itself — expired, malformed, issued for another tenant or audience, or not sent. This is not a scope problem: a token the server rejects grants nothing (RFC 6750 §3.1). Read from prose: paste the response (its WWW-Authenticate header) to tell which.",
      evidence: told.map((s) => ev(s.source, "401 on FHIR calls (stated)")),
      nextSteps: [
        "Call the FHIR base of the tenant the token was issued for: the tenant in the token endpoint (and in aud) must be the tenant in the FHIR URL.",
        "Check that the token is sent whole and unmodified as Authorization: Bearer <access_token>, and that it has not expired (570 s).",
        "Paste the 401 response with its WWW-Authenticate header and X-Request-Id.",
      ],
    }),
  ];
}
