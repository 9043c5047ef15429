// NAMED_REFUSAL: the refusal's own message names its cause — the aud (audience) refused, the redirect_uri refused, the
// app's key set that the authorization server could not fetch, a grant the server will not renew without a new
// sign-in, the Accept or Content-Type header refused (406/415), the client assertion's times or key refused, a patient
// context missing, parameters missing, a request the app's registered client type does not allow, consent to the app's
// permissions not granted, the client's own authentication refused at the token endpoint — or the authorize
// URL's aud is a bare server root while the step failed. Each says what the message means on any SMART server and what
// to change; all are the app's request or registration, not the hospital's provisioning — except a role the caller
// lacks, which is the caller's provisioning.
import type { Finding } from "../types";
import type { Facts } from "../facts-model";
import type { RefusalKind } from "../prose/named-refusals";
import { ev, finding, list } from "../finding";
import { REFUSAL_TEXTS, type KindText } from "./refusal-texts";

const AUD_RULE =
  "SMART requires aud = the FHIR base URL of the server the app will call — the URL it reads .well-known/smart-configuration from, with its whole path (…/r4/{tenant} on Oracle Health, …/fhir/R4 elsewhere): in an EHR launch, the iss the app was launched with; in a standalone launch, the base the app queries. The authorization server compares it with the resource servers it serves and refuses any other value — the server's root, a path without its FHIR version, another environment's host.";
const AUD_STEPS = [
  "Send aud = the FHIR base URL exactly (URL-encoded in the authorize URL): copy it from the launch's iss or from the FHIR base you call, not from the authorization server's address.",
  "Paste the authorize URL you sent (aud, client_id, redirect_uri, scope) and the error it returned.",
];

type Text = KindText;

function textOf(kind: RefusalKind, tls: boolean, slash: boolean, quoted: boolean, params: string[]): Text {
  switch (kind) {
    case "accept-type":
    case "content-type":
    case "assertion-time":
    case "assertion-key":
    case "launch-context":
    case "role":
    case "client-type":
    case "consent":
    case "client-auth":
      return REFUSAL_TEXTS[kind];
    case "parameters-missing":
      return {
        title: `The server did not get parameters it requires: ${list(params)}`,
        explanation: `The refusal names what the request came without (${list(params)}). A SMART authorize request carries response_type=code, client_id, redirect_uri, scope, state and aud, and — required by SMART v2 and by many servers — code_challenge with code_challenge_method=S256; a token request carries grant_type, code, redirect_uri, the code_verifier and the client's authentication (a secret or a client_assertion). A parameter sent under another name (redirectUri instead of redirect_uri), left empty, or a library option never set counts as missing. Not a scope or provisioning problem: the request is incomplete.`,
        nextSteps: [
          `Send ${list(params)} with ${params.length > 1 ? "their" : "its"} standard name${params.length > 1 ? "s" : ""} and a value (in the authorize URL's query, or the token request's form body); build the request with a SMART client library where you can.`,
          "Paste the request as sent (the authorize URL, or the token request's body without secrets) and the whole error.",
        ],
        basis: "documented",
        excerpt: `missing: ${params.join(", ")}`,
      };
    case "audience":
      return {
        title: "The authorization server refused the aud (audience) the request sent",
        explanation: `The error names the audience. ${AUD_RULE}`,
        nextSteps: AUD_STEPS,
        basis: "documented",
        excerpt: "audience refused",
      };
    case "audience-root":
      return {
        title: "The authorize request's aud is a server's root, not a FHIR base URL",
        explanation: `The authorize URL sends aud = the root of a host in the authorization server's own domain, with no path, and the step failed: that is the server's address, not the FHIR base. ${AUD_RULE}`,
        nextSteps: AUD_STEPS,
        basis: "inference",
        excerpt: "aud without a path",
      };
    case "redirect-uri":
      return {
        title: quoted
          ? "The authorization server refused the redirect_uri"
          : "The redirect_uri sent is likely not the registered one: a trailing slash was added or removed",
        explanation:
          (quoted
            ? "The error names the redirect URI: "
            : "No refusal is quoted, but the text says the redirect URI was changed on the way; we infer it no longer matches its registration: ") +
          "the redirect_uri sent must equal, character for character, one registered for the app — scheme, host, port, path and trailing slash; the server compares strings, not meanings. A client library can change it on the way (a relative path resolved against the page, a trailing slash added), and a tool's callback (Postman's) is a redirect URI like any other." +
          (slash
            ? " The text says a trailing slash was added or removed on the way: https://app.example.org and https://app.example.org/ are two different redirect URIs — register the one the request really sends, or make the app (or its library's option) send the registered one unchanged."
            : ""),
        nextSteps: [
          "Register the exact redirect_uri the request sends (for Oracle Health in Code Console; elsewhere in the authorization server's client settings), or send one already registered; when several are registered, send it explicitly.",
          "Paste the authorize URL as sent (its redirect_uri decoded) and the list of redirect URIs registered for the app.",
        ],
        basis: quoted ? "documented" : "inference",
        excerpt: quoted ? "redirect_uri refused" : "redirect_uri changed",
      };
    case "jwks-fetch":
      return {
        title: "The authorization server could not fetch the app's key set (JWKS URL)",
        explanation:
          "With private_key_jwt the server itself downloads the JWKS from the URL registered for the app, to check the client assertion's signature: the URL must be public HTTPS, answer quickly with the JWK Set as JSON, and present a certificate the server trusts." +
          (tls
            ? " The message gives a TLS failure: the JWKS host's certificate chain is incomplete or untrusted — it must serve the whole certificate chain (its intermediate certificates, not only its own), issued by a public authority; a self-signed or expired certificate is refused."
            : "") +
          " Where a server's registration accepts the JWK Set itself instead of its URL, that key is not fetched, which is why it can work when the URL fails. Not a scope or provisioning problem.",
        nextSteps: [
          "Fetch the JWKS URL from outside your network (curl -v, an SSL checker): it must answer 200 with the JSON key set and a certificate that verifies without extra options.",
          "Fix the host's certificate or availability (or, where the server's registration accepts it, register the public key set itself instead of its URL), then request a token again.",
        ],
        basis: "documented",
        excerpt: "key set not fetched",
      };
    case "reauthenticate":
      return {
        title: "The server will not renew this grant: the user must authorize again",
        explanation:
          "The error says a new sign-in is needed: the refresh token or session behind the request can no longer be exchanged — it expired, was revoked, belongs to another authorization, or (on some servers) the access token it came with had already expired. No change to the refresh request makes it work again.",
        nextSteps: [
          "Start a new authorization (the user signs in and authorizes again) and keep the refresh token it returns. SMART uses a refresh token once the access token has expired — with online_access while the user's session lasts, with offline_access independently of it; if this server refuses a refresh after expiry (one public report shows a server that did), refreshing shortly before expiry may avoid it — our inference, not a documented rule.",
          "Paste the refresh request (grant_type, without the token's value) and its whole response, with the time the access token was issued.",
        ],
        basis: "observed",
        excerpt: "new authorization required",
      };
  }
}

/** A failure shown anywhere: an error, a failed request, or one told in words (the root-aud reading needs one). */
const failed = (f: Facts): boolean =>
  f.errors.length > 0 ||
  f.statements.length > 0 ||
  f.requests.some((r) => (r.status ?? 0) >= 400) ||
  f.tokenRequests.some((t) => (t.status ?? 0) >= 400);

/** HTTP's statuses that name a format refusal by themselves: 406 the Accept header, 415 the body's media type. */
const FORMAT_STATUSES = new Map<number, RefusalKind>([
  [406, "accept-type"],
  [415, "content-type"],
]);

/** Format refusals shown only by their status (a logged request, a status told in words), not already read in words. */
function formatStatuses(f: Facts): Facts["refusals"] {
  const out: Facts["refusals"] = [];
  const shown = [
    ...f.requests,
    ...f.statements,
    ...f.errors.map((e) => ({ status: e.error.status, source: e.source })),
  ];
  for (const { status, source } of shown) {
    const kind = FORMAT_STATUSES.get(status ?? 0);
    if (kind && ![...f.refusals, ...out].some((r) => r.kind === kind))
      out.push({ kind, source, tls: false, slash: false, quoted: true, params: [] });
  }
  return out;
}

export function namedRefusal(f: Facts): Finding[] {
  const kinds = [...f.refusals, ...formatStatuses(f)].filter((r) => r.kind !== "audience-root" || failed(f));
  // The refused audience said in words outranks the same cause inferred from the URL.
  const said = kinds.some((r) => r.kind === "audience");
  return kinds
    .filter((r) => !(said && r.kind === "audience-root"))
    .map(({ kind, source, tls, slash, quoted, params }: Facts["refusals"][number]) => {
      const t = textOf(kind, tls, slash, quoted, params);
      return finding({
        code: "NAMED_REFUSAL",
        severity: kind === "audience-root" ? "warning" : "error",
        basis: t.basis,
        title: t.title,
        explanation: t.explanation,
        evidence: [ev(source, t.excerpt)],
        nextSteps: t.nextSteps,
      });
    });
}
