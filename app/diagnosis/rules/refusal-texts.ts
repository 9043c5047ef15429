// What NAMED_REFUSAL says for the refusals whose words fix their meaning alone (no detail read from the message
// changes the advice): the request's format (406, 415), the client assertion's times and key, a missing patient
// context, a role the caller lacks.
import type { Finding } from "../types";
import type { RefusalKind } from "../prose/named-refusals";
import { BASIC_CREDENTIALS } from "./client-credentials";

export interface KindText {
  title: string;
  explanation: string;
  nextSteps: string[];
  basis: Finding["basis"];
  excerpt: string;
}

const MEDIA_TYPES =
  "FHIR's JSON media type depends on the server's FHIR version: application/fhir+json from STU3 on (Oracle Health's R4 endpoints, …/r4/…), application/json+fhir in DSTU2 (…/dstu2/…), which refuses the newer name; a client library built for another FHIR version sends the other one.";
const NOT_AUTHORIZATION =
  "Not an authorization problem: the server read the request's headers, not its token or scopes, and no scope or registration change helps.";

/** The kinds whose advice takes a detail read from the message (named-refusal.ts writes those); the rest are fixed. */
type DetailedKind =
  "audience" | "audience-root" | "redirect-uri" | "jwks-fetch" | "reauthenticate" | "parameters-missing";

export const REFUSAL_TEXTS: Readonly<Record<Exclude<RefusalKind, DetailedKind>, KindText>> = {
  "accept-type": {
    title: "The server refused the response format the request asked for (Accept header, 406 Not Acceptable)",
    explanation: `The Accept header must name a format the server returns. ${MEDIA_TYPES} ${NOT_AUTHORIZATION}`,
    nextSteps: [
      "Send Accept: application/fhir+json to an R4 base URL and Accept: application/json+fhir to a DSTU2 one — or use the version of the client library made for the server's FHIR version.",
      "Paste the request's headers (Accept, Content-Type; the Authorization value removed) and the FHIR base URL it was sent to.",
    ],
    basis: "documented",
    excerpt: "Accept refused",
  },
  "content-type": {
    title: "The server could not read the request body's media type (Content-Type, 415 Unsupported Media Type)",
    explanation: `A POST, PUT or PATCH body needs a Content-Type header naming a format the server reads: ${MEDIA_TYPES} A JSON Patch body is application/json-patch+json. The _format parameter and Accept choose only the response's format, not the body's. ${NOT_AUTHORIZATION}`,
    nextSteps: [
      "Send the body with Content-Type: application/fhir+json (R4) or application/json+fhir (DSTU2) — application/json-patch+json for a JSON Patch — and check that the client really sets it (some tools send form encoding by default).",
      "Paste the request line and its headers (the Authorization value removed) and the whole response.",
    ],
    basis: "documented",
    excerpt: "Content-Type refused",
  },
  "assertion-time": {
    title: "The token endpoint refused the client assertion's times (iat / exp)",
    explanation:
      "With private_key_jwt (SMART Backend Services and confidential asymmetric clients) the client_assertion JWT must be fresh: exp no more than five minutes after now, a new jti each time, and an iat many servers require — some accept an exp more than a minute ahead only when iat is present. A clock ahead of or behind the server's makes a fresh assertion look expired or issued in the future. Not a scope or provisioning problem: the assertion is built wrong or the clock is off.",
    nextSteps: [
      "Build each assertion just before the token request with iat = now, exp = now + 300 seconds or less, a new jti, iss = sub = client_id and aud = the token endpoint URL; keep the machine's clock synchronised (NTP).",
      "Paste the assertion's decoded header and claims (never the signed JWT itself) with the time the request was sent, and the token endpoint's whole response.",
    ],
    basis: "documented",
    excerpt: "assertion times refused",
  },
  "assertion-key": {
    title: "The authorization server found no registered public key for the client assertion's kid",
    explanation:
      "With private_key_jwt the server checks the client_assertion's signature with a public key registered for the client, chosen by the kid in the JWT header: the header must carry a kid, and that kid must be listed in the client's key set (the JWKS registered, or the one its JWKS URL serves). A key rotated or added in the registration but not yet published there — or not yet taken up by the server — is refused like an unknown one. Not a scope or provisioning problem.",
    nextSteps: [
      "Compare the kid in the assertion's header with the kids the registered JWKS (or JWKS URL) lists now; sign with a listed key, put its kid in the header, and publish a new key before signing with it.",
      "If the kid is listed, ask the server's support to confirm the key set they hold for the client (with the kid, the client_id and the time of the refusal).",
    ],
    basis: "documented",
    excerpt: "assertion key not found",
  },
  "launch-context": {
    title: "The server needs a patient in context and the token has none",
    explanation:
      "patient/ scopes act on the patient in the token's context, given by the token response's patient (and the token's own claims). Without it the server cannot apply them. In a standalone launch the app requests launch/patient so the user picks a patient at sign-in; in an EHR launch it requests launch and sends the launch value it received, and the EHR supplies the patient. Not a registration problem: the request did not ask for the context.",
    nextSteps: [
      "Add launch/patient to the requested scopes (standalone launch), or launch with the launch parameter (EHR launch), and check that the token response carries patient.",
      "Paste the authorize URL's scope and the token response without its token values.",
    ],
    basis: "documented",
    excerpt: "no patient context",
  },
  role: {
    title: "The server refused the caller for a role it lacks",
    explanation:
      "Besides the token's scopes, the server checks the user's or client's role (app roles, role-based access control). The role is granted to the principal in the server's registration or directory — an administrator's step, often with admin consent — and written into the token when it is issued, so a token from before the grant still lacks it. A provisioning problem of the caller, not of the request: on Oracle Health, the user's Millennium privileges or the client's provisioning on the tenant play this part.",
    nextSteps: [
      "Have an administrator grant the role to the user or client the token is issued to (and admin consent where the server requires it), then request a new token and check its roles claim.",
      "Paste the token's decoded claims without the token itself (roles, scp or scope, oid or sub) and the refused request with its whole response.",
    ],
    basis: "documented",
    excerpt: "role missing",
  },
  "client-type": {
    title: "The server refused the request for the app's registered client type",
    explanation:
      "The refusal names a client type: the authorization server allows this request only for another type of client than the one the app is registered as (public or confidential, web or single-page, native, system). Microsoft Entra ID, for one, redeems an authorization code sent from a browser origin (a cross-origin request with an Origin header) only for a redirect URI registered under the Single-Page Application platform, and a confidential web app must redeem it from its server. The registration and the way the app calls disagree; not a scope or provisioning problem.",
    nextSteps: [
      "Make the two agree: register the app (or its redirect URI) as the client type the message names — in Entra ID, the redirect URI under the Single-Page Application platform — or make the call the registered type expects (a web app redeems the code server-side, without an Origin header, with its secret).",
      "Paste the app's registration (its client type or platform and redirect URIs) and the refused request with its whole error.",
    ],
    basis: "documented",
    excerpt: "client type refused",
  },
  consent: {
    title: "The identity provider issues no token: consent to the app's permissions was not granted",
    explanation:
      "Before it issues a token, the identity provider (Microsoft Entra ID / Azure AD, Okta, …) needs the user's consent — or, for permissions that require it, an administrator's consent for the whole organisation — to the permissions the app's registration asks for. The message says that consent is missing (or that the registration lacks a permission the sign-in requires): the request can be right as sent; the registration's permissions, and their consent, are what to change. Not a scope-string or token problem.",
    nextSteps: [
      "Grant consent: an administrator grants admin consent for the app's configured permissions (in Entra ID: App registrations → the app → API permissions → Grant admin consent), or the user signs in interactively once and consents; first add any permission the message names as required.",
      "Paste the whole error (its code, e.g. AADSTS65001) and the permissions listed on the app's registration.",
    ],
    basis: "documented",
    excerpt: "consent not granted",
  },
  "client-auth": {
    title: "The token endpoint did not accept how the client authenticated",
    explanation: `The refusal is about the client's own authentication, not the grant or its scopes: ${BASIC_CREDENTIALS} With private_key_jwt the client posts client_assertion and client_assertion_type instead of any header.`,
    nextSteps: [
      "Send the token request with Authorization: Basic base64(client_id:client_secret) built from the registered values unchanged (or, for a public client, client_id in the form body and no Authorization header).",
      "Paste the token request as sent (its headers' names and schemes, its form fields without secret values) and the whole response.",
    ],
    basis: "documented",
    excerpt: "client authentication refused",
  },
};
