// INVALID_TOKEN: the FHIR server refused the token itself (401 / invalid_token: malformed, revoked, wrong issuer or
// audience, or no token sent — …resource-access:token-required). Expired tokens are TOKEN_EXPIRED.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import { ev, errorExcerpt, finding, requestExcerpt } from "../finding";
import { failureShown } from "../analysis";
import { TOKEN_LIFETIME_SECONDS } from "../knowledge/platform";
import { REFRESH_STEP, isTokenRefusal, saysExpired, sentExpired, tokenFailureOf } from "./token-expiry";

export function invalidToken(f: Facts): Finding[] {
  const requests = f.requests.filter((r) => isTokenRefusal(r) && !sentExpired(f, r) && !saysExpired(r));
  const inRequests = new Set(requests.flatMap((r) => r.errors));
  const textErrors = f.errors.filter(
    (e) =>
      !inRequests.has(e.error) &&
      !f.requests.some((r) => r.errors.includes(e.error)) &&
      (e.error.error === "invalid_token" ||
        !!e.error.urn?.endsWith(":token-required") ||
        (e.error.shape === "problem-details" && e.error.status === 401 && namesAccessToken(e.error.description))) &&
      tokenFailureOf(e.error.description) !== "expired",
  );
  if (!requests.length && !textErrors.length) return f.emptyAuthorization ? emptyCredential(f) : toldInWords(f);
  const noToken =
    !!f.emptyAuthorization ||
    requests.some((r) => !r.authScheme && r.origin === "evidence") ||
    [...inRequests, ...textErrors.map((e) => e.error)].some(
      (e) => e.urn?.endsWith(":token-required") || TOKEN_REQUIRED.test(e.description ?? ""),
    );
  const description = [...inRequests, ...textErrors.map((e) => e.error)].map((e) => e.description).find(Boolean);
  const kind = tokenFailureOf(description);
  const steps: string[] = [];
  if (noToken) steps.push("Send the access token: Authorization: Bearer <access_token> on every FHIR request.");
  if (noToken && f.tokenHeaderSent) steps.push(HEADER_NOT_SEEN_STEP);
  if (f.emptyAuthorization) steps.push(EMPTY_STEP);
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
    // Some gateways take a JWT the caller builds and signs itself: then the token's own header is the usual culprit.
    if (callerSigns(f))
      steps.push(
        "If your own code builds and signs the token (a JWT the server asks the caller to sign), decode it and check its header (alg, kid, x5c — a certificate with line breaks in it breaks the header) and its claims against the server's specification, and that its signature verifies with your certificate.",
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
 * A 401 problem body with no request of its own is the access token's refusal only when it says so: a token endpoint's
 * "Client authentication failed: unknown client_id" is about the client's credentials, another party.
 */
const namesAccessToken = (description: string | null | undefined): boolean =>
  !!description && /token/i.test(description) && !/client|secret/i.test(description);

/**
 * A refusal saying no token came at all: "A token is required", "Missing bearer token", "no access token provided".
 * Anchored at the token itself: "token is required to contain the aud claim", "no token signing key", "missing token
 * audience" speak of a token that came and of what it lacks.
 */
const TOKEN_REQUIRED =
  /\btokens?\s+(?:is\s+|are\s+)?required\b(?!\s+to\b)|\b(?:no|missing)\s+(?:access\s+|bearer\s+|auth(?:entication)?\s+)?tokens?\b(?=\s*(?:$|[^\w\s]|(?:was\s+|is\s+)?(?:provided|found|sent|present|given|supplied|specified|in|on|for)\b))|\bTokenAuthenticationRequired\b/i;

/** When the caller did send a token, the server looked for it elsewhere: the header's name, scheme or a proxy. */
const HEADER_NOT_SEEN_STEP =
  "If the request did carry a token, the server did not find it where it looks: check the header's exact name against the server's documentation (hyphens, not underscores: nginx and many proxies drop header names with underscores), the scheme word (Bearer), and that no proxy or redirect strips the header.";

const EMPTY_STEP =
  "The evidence shows the Authorization header sent empty — curl's -H 'Authorization;' sends the header without a value, and \"Bearer undefined\" or \"Bearer null\" is a token the app never had: put the credential the server expects in it (Bearer <access_token> on most FHIR servers; some national gateways want the token in another header and the caller's identifier here), and check the command's quotes close.";

/**
 * A refusal shown (an error body, a status) and an Authorization header sent without a value: the credential never
 * reached the server, so neither the token nor its scopes were looked at.
 */
function emptyCredential(f: Facts): Finding[] {
  if (!f.emptyAuthorization || !(failureShown(f) || refusalTold(f))) return [];
  return [
    finding({
      code: "INVALID_TOKEN",
      severity: "error",
      basis: "inference",
      title: "The request was refused and its Authorization header was sent empty",
      explanation:
        "A refusal is shown, and the request carried an Authorization header with no credential in it: the server had nothing to authenticate, whatever the token endpoint returned. This is not a scope or provisioning problem (RFC 6750 §3.1).",
      evidence: [ev(f.emptyAuthorization, "Authorization header without a value"), ...errorEvidence(f)],
      nextSteps: [
        EMPTY_STEP,
        "Paste the request as sent (its headers, the token value removed) and the whole response.",
      ],
    }),
  ];
}

/** The caller signs the token it sends: said in the text, or the refusal's realm or words name a signature or x5c. */
const callerSigns = (f: Facts): boolean =>
  !!f.callerSignsToken || f.errors.some((e) => /sign|x5c/i.test(`${e.error.realm ?? ""} ${e.error.description ?? ""}`));

/** A refusal of a FHIR call told by a bare status line ("HTTP/1.1 401 Unauthorized") or in words ("returns 401"). */
const refusalTold = (f: Facts): boolean => f.statements.some((s) => s.target !== "token" && (s.status ?? 0) >= 400);

const errorEvidence = (f: Facts) => f.errors.slice(0, 2).map((e) => ev(e.source, errorExcerpt(e.error)));

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
