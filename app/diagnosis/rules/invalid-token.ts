// INVALID_TOKEN: the FHIR server refused the token itself (401 / invalid_token: malformed, revoked, wrong issuer or
// audience, or no token sent — …resource-access:token-required). Expired tokens are TOKEN_EXPIRED.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, errorExcerpt, finding, requestExcerpt } from "../finding";
import { isTokenRefusal, saysExpired, sentExpired } from "./token-expiry";

export function invalidToken(f: Facts): Finding[] {
  const requests = f.requests.filter((r) => isTokenRefusal(r) && !sentExpired(f, r) && !saysExpired(r));
  const inRequests = new Set(requests.flatMap((r) => r.errors));
  const textErrors = f.errors.filter(
    (e) => !inRequests.has(e.error) && !f.requests.some((r) => r.errors.includes(e.error)) && (e.error.error === "invalid_token" || !!e.error.urn?.endsWith(":token-required")) && !/expired/i.test(e.error.description ?? ""),
  );
  if (!requests.length && !textErrors.length) return [];
  const noToken = requests.some((r) => !r.authScheme && r.origin === "evidence") || [...inRequests, ...textErrors.map((e) => e.error)].some((e) => e.urn?.endsWith(":token-required"));
  const description = [...inRequests, ...textErrors.map((e) => e.error)].map((e) => e.description).find(Boolean);
  const issuer = description && /issuer/i.test(description);
  const steps: string[] = [];
  if (noToken) steps.push("Send the access token: Authorization: Bearer <access_token> on every FHIR request.");
  if (issuer) steps.push("Request the token from the token endpoint of the same tenant and host as the FHIR base (take it from {FHIR base}/.well-known/smart-configuration).");
  steps.push("Check that the token is sent whole and unmodified, to the tenant it was issued for, and that it has not expired (570 s).");
  return [
    finding({
      code: "INVALID_TOKEN",
      severity: "error",
      basis: "documented",
      title: noToken ? "The FHIR request was refused: no access token was sent" : "The FHIR server refused the access token (401 invalid_token)",
      explanation: `${noToken ? "The request reached the secure endpoint without a token." : "The server did not accept the token itself — malformed, revoked, issued by another issuer or tenant, or expired."}${description ? ` The server said: ${description}.` : ""} This is not a scope problem: a token the server rejects grants nothing (RFC 6750 §3.1).`,
      evidence: [
        ...requests.map((r) => ev(r.source, requestExcerpt(r))),
        ...requests.flatMap((r) => r.errors.map((e) => ev({ ...r.source, location: `${r.source.location}, response` }, errorExcerpt(e)))),
        ...textErrors.map((e) => ev(e.source, errorExcerpt(e.error))),
      ],
      nextSteps: steps,
    }),
  ];
}
