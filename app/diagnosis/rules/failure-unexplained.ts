// FAILURE_UNEXPLAINED: the evidence reports a failure (an error status, an error body, a failure told in words) and no
// other rule could explain it. Rather than "no problem found", it says what was read and what was missing, exactly
// what to paste, and the most likely explanation for the stage that failed — as our inference.
import type { Finding } from "../types";
import type { ErrorStage, Facts, Ref } from "../facts-model";
import { coveredFailures, failureShown, needsOfRequest, scopeFailures } from "../analysis";
import { ev, errorExcerpt, finding, list, requestExcerpt } from "../finding";
import { scopeFor } from "../scopes";
import { SANDBOX_TENANT } from "~/ticket/choices";

/** A refusal naming the scope context it looked for: "not granted by any of the provided 'system/' scopes". */
const SCOPE_CONTEXT_NAMED = /\b(patient|user|system)\/['"`’]?\s{1,3}scopes?\b/i;

interface Stage {
  stage: ErrorStage;
  likely: string;
  paste: string;
}

/** A status or an error the evidence shows (pasted, or a status told in words): it outranks a stage told in words. */
function statusShown(f: Facts): boolean {
  return failureShown(f) || f.statements.some((s) => s.status !== null);
}

/** A FHIR call refused as unauthenticated or forbidden, pasted or told in words. */
function fhirRefusalShown(f: Facts): boolean {
  const refused = (status: number | null) => status === 401 || status === 403;
  return (
    f.requests.some((r) => refused(r.status)) ||
    f.errors.some((e) => e.where === "fhir" && refused(e.error.status)) ||
    f.statements.some((s) => s.target !== "token" && refused(s.status))
  );
}

/**
 * What the requested scopes say about a missing refresh token, when they are known: neither access scope asked for
 * (none can be issued), or offline_access asked for (dropped when the app's access type is Online).
 */
function refreshRequested(f: Facts): string {
  if (!f.requested.length) return "";
  const asked = new Set(f.requested.flatMap((l) => l.scopes.map((s) => s.normalised)));
  if (asked.has("offline_access"))
    return "offline_access was requested: Oracle Health drops it when the app's access type in Code Console is Online, so no refresh token comes back — check the access type, or request online_access for a session-long refresh token. ";
  if (asked.has("online_access")) return "";
  return "The requested scopes hold neither online_access nor offline_access, so no refresh token can be issued: add online_access (a refresh token for the user's session) or offline_access (patient apps registered with access type Offline). ";
}

function stageOf(f: Facts): Stage {
  const where = (s: ErrorStage) => f.errors.some((e) => e.where === s);
  const sandbox = f.tenant === SANDBOX_TENANT || f.environment === "sandbox";
  // CORS, a failed refresh and a launch without iss are read from words; a status or error shown says more.
  const told = !statusShown(f);
  if (told && f.cors) {
    return {
      stage: "unknown",
      likely:
        "The browser blocked the response (CORS): the page never saw it, so this is not an authorization or scope problem. A request sent with credentials (cookies) is refused when the server answers Access-Control-Allow-Origin: * — send token and refresh requests without credentials (a SMART client library's refresh setting), and call from a page only endpoints that allow its origin.",
      paste:
        "Paste the browser console's CORS message and the blocked request's entry from the network panel (its headers, without the token or secret).",
    };
  }
  if (told && f.refresh.failed) {
    return {
      stage: "token-endpoint",
      likely:
        refreshRequested(f) +
        "The refresh step failed. A refresh token is issued only when online_access or offline_access is requested and registered for the app (Oracle Health access tokens live 570 seconds). Oracle Health's refresh response need not carry a new refresh token: keep and reuse the refresh token you have while the session (online_access) or the grant (offline_access) lasts; after that, start a new authorization.",
      paste:
        "Paste the token response that should carry the refresh token (its scope field, without token values) and the refresh request and its response (without secrets).",
    };
  }
  // A FHIR refusal shown (401, 403) is the server's answer to the token: decoding it in the app does not explain it.
  if (f.tokenDecoded && !fhirRefusalShown(f)) {
    return {
      stage: "unknown",
      likely:
        "The app decodes its access token as a JWT to read a claim (exp, scope, …), and the token is not one. In OAuth and SMART the access token is opaque to the client: many servers issue random strings, and any server may change the format. Read the lifetime from the token response's expires_in and the granted scopes, patient and encounter from its other fields; never parse the access token (only the id_token is a JWT meant for the app). Not an authorization or scope problem: the server's token is fine.",
      paste:
        "Paste the token response's field names (without token values) and the code or library version that reads the token.",
    };
  }
  if (told && f.unknownKid) {
    return {
      stage: "token-endpoint",
      likely:
        "The token's signature names a key (kid) that the key set the app holds does not list: signing keys rotate, and a new key can be in use before a cached copy of the key set shows it. On an unknown kid, fetch the key set again from the jwks_uri of the tenant's discovery document (.well-known/openid-configuration) and validate once more, instead of keeping a key set fetched once or a JWK URL on another host; not a scope or registration problem.",
      paste:
        "Paste the token's header (alg and kid, never the token itself), the jwks_uri the app fetches and the kids it lists, with the times of both.",
    };
  }
  if (told && f.launch.missingIss) {
    return {
      stage: "authorize-endpoint",
      likely:
        "The app's launch page was opened without iss and launch. An EHR launch starts from the EHR (in the sandbox, Code Console's launch of the app), which calls the launch URL with iss (the FHIR base URL) and launch; a standalone app sets the FHIR base itself and requests launch/patient instead of launch.",
      paste:
        "Paste the launch URL as the app received it (with its iss and launch parameters) and the authorize URL the app then opened.",
    };
  }
  if (told && f.launch.missingState) {
    return {
      stage: "authorize-endpoint",
      likely:
        "The app's page was loaded without the authorization response it waits for (code and state in its URL), or the state saved at launch was lost: a SMART client library keeps it in the browser's sessionStorage, per origin and per tab. Start the app from its launch URL — from the EHR, Code Console or a SMART launcher — not by opening its page directly, and register a redirect URI on the same origin (scheme, host and port) as the launch URL.",
      paste:
        "Paste the URL the page was opened with (with its code and state parameters, the code itself removed) and the launch URL the app was started from.",
    };
  }
  if (where("authorize-endpoint")) {
    return {
      stage: "authorize-endpoint",
      likely:
        "The authorize step refused the request before any token existed: most often redirect_uri, aud, the launch value or the app's persona do not match the app's registration.",
      paste:
        "Paste the full redirect URL your app received (with error and error_uri) and the authorize URL you sent (without secrets).",
    };
  }
  const toldToken = !f.requests.length && f.statements.some((s) => s.target === "token");
  if (where("token-endpoint") || f.tokenRequests.some((t) => (t.status ?? 0) >= 400) || toldToken) {
    return {
      stage: "token-endpoint",
      likely:
        "The token endpoint refused the request: most often the client authentication (secret or client assertion) or scopes the app is not registered for" +
        (f.appType === "system"
          ? " — a System app asks with client_credentials for system/ scopes registered for it in Code Console."
          : "."),
      paste:
        "Paste the token request (URL, headers without the secret, body) and the token response: its whole body, including error_uri.",
    };
  }
  const statuses = [
    ...f.requests.map((r) => r.status),
    ...f.statements.map((s) => s.status),
    ...f.errors.map((e) => e.error.status),
  ];
  const unauthorized =
    statuses.includes(401) ||
    f.errors.some((e) => e.error.error === "invalid_token") ||
    f.statements.some((s) => (s.elapsedSeconds ?? 0) >= 570);
  if (unauthorized) {
    return {
      stage: "fhir",
      likely:
        "The FHIR server refused the token itself: most often it had expired (Oracle Health access tokens live 570 seconds; refresh it with a refresh token, requested with online_access or offline_access) or it was issued for another tenant or server.",
      paste:
        "Paste the failing response's WWW-Authenticate header (with its error_description) and the token response with the time it was received.",
    };
  }
  const content = statuses.find((s) => s === 400 || s === 409 || s === 412 || s === 422);
  const authorizationStep =
    f.tokenRequests.length ||
    f.requested.some((r) => r.origin === "authorize-request" || r.origin === "token-request") ||
    f.statements.some((s) => s.target === "token");
  if (content && !authorizationStep && !statuses.includes(403)) {
    return {
      stage: "fhir",
      likely: `The server rejected the request's content (${content}): a body or parameter that breaks one of the API's rules (a required element, a length, a code system) — not an authorization problem: a token problem is answered 401 and a missing scope 403.`,
      paste:
        "Paste the request body and the whole response (its OperationOutcome issue details), and compare the body with Oracle's documentation for that interaction (required elements, lengths, code systems).",
    };
  }
  const server = statuses.find((s) => (s ?? 0) >= 500);
  if (server) {
    return {
      stage: "fhir",
      likely: `The server failed (${server}) rather than refused: not a registration or scope problem. It is most likely on Oracle Health's side or transient.`,
      paste:
        "Paste the failing request and response with their Cerner-Correlation-Id / X-Request-Id and the time (with its zone), and say whether a retry succeeds.",
    };
  }
  const refused =
    statuses.includes(403) ||
    f.errors.some((e) => e.error.error === "insufficient_scope" || !!e.error.urn?.endsWith(":insufficient-scopes"));
  if (!refused) {
    const status = statuses.find((s) => (s ?? 0) >= 400);
    if (!status && f.statements.some((s) => s.target === "fhir"))
      return {
        stage: "fhir",
        likely:
          "A FHIR call failed and the text does not say how. Most often the token lacks the resource's scope (403): the scope must be registered for the app in Code Console and requested; else the token expired or was issued for another server (401).",
        paste:
          "Paste the token response (its scope field) and the failing request with its status and body (the browser's network panel shows them).",
      };
    return {
      stage: "unknown",
      likely: `The server refused the request${status ? ` (${status})` : ""}, and the text does not show which request or why.`,
      paste:
        "Paste the failing request (method, URL, headers without secrets) and its whole response: status, headers and body.",
    };
  }
  const failing = scopeFailures(f);
  const needs = failing.flatMap((r) =>
    needsOfRequest(r).map((n) =>
      scopeFor(n, n.context ?? f.context ?? (f.appType === "system" ? "system" : "user"), f.version ?? "v1"),
    ),
  );
  const context = f.errors.map((e) => SCOPE_CONTEXT_NAMED.exec(e.error.description ?? "")?.[1]).find(Boolean);
  return {
    stage: "fhir",
    likely:
      (context
        ? `The refusal names ${context.toLowerCase()}/ scopes: the token must carry a ${context.toLowerCase()}/ scope covering the resource (${context.toLowerCase()}/<Resource>.read, or ${context.toLowerCase()}/*.read for every type, as a bulk export needs) — request it, and register it for the app. `
        : "") +
      `The token does not carry the scope the request needs${needs.length ? ` (${list([...new Set(needs)].slice(0, 3))})` : ""}: most often the scope is not registered for the app in Code Console or was added less than 15 minutes before the token was issued` +
      (sandbox ? "." : ", or, on a client domain, the health system's provisioning of the app does not include it.") +
      " When the token does hold it, the server's access control refuses the caller itself: on Oracle Health the user's Millennium privileges (position, organization); on servers with role-based access, a role or permission the user or client lacks.",
    paste:
      "Paste the token response (its scope field) and the failing request line (method and URL); where the server uses roles, the token's decoded claims without the token itself.",
  };
}

export function failureUnexplained(f: Facts, others: readonly Finding[]): Finding[] {
  const failedRequests = f.requests.filter((r) => (r.status ?? 0) >= 400 || r.errors.length > 0);
  // Every statement is a failure told in words: a status, a time, or words alone ("unable to authenticate").
  const statements = f.statements.filter((s) => s.status === null || s.status >= 400);
  const failed =
    failedRequests.length ||
    f.errors.length ||
    statements.length ||
    f.tokenDecoded ||
    f.tokenRequests.some((t) => (t.status ?? 0) >= 400);
  // A 403 whose token holds the scope has its own explanation (Millennium security filtering, in the summary).
  if (!failed || others.some((x) => x.severity === "error") || coveredFailures(f).length) return [];
  const { likely, paste } = stageOf(f);
  const read: string[] = [];
  if (failedRequests.length) read.push(`the failing request (${requestExcerpt(failedRequests[0])})`);
  if (f.errors.length) read.push(`the error (${errorExcerpt(f.errors[0].error)})`);
  if (statements.length && !failedRequests.length) read.push("a failure described in the text");
  const missing: string[] = [];
  if (!f.granted.length) missing.push("the scopes granted");
  if (!f.requested.length) missing.push("the scopes requested");
  if (!f.requests.length && !f.tokenRequests.length) missing.push("the request that failed");
  const refs: Array<{ ref: Ref; excerpt: string }> = [
    ...failedRequests.slice(0, 2).map((r) => ({ ref: r.source, excerpt: requestExcerpt(r) })),
    ...f.errors.slice(0, 2).map((e) => ({ ref: e.source, excerpt: errorExcerpt(e.error) })),
    ...statements
      .slice(0, 2)
      .map((s) => ({ ref: s.source, excerpt: s.status ? `failure stated: ${s.status}` : "failure stated" })),
  ];
  return [
    finding({
      code: "FAILURE_UNEXPLAINED",
      severity: "warning",
      basis: "inference",
      title: "A failure is reported but the evidence read so far does not explain it",
      explanation: `Read: ${read.length ? list(read) : "a failure"}${missing.length ? `; not found: ${list(missing)}` : ""}. Most likely (our inference): ${likely}`,
      evidence: refs.map((r) => ev(r.ref, r.excerpt)),
      nextSteps: [
        paste,
        "Keep the Cerner-Correlation-Id (or X-Request-Id) and the time of the failing response: support traces the request with them.",
      ],
    }),
  ];
}
