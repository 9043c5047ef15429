// A client assertion (private_key_jwt, SMART Backend Services) refused for what its JWT says, as token endpoints and
// authorization servers word it: its times ("Token expiration is too far in the future and iat claim not present",
// "\"iat\" claim timestamp check failed", "JWT expired", "not yet valid") and its key ("Public key not found: <kid>",
// "The client_assertion JWT kid is invalid", "kid not been registered"). The words must come with the client's
// authentication in sight — on the line or the two lines around it (a log's exception under its "validating client
// assertion" line) — and not with an id_token, whose times and keys the app checks itself. Lines are read up to
// 20,000 characters and every pattern is bounded, so the reader is linear in its input.
import { toldMatch } from "./belief";
import { readableLine } from "./line-limit";
import { namesFhirCall } from "./fhir-calls";
import { firstRefusals, type NamedRefusal } from "./named-refusals";

/**
 * The assertion's times refused: iat absent or wrong, exp too far or past, nbf not reached, a clock skew named, Azure
 * AD's "not within its valid time range" (AADSTS700024), Keycloak's "Token is not active".
 */
const TIME_REFUSED =
  /\biat\b["'`]?\s*(?:claim\s+)?(?:is\s+|was\s+)?(?:not\s+present|missing|required|absent|in\s+the\s+future|too\s+(?:old|far|early)|(?:timestamp\s+)?check\s+failed|invalid)\b|\b(?:missing|no)\s+["'`]?iat\b|\bexp(?:iration|iry)?\b["'`]?\s*(?:claim\s+)?(?:time\s+)?(?:is\s+|was\s+)?too\s+far\s+in\s+the\s+future\b|\b(?:jwt|assertion)\s+(?:has\s+|is\s+|was\s+)?expired\b|\b(?:jwt|assertion|token)\s+(?:is\s+)?not\s+yet\s+valid\b|\bclock\s+skew\b|\bnot\s+within\s+its\s+valid\s+time\s+range\b|\b(?:jwt|assertion|token)\s+is\s+not\s+active\b/i;

/**
 * The assertion's key refused: no key for its kid, the kid invalid or unknown, the public key not found or loaded
 * ("Unable to find a public key matching kid …"), Azure AD's "The key was not found" (AADSTS700027).
 */
const KEY_REFUSED =
  /\bpublic[\s+]{1,3}key[\s+]{1,3}not[\s+]{1,3}found\b|\b(?:unable|failed)\s+to\s+(?:find|load|resolve)\s+(?:the\s+|a\s+|any\s+)?(?:matching\s+)?public\s+key\b|\bthe\s+key\s+was\s+not\s+found\b|\bkid\b["'`]?\s*(?:is\s+|was\s+)?(?:invalid|unknown|not\s+(?:been\s+)?(?:registered|found|recogni[sz]ed))\b|\b(?:invalid|unknown|unregistered)\s+kid\b|\bno\s+(?:matching\s+)?(?:public\s+)?key\s+(?:found\s+)?for\s+(?:the\s+)?kid\b/i;

/** The client's own authentication: its assertion, the grant or method that uses one, or the error that refuses it. */
const CLIENT_AUTH =
  /\bclient[_\s-]?assertion|\bprivate[_\s-]key[_\s-]jwt\b|\bjwt[_\s-]bearer\b|\binvalid_client(?:_credentials)?\b|\bclient_credentials\b|\bbackend\s+services?\b|\bsigned\s+jwt\b/i;
/** The app's check of a token the server signed: its times and keys are the app's to verify, not the server's. */
const APP_CHECK = /\bid[_\s-]?tokens?\b/i;

/**
 * Whether the client's authentication is named within a line of `index`, and no id_token is. A line that shows a FHIR
 * call must name it itself: "GET /Observation returns 401: jwt expired" is the access token's expiry, even under a
 * line about the client_credentials grant.
 */
function aboutClientAuth(lines: readonly string[], index: number): boolean {
  const here = readableLine(lines[index]);
  if (!CLIENT_AUTH.test(here) && namesFhirCall(here)) return false;
  const near = [index - 1, index, index + 1]
    .filter((i) => i >= 0 && i < lines.length)
    .map((i) => readableLine(lines[i]));
  return near.some((l) => CLIENT_AUTH.test(l)) && !near.some((l) => APP_CHECK.test(l));
}

export const readAssertionRefusals = (lines: readonly string[]): NamedRefusal[] =>
  firstRefusals(lines, [
    [
      "assertion-time",
      (line, index) =>
        /iat|exp|jwt|assertion|not yet valid|skew|time range|not active/i.test(line) &&
        toldMatch(TIME_REFUSED, line) !== null &&
        aboutClientAuth(lines, index),
    ],
    [
      "assertion-key",
      (line, index) => /kid|key/i.test(line) && toldMatch(KEY_REFUSED, line) !== null && aboutClientAuth(lines, index),
    ],
  ]);
