// HTTP headers by name: the credential part of Authorization (scheme kept), DPoP proofs, every cookie value, API-key
// style headers; URLs in Location/Referer; diagnostic headers (X-Request-Id, Cerner-Correlation-Id, opc-request-id,
// Date, WWW-Authenticate) stay as they are.
import { lookupTable } from "~/lib/lookup-table";
import { COMMAND_SUBSTITUTION, type ItemContext } from "./context";
import { redactCookieHeader, redactSetCookie } from "./detectors/cookies";
import { redactUrl } from "./detectors/url";
import { decodeBase64Text } from "~/evidence/base64";
import { isNobodysLogin } from "./detectors/nobodys-login";
import { isClientAddressHeader, redactClientAddress } from "./detectors/client-addresses";
import { isClientNonce, isDescribedCredential, namesARequestId } from "./detectors/secret-keys";

/** Headers whose whole value is a secret, with the placeholder type. */
const SECRET_HEADERS = lookupTable<string>({
  "x-api-key": "api_key",
  "api-key": "api_key",
  apikey: "api_key",
  "x-goog-api-key": "api_key",
  "ocp-apim-subscription-key": "api_key",
  "x-auth-token": "token",
  "x-access-token": "access_token",
  "x-amz-security-token": "token",
  "x-csrf-token": "token",
  "x-xsrf-token": "token",
  "x-session-token": "session",
  "x-refresh-token": "refresh_token",
  "x-client-secret": "client_secret",
  "x-password": "password",
});
/** Headers a proxy or gateway sets to the signed-in user's login or e-mail (Istio's end-user, oauth2-proxy's
 *  X-Auth-Request-*, Apache's Remote-User, Azure's and Google's principal headers). */
const USER_HEADERS = new Set([
  "end-user",
  "x-end-user",
  "x-user",
  "x-username",
  "x-user-name",
  "x-user-email",
  "x-email",
  "x-forwarded-user",
  "x-forwarded-email",
  "x-forwarded-preferred-username",
  "remote-user",
  "x-remote-user",
  "x-auth-request-user",
  "x-auth-request-email",
  "x-auth-request-preferred-username",
  "x-ms-client-principal-name",
  "x-goog-authenticated-user-email",
]);

/** Diagnostic headers whose names contain a secret-sounding word but whose values must stay. */
const KEEP_HEADERS = new Set([
  "www-authenticate",
  "proxy-authenticate",
  "authentication-info",
  "x-request-id",
  "cerner-correlation-id",
  "opc-request-id",
  // GitHub's scopes of the token used and those the endpoint accepts (`gh api -i`, `curl -i`): scopes, not a secret.
  "x-oauth-scopes",
  "x-accepted-oauth-scopes",
  "access-control-allow-headers",
  "access-control-expose-headers",
  "access-control-request-headers",
  "content-security-policy",
]);
const SECRET_NAME = /(api-?key|token|secret|passw|session|credential|signature|auth(?!or)|cookie)/i;
const URL_HEADERS = new Set(["location", "content-location", "referer", "origin", "link"]);
const SCHEME =
  /^([ \t]*)(bearer|basic|dpop|negotiate|ntlm|digest|token|aws4-hmac-sha256|hoba|mutual|vapid|scram-sha-256)([ \t]+)(.*)$/is;

const LEADING_SUBSTITUTION = new RegExp(`^(?:${COMMAND_SUBSTITUTION})`);

/** A value that reads like a credential, not like prose ("Bearer tokens are…"). */
export function looksLikeCredential(value: string): boolean {
  if (value.length < 8 || /\s/.test(value)) return false;
  return /[0-9._~+/=-]/.test(value) || (/[A-Z]/.test(value.slice(1)) && /[a-z]/.test(value));
}

/** The credential of an Authorization-style value: "Bearer <token>" → scheme kept, token replaced. */
export function redactAuthorizationValue(
  value: string,
  ctx: ItemContext,
  sweep: (v: string) => string,
  strict = true,
): string {
  const m = SCHEME.exec(value);
  if (m) {
    const [, lead, scheme, gap, whole] = m;
    const lower = scheme.toLowerCase();
    // Digest's auth-params: the username and the response go, the realm, the uri, qop and the algorithm stay. A token
    // written as an auth-param (`Bearer token="…"`, Rails' `Token token="…", email="…"`) is read the same way.
    // A token param cut before its closing quote (`Token token="9f8e…` at a line's end): the value up to the
    // line's end is the token (read as a param, only `token=` would go).
    const cut = lower !== "digest" && startsWithTokenParam(scheme + gap + whole) ? UNCLOSED_PARAM.exec(whole) : null;
    if (cut) {
      const [, name, token, rest] = cut;
      return lead + scheme + gap + name + ctx.token(token, "access_token") + (rest ? sweep(rest) : "");
    }
    const params =
      lower === "digest"
        ? authParamListLength(whole)
        : startsWithTokenParam(scheme + gap + whole)
          ? authParamsLength(whole)
          : 0;
    if (params) return lead + scheme + gap + redactAuthParams(whole.slice(0, params), ctx) + sweep(whole.slice(params));
    // In text (not a real header) only the first word after the scheme is the credential: "Bearer abc123 failed".
    // (Auth-params — `k=v, …` — all belong to the credential.)
    // A command substitution (`$(gcloud auth print-access-token)`) is one word, as the shell reads it.
    const firstWord = LEADING_SUBSTITUTION.exec(whole)?.[0] ?? /^\S*/.exec(whole)?.[0] ?? "";
    const credential = strict || /=./.test(firstWord) || firstWord.endsWith(",") ? whole : firstWord;
    const rest = whole.slice(credential.length);
    const trimmed = credential.trim();
    if (!trimmed) return value;
    let replaced: string;
    if (isDescribedCredential(trimmed)) replaced = trimmed;
    else if (lower === "bearer" || lower === "token") replaced = ctx.token(trimmed, "access_token");
    else if (lower === "dpop") replaced = ctx.token(trimmed, "access_token");
    else if (lower === "basic") replaced = basicCredential(trimmed, ctx);
    else replaced = ctx.secret(trimmed, "authorization");
    return lead + scheme + gap + credential.replace(trimmed, replaced) + (rest ? sweep(rest) : "");
  }
  const trimmed = value.trim();
  // No scheme: a bare token is a credential; prose (with spaces) is only swept.
  if (!trimmed) return value;
  if (!/\s/.test(trimmed) && (strict || looksLikeCredential(trimmed)))
    return value.replace(trimmed, ctx.token(trimmed, "authorization"));
  // A scheme we do not know (Api-Token, SSWS, GenieKey, Splunk, …) followed by its credential: the scheme stays.
  const other = OTHER_SCHEME.exec(value);
  if (other) {
    const [, lead, scheme, gap, credential] = other;
    const cred = credential.trim();
    // `MAC id="…",ts="…",mac="…"`, `Hawk id="…", mac="…"`: quoted auth-params are the credential even in a log line;
    // whatever follows them on the line is read as any other text.
    const params = isParamScheme(scheme) ? authParamListLength(credential) : 0;
    if (params)
      return lead + scheme + gap + redactAuthParams(credential.slice(0, params), ctx) + sweep(credential.slice(params));
    if (!/\s/.test(cred) && (strict || looksLikeCredential(cred)))
      return lead + scheme + gap + credential.replace(cred, ctx.token(cred, "authorization"));
    // A real Authorization header holds nothing but its credentials: auth-params (OAuth 1: k="v", …) lose their
    // values, anything else after the scheme goes whole.
    if (strict)
      return (
        lead +
        scheme +
        gap +
        (AUTH_PARAMS.test(cred)
          ? redactAuthParams(credential, ctx)
          : credential.replace(cred, ctx.secret(cred, "authorization")))
      );
  }
  return sweep(value);
}

/** A param whose quote is never closed on its line: its name and quote, the value (no blank at its end), the rest. */
const UNCLOSED_PARAM = /^([A-Za-z_]{1,32}[ \t]*=[ \t]*(?:\\"|["']))([^\s"'\\]+)(?=\s|$)([^]*)$/;
const OTHER_SCHEME = /^([ \t]*)([A-Za-z][A-Za-z0-9._-]{1,30})([ \t]+)(\S.*)$/s;
const AUTH_PARAMS = /^[A-Za-z0-9_.-]{1,64}[ \t]*=/;
/** Schemes whose credential is a list of auth-params (`k="v", …`): Hawk, MAC, HTTP Signature, OAuth 1, Digest, HOBA,
 *  Mutual, SCRAM. Any other word after `Authorization:` before `k="v"` pairs (a policy engine's `denied`, `rejected`)
 *  is no scheme: its pairs (request ids, client ids, scopes) are facts, read as any other text. */
const PARAM_SCHEME = /^(?:hawk|mac|signature|oauth|digest|hoba|mutual|scram-sha-(?:1|256))$/i;
export const isParamScheme = (scheme: string): boolean => PARAM_SCHEME.test(scheme);
/** A value that starts with such a scheme and a blank (`Hawk id="…"`). */
export const startsWithParamScheme = (value: string): boolean => {
  const scheme = /^[ \t]*([A-Za-z][A-Za-z0-9-]{2,12})[ \t]/.exec(value);
  return scheme !== null && isParamScheme(scheme[1]);
};
/** An auth-param's value: double-quoted (RFC 7235), single-quoted, with escaped quotes (inside a logged string), or
 *  bare (`MAC id=…, mac=…`). Each form starts with its own character, so at most one of them is tried at length. */
const PARAM_VALUE = String.raw`(?:"[^"\n]*"|'[^'\n]*'|\\"[^"\\\n]*\\"|[^,\s"'\\]*)`;
const PARAM = String.raw`[A-Za-z0-9_.-]{1,64}[ \t]*=[ \t]*${PARAM_VALUE}`;
/** Two or more auth-params (`id="…", ts="…"`), after a scheme that carries them; each repetition starts at a comma,
 *  so it is linear. */
const AUTH_PARAM_LIST = new RegExp(String.raw`^${PARAM}(?:[ \t]*,[ \t]*${PARAM})+`);
export const authParamListLength = (value: string): number => AUTH_PARAM_LIST.exec(value)?.[0].length ?? 0;
/** One or more auth-params (`token="…"`, `token=…, email=…`). */
const AUTH_PARAMS_FROM_ONE = new RegExp(String.raw`^${PARAM}(?:[ \t]*,[ \t]*${PARAM})*`);
const authParamsLength = (value: string): number => AUTH_PARAMS_FROM_ONE.exec(value)?.[0].length ?? 0;

/** A token scheme whose credential is written as auth-params instead of a token68: `Bearer token="…"`, `Bearer
 *  realm="…", token="…"`, and Rails' `Token token="…", email="…"` (what `authenticate_with_http_token` reads). A
 *  token68 holds `=` only as its end's padding, so a name, `=` and a value after the scheme are params. */
const TOKEN_PARAM_START =
  /^[ \t]*(?:bearer|token)[ \t]+(?:token|access_token|realm)[ \t]*=[ \t]*(?:["']|\\")?[^\s=,"'\\]/i;
export const startsWithTokenParam = (value: string): boolean => TOKEN_PARAM_START.test(value);
/** The length of a token scheme and its auth-params at the start of `value` (`Bearer access_token=…, realm="…"`), 0
 *  when no token param follows the scheme. */
export function tokenParamsLength(value: string): number {
  if (!TOKEN_PARAM_START.test(value.slice(0, 96))) return 0;
  const scheme = /^[ \t]*[A-Za-z]+[ \t]+/.exec(value)?.[0].length ?? 0;
  const rest = value.slice(scheme);
  const params = authParamsLength(rest);
  return params ? scheme + params : 0;
}
/** A value that starts with a scheme whose credential is a list of auth-params: `Hawk id="…"`, `Token token="…"`. */
export const startsWithAuthParams = (value: string): boolean =>
  startsWithParamScheme(value) || startsWithTokenParam(value);

/** Auth-params that name or describe the credential, not the credential: they stay for the diagnosis. A key's id
 *  (HTTP Signature's `keyId`, OAuth 1's consumer key: a client id) is what the vendor looks the key up by; a timestamp
 *  (Hawk's and MAC's `ts`, `oauth_timestamp`) is what a stale-request 401 is about. The MAC, the signature, the token,
 *  the nonces and Hawk's `id` (the credential's) go. A token's scope, the client it was issued to and an error
 *  (RFC 6750's `error`, `error_description`) are what a 401 is about. */
const DESCRIPTIVE_PARAM =
  /^(?:realm|algorithm|headers|keyid|version|qop|stale|ts|oauth_consumer_key|oauth_timestamp|oauth_signature_method|oauth_version|scope|client_id|error|error_description|error_uri)[ \t]*=/i;

/** `k="v", k2=v2` → every value redacted (but a descriptive one: realm, algorithm, signed headers, Digest's uri
 *  without a query), names kept. */
function redactAuthParams(params: string, ctx: ItemContext): string {
  return params.replace(
    /([A-Za-z0-9_.-]{1,64}[ \t]*=[ \t]*)(?:"([^"\n]*)"|'([^'\n]*)'|\\"([^"\\\n]*)\\"|([^,\s]*))/g,
    (whole, name: string, double?: string, single?: string, escaped?: string, bare?: string) => {
      const v = double ?? single ?? escaped ?? bare ?? "";
      if (!v || DESCRIPTIVE_PARAM.test(name) || (/^uri\b/i.test(name) && !/[?#]/.test(v))) return whole;
      const open = double !== undefined ? '"' : single !== undefined ? "'" : escaped !== undefined ? '\\"' : "";
      return name + open + authParamPlaceholder(name, v, ctx) + open;
    },
  );
}

/** A token param's value is an access token (a JWT keeps its annotation), an e-mail a person's; the rest are
 *  the credential's parts. */
function authParamPlaceholder(name: string, value: string, ctx: ItemContext): string {
  if (/^(?:access_)?token[ \t]*=/i.test(name)) return ctx.token(value, "access_token");
  if (/^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/.test(value)) return ctx.phi(value, "email");
  return ctx.secret(value, "authorization");
}

function basicCredential(credential: string, ctx: ItemContext): string {
  const placeholder = ctx.secret(credential, "basic_auth");
  const decoded = decodeBase64Text(credential);
  if (decoded && decoded.includes(":")) {
    const entry = ctx.state.entry(credential, "secret", "basic_auth");
    ctx.state.alias(decoded, entry);
    ctx.state.alias(decoded.slice(decoded.indexOf(":") + 1), entry);
  }
  return placeholder;
}

/**
 * A DPoP proof: a compact JWS (two or three base64url parts), or what is left of one cut short (`eyJhbGciOi…`). A word
 * under the name (`DPoP: required`, `"dpop": "ES256"`, a client's setting) is none and goes only through the sweep.
 */
const JWS_PARTS = /^[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}(?:\.[A-Za-z0-9_-]*)?$/;
const isDpopProof = (value: string): boolean => value.startsWith("eyJ") || JWS_PARTS.test(value);

type HeaderReader = (value: string, ctx: ItemContext, sweep: (v: string) => string) => string;

/** Headers that are credentials by their name alone, each with the way its value is redacted. The one list both
 *  redactHeaderValue and isCredentialHeader read, so the two cannot disagree about which names are credentials. */
const CREDENTIAL_HEADERS = lookupTable<HeaderReader>({
  authorization: (value, ctx, sweep) => redactAuthorizationValue(value, ctx, sweep),
  "proxy-authorization": (value, ctx, sweep) => redactAuthorizationValue(value, ctx, sweep),
  dpop: (value, ctx, sweep) =>
    isDpopProof(value.trim()) ? value.replace(value.trim(), ctx.token(value.trim(), "dpop_proof")) : sweep(value),
  cookie: (value, ctx) => redactCookieHeader(value, ctx),
  "set-cookie": (value, ctx) => redactSetCookie(value, ctx),
  "set-cookie2": (value, ctx) => redactSetCookie(value, ctx),
});
const COOKIE_HEADERS = new Set(["cookie", "set-cookie", "set-cookie2"]);

/** Authorization, a cookie, DPoP: a header that is a credential by its name alone, with a reader of its own. */
export const isCredentialHeaderName = (lowerName: string): boolean => !!CREDENTIAL_HEADERS[lowerName];
/** A header whose value is a cookie list (`Cookie`) or one set cookie with attributes (`Set-Cookie`, `Set-Cookie2`). */
export const isCookieHeader = (lowerName: string): boolean => COOKIE_HEADERS.has(lowerName);

/** One header's value, redacted by its name. */
export function redactHeaderValue(name: string, value: string, ctx: ItemContext, sweep: (v: string) => string): string {
  const lower = name.trim().toLowerCase();
  if (KEEP_HEADERS.has(lower)) return sweep(value);
  const credential = CREDENTIAL_HEADERS[lower];
  if (credential) return credential(value, ctx, sweep);
  if (USER_HEADERS.has(lower)) return redactUserHeader(value, ctx);
  // X-Forwarded-For, X-Real-IP, Forwarded: the client's address is a person's, the proxies' stay.
  if (isClientAddressHeader(lower)) {
    const out = redactClientAddress(lower, value, ctx);
    return out === value ? sweep(value) : out;
  }
  const secretType = SECRET_HEADERS[lower];
  if (secretType) return value.trim() ? value.replace(value.trim(), ctx.token(value.trim(), secretType)) : value;
  if (URL_HEADERS.has(lower) && lower !== "link") {
    const url = value.trim();
    if (!url) return value;
    const redacted = redactUrl(url, ctx, sweep);
    return redacted === url ? sweep(value) : value.replace(url, redacted);
  }
  if (isCredentialByWord(lower) && value.trim() && !isClientNonce(lower, value))
    return value.replace(
      value.trim(),
      ctx.token(value.trim(), /token/.test(lower) ? "token" : /session/.test(lower) ? "session" : "secret"),
    );
  return sweep(value);
}

/** A name with a secret-sounding word (`X-Vendor-Token`, `Session-Timeout`) that is not a diagnostic header. */
const isCredentialByWord = (lowerName: string): boolean =>
  !KEEP_HEADERS.has(lowerName) && !namesARequestId(lowerName) && SECRET_NAME.test(lowerName);

/** A header known by name as a credential: Authorization, cookies, DPoP, or a named API-key/token header. */
const isNamedCredentialHeader = (lowerName: string): boolean =>
  !!CREDENTIAL_HEADERS[lowerName] || !!SECRET_HEADERS[lowerName];

/** A header whose value is a credential (what redactHeaderValue replaces by the header's name alone). */
export const isCredentialHeader = (lowerName: string): boolean =>
  isNamedCredentialHeader(lowerName) || isCredentialByWord(lowerName);

/**
 * A header taken for a credential's only by a word in its name (`Session-Timeout`, `Auth-Method`), not as a known
 * credential header: its value is a credential only when it reads as one.
 */
export const isCredentialByWordOnly = (lowerName: string): boolean =>
  !isNamedCredentialHeader(lowerName) && isCredentialByWord(lowerName);

export const isUserHeader = (lowerName: string): boolean => USER_HEADERS.has(lowerName);
/** A header read by its name wherever it is an object's key: a user's login or a client's address. */
export const isPersonsHeader = (lowerName: string): boolean =>
  USER_HEADERS.has(lowerName) || isClientAddressHeader(lowerName);

/** The signed-in user's login or e-mail (one word): personal data, unless it names a role or no one. */
function redactUserHeader(value: string, ctx: ItemContext): string {
  const user = value.trim();
  if (!user || /\s/.test(user) || (!user.includes("@") && isNobodysLogin(user))) return value;
  return value.replace(user, ctx.phi(user, user.includes("@") ? "email" : "user_name"));
}

/** Header names the text sweep treats as headers wherever they appear ("Authorization: …" in a log line). */
export const TEXT_HEADER_NAMES = [...Object.keys(CREDENTIAL_HEADERS), ...Object.keys(SECRET_HEADERS), ...USER_HEADERS];
