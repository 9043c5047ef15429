// KNOWN_ERROR_CODE: an Oracle Health error URN from the catalogue (or a standard OAuth error) that no more specific
// rule handles, explained with its documented meaning and what to do.
import type { Finding } from "../types";
import type { ErrorFact, Facts } from "../facts-model";
import { ev, errorExcerpt, finding } from "../finding";
import { lookupUrn } from "../knowledge/urns";
import { BASIC_CREDENTIALS } from "./client-credentials";

/** URNs and OAuth errors another rule explains. */
const HANDLED_URN =
  /:(token:empty-scopes|grant:denied-by-server|token:invalid-tenant|grant:unauthorized-client-for-tenant|grant:unknown-tenant|token:code:tenant-invalid|token:code:tenant-terminated|token:refresh-token:tenant-terminated|resource-access:insufficient-scopes|resource-access:token-required)$/;
const HANDLED_OAUTH = new Set(["insufficient_scope", "invalid_token", "access_denied"]);

const OAUTH_MEANING: Record<string, string> = {
  invalid_request:
    "The request is malformed: a missing or repeated parameter, or an unsupported value (RFC 6749 §5.2).",
  invalid_client:
    "Client authentication failed: the Basic header or the JWT client assertion was not accepted (RFC 6749 §5.2).",
  invalid_grant:
    "The grant (authorization code, refresh token, or the client's grant on this tenant) is invalid, expired or revoked (RFC 6749 §5.2).",
  unauthorized_client: "The client may not use this grant type (RFC 6749 §5.2).",
  unsupported_grant_type: "The server does not support this grant type (RFC 6749 §5.2).",
  unsupported_response_type: "The authorize request asked for a response type other than code.",
  invalid_scope: "A requested scope is unknown, malformed or exceeds what the client may have (RFC 6749 §5.2).",
  server_error: "The authorization server failed while processing the request.",
  temporarily_unavailable: "The authorization server is temporarily unavailable.",
  invalid_request_uri: "The request URI is invalid.",
};

const CLIENT_AUTH_ADVICE = `Check client authentication: ${BASIC_CREDENTIALS} Or, with JWT authentication, the assertion must be signed with a registered key (RS384/ES384) and name the token endpoint as aud.`;

/** What to do for a standard OAuth error seen without an Oracle URN (a sentence naming it, or a bare body). */
const OAUTH_ADVICE: Record<string, string> = {
  invalid_client: `${CLIENT_AUTH_ADVICE} A confidential app's secret is the current one shown in Code Console.`,
  invalid_grant:
    "Exchange the authorization code once, immediately, with the same redirect_uri; a refresh token must belong to this client and tenant. Open the error_uri (or quote the Cerner-Correlation-Id) for the exact reason.",
  unauthorized_client:
    "The client may not use this grant or these scopes: check the app type (System apps use client_credentials) and the scopes registered in Code Console.",
  invalid_scope: "Request only scopes registered for the app in Code Console, in the app's SMART version (v1 or v2).",
};

const URN_ADVICE: Array<[RegExp, string]> = [
  [
    /client-persona-mismatch/,
    "The app's registered persona does not match the authorization: a Provider app cannot authorize a patient (persona=provider in error_uri names the app's persona). For patient access register a Patient app in Code Console (and use its client ID), or launch as a provider.",
  ],
  [
    /missing-patient/,
    "Send the patient context: in an EHR launch pass aud = the iss the app was launched with and the launch value it received; in a standalone launch request launch/patient.",
  ],
  [
    /invalid-launch-code|launch:invalid-code/,
    "Send only a launch value the EHR handed to the app (EHR launch). A standalone launch sends no launch parameter: request launch/patient instead.",
  ],
  [/invalid[-_]authorization[-_]header|invalid_client_credentials/, CLIENT_AUTH_ADVICE],
  [
    /code-invalid-or-expired|code:invalid/,
    "Exchange the authorization code once, immediately, with the same redirect_uri; codes are single-use and short-lived.",
  ],
  [
    /redirect-uri/,
    "Make the redirect_uri byte-for-byte equal to one registered in Code Console (scheme, host, path, trailing slash).",
  ],
  [
    /mismatch(t)?ed-identity/,
    "Sign out of the EHR session on that device or launch as the same user; the launch belongs to another signed-in user.",
  ],
  [
    /launch-code-required/,
    "In an EHR launch, send the launch value the EHR passed to the app. A standalone launch requests no launch scope and sends no launch parameter (not even an empty one): request launch/patient instead, with aud = the FHIR base URL.",
  ],
  [/unknown-client|terminated-client/, "Check the client ID: the app is not (or no longer) registered."],
  [
    /launch/,
    "Check the launch parameters: aud must be the FHIR base, and the launch code must come from this EHR launch.",
  ],
  [/refresh-token/, "Start a new authorization: the refresh token can no longer be used."],
  [/unsupported-grant-type/, "Use a grant type the server supports (authorization_code, client_credentials)."],
];

/** The fallback advice, by the step that failed: never token-request advice for an authorize-step error. */
const STAGE_ADVICE: Record<ErrorFact["where"], string> = {
  "authorize-endpoint":
    "Correct the authorize request as the error describes (client_id, redirect_uri, aud, scope, launch, persona), then start the authorization again.",
  "token-endpoint":
    "Correct the token request as the error describes (client authentication, grant type, code or refresh token, scope), then retry.",
  fhir: "Correct the FHIR request or its token as the error describes, then retry.",
  unknown: "Correct the request as the error describes, then retry.",
};

export function knownErrorCode(f: Facts): Finding[] {
  const groups = new Map<string, ErrorFact[]>();
  for (const e of f.errors) {
    const urn = e.error.urn;
    let key: string | null = null;
    if (urn && lookupUrn(urn) && !HANDLED_URN.test(urn)) key = lookupUrn(urn)!.urn;
    else if (
      !urn &&
      e.error.error &&
      OAUTH_MEANING[e.error.error] &&
      !HANDLED_OAUTH.has(e.error.error) &&
      !f.errors.some((x) => x.error.urn && x.error.error === e.error.error && x.source.itemId === e.source.itemId)
    )
      key = e.error.error;
    if (key) groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  return [...groups.entries()].map(([key, facts]) => {
    const entry = lookupUrn(key);
    const meaning = entry ? entry.meaning.replace(/`/g, "") : OAUTH_MEANING[key];
    const oauth = facts.map((x) => x.error.error).find(Boolean);
    const instance = facts.map((x) => x.error.instance).find(Boolean);
    const advice = entry ? URN_ADVICE.find(([re]) => re.test(key))?.[1] : null;
    return finding({
      code: "KNOWN_ERROR_CODE",
      severity: "error",
      basis: "documented",
      title: entry ? `${oauth ? `${oauth}: ` : ""}${key.replace(/^urn:cerner:error:/, "…:")}` : `OAuth error ${key}`,
      explanation: `${entry ? `Oracle Health's catalogue of authorization errors: ${meaning.replace(/\.?$/, ".")}${entry.live ? "" : " (From the historical catalogue; not seen in recent responses.)"}` : meaning}`,
      evidence: facts.map((x) => ev(x.source, errorExcerpt(x.error))),
      nextSteps: [
        advice ?? (entry ? null : OAUTH_ADVICE[key]) ?? STAGE_ADVICE[facts[0].where],
        instance
          ? `If it persists, quote the error instance ${instance} (it equals the Cerner-Correlation-Id) and its time to Oracle Health support.`
          : "If it persists, quote the error, its Cerner-Correlation-Id and its time to Oracle Health support.",
      ],
    });
  });
}
