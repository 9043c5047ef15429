// URLs: credentials in the authority (user:pass@), secret query/fragment parameters (access_token, code, …),
// PHI search parameters (name, birthdate, …), and — in a client domain — patient ids in paths and parameters.
// The URL is rewritten in place: everything not redacted stays byte for byte.
import { isPersonNameKey } from "../person-name-keys";
import { isPhoneValue } from "./phi-phones";
import { hasRandomShape } from "./random-strings";
import { lookupTable } from "~/lib/lookup-table";
import type { ItemContext } from "../context";
import { replacePathQueries, replaceUrls } from "./urls-in-text";
import { parseFormPairs } from "~/evidence/form";
import { SECRET_PARAMS, looksLikeDummyValue, looksLikeSecretValue, secretKey, secretPlaceholder } from "./secret-keys";
import { hidesSecret } from "./encoded";
import { proseDetails, sweepEncodedValue } from "./encoded-values";
import { decodeBase64Text } from "~/evidence/base64";
import { isPersonsLogin, isPersonsLoginUnder, isServiceLogin } from "./nobodys-login";
import { decodeURIComponentSafe } from "~/lib/url";

export { SECRET_PARAMS };

/** The types of JWT-carrying parameters: a JWT value becomes an annotation. */
const TOKEN_PARAMS = new Set([
  "access_token",
  "refresh_token",
  "id_token",
  "token",
  "assertion",
  "client_assertion",
  "subject_token",
  "actor_token",
]);

/** FHIR search parameters (R4 Patient, Person, Practitioner, RelatedPerson) that carry PHI, with the type. */
const PHI_PARAMS = lookupTable<string>({
  name: "name",
  family: "name",
  given: "name",
  phonetic: "name",
  birthdate: "birth_date",
  "death-date": "date",
  identifier: "identifier",
  phone: "phone",
  email: "email",
  telecom: "phone",
  address: "address",
  "address-city": "address",
  "address-postalcode": "address",
  "address-line": "address",
  "address-district": "address",
  _content: "note",
  _text: "note",
  ssn: "ssn",
  mrn: "identifier",
  dob: "birth_date",
});

const PATIENT_PARAMS = new Set(["patient", "subject", "_id"]);

/** `name:exact`, `patient.name`, `subject:Patient.family` → the parameter that decides. */
function baseParam(name: string): string {
  const lower = name.toLowerCase();
  const last = lower.split(".").pop() ?? lower;
  return last.split(":")[0];
}

/** The PHI type of a FHIR search parameter that names a person (family, birthdate, address-city, …) or of a person's
 *  name key, else null. */
export function phiParamType(name: string): string | null {
  const base = baseParam(name);
  if (base.startsWith("address") && base !== "address-state" && base !== "address-country" && base !== "address-use")
    return "address";
  // A person's name under a form's own key, in any language (`first_name`, `apellidos`, `voornaam`), or inside a
  // framework's brackets (JSON:API's `filter[first_name]`, Rails' `user[last_name]`, Ransack's `q[first_name_cont]`).
  return PHI_PARAMS[base] ?? (isPersonNameKey(base) || isPersonNameKey(bracketedKey(name)) ? "name" : null);
}

/** A Ransack search's predicate after the attribute (`first_name_cont`, `last_name_eq`). */
const RANSACK_PREDICATE = /_(?:eq|not_eq|cont|i_cont|start|end|matches|in|present)$/;
/** The last key inside a parameter's brackets, raw or percent-encoded (`filter[first_name]`, `q%5Blast_name_eq%5D`),
 *  without a Ransack predicate; "" when there are none. */
function bracketedKey(name: string): string {
  const m = /(?:\[|%5B)([A-Za-z][\w.-]{0,63})(?:\]|%5D)$/i.exec(name.slice(-80));
  return m ? m[1].replace(RANSACK_PREDICATE, "") : "";
}

export interface ParamOptions {
  /** An OAuth `code` is a secret here (a form with grant_type, an OAuth redirect), not a FHIR token search. */
  codeIsSecret: boolean;
  /** The path's resource type (Patient, Observation, …) for `_id` on Patient searches. */
  resourceType?: string;
}

const PASSWORD_WORD = /^(?:pass|password|passwd|pwd|pw|passphrase)$/i;
/** A form field that holds a password: `password`, `pwd`, `pw`, or a framework's bracketed field (`user[password]`). */
export function isPasswordName(name: string): boolean {
  const field = name.endsWith("]") ? name.slice(name.lastIndexOf("[") + 1, -1) : name;
  return PASSWORD_WORD.test(field);
}
/** Names that read as a login only beside a password (alone, `user=` filters or names a role; `log` is WordPress's). */
const LOGIN_BESIDE_PASSWORD = /^(?:user|usr|uname|u|log)$/i;

/** A program's variable or a template standing for a code (`code=$code&…` in PHP, `{code}`, `#{code}`, `%CODE%`):
 *  no code of its own, and it is written elsewhere in the code around it. Judged on the value as written: a template
 *  is never percent-encoded, so `%7Bb3f1…` (a code that decodes to `{…`) is a code. */
const CODE_VARIABLE = /^(?:\$\{?[A-Za-z_]|\{|%[A-Za-z_]|#\{)/;
export const standsForCode = (raw: string): boolean => CODE_VARIABLE.test(raw);

/** Rewrites `a=b&c=d` (a query, a fragment or a form body) pair by pair. `sweep` handles values with no rule. */
export function redactParams(
  query: string,
  ctx: ItemContext,
  options: ParamOptions,
  sweep: (value: string) => string,
): string {
  let out = "";
  let pos = 0;
  const pairs = parseFormPairs(query);
  // `user=jroe&pass=…`: beside a password, a bare `user` is the login it goes with.
  const besidePassword = pairs.some((p) => p.hasValue && isPasswordName(p.name));
  for (const pair of pairs) {
    if (!pair.hasValue) continue;
    const rawValue = query.slice(pair.valueStart, pair.valueEnd);
    const replaced =
      besidePassword && LOGIN_BESIDE_PASSWORD.test(pair.name) && isPersonsLogin(pair.value)
        ? ctx.phi(pair.value, "user_name")
        : paramValue(pair.name, pair.value, rawValue, ctx, options, sweep);
    if (replaced === rawValue) continue;
    out += query.slice(pos, pair.valueStart) + replaced;
    pos = pair.valueEnd;
  }
  return out + query.slice(pos);
}

function paramValue(
  name: string,
  decoded: string,
  raw: string,
  ctx: ItemContext,
  options: ParamOptions,
  sweep: (v: string) => string,
): string {
  const lower = name.toLowerCase();
  if (!raw.trim()) return raw;
  if (lower === "code" || lower === "authorization_code") {
    if (standsForCode(raw)) return raw;
    return options.codeIsSecret || lower !== "code" ? ctx.secret(decoded, "authorization_code") : sweep(raw);
  }
  const secretType = SECRET_PARAMS[lower];
  if (secretType) return TOKEN_PARAMS.has(lower) ? ctx.token(decoded, secretType) : ctx.secret(decoded, secretType);
  const phiType = phiParamType(name);
  if (phiType) return ctx.phi(decoded, phiType);
  // A login in a form body or a query (`username=jroe&password=…`, an env file's `USERNAME=jroe`).
  if (isPersonsLoginUnder(name, decoded)) return ctx.phi(decoded, "user_name");
  // An SMS or voice API's form body (`To=%2B18016640964`).
  if (isPhoneValue(name, decoded)) return ctx.phi(decoded, "phone");
  if (ctx.clientDomain && (PATIENT_PARAMS.has(lower) || /^(patient|subject)[.:]/.test(lower))) {
    // A client domain pseudonymises every resource id (a search by _id names one resource): Patient ids as patient ids,
    // the rest (or a search whose resource type is unknown, such as a HAR queryString pair) as resource ids.
    if (lower === "_id")
      return options.resourceType === "Patient"
        ? pseudonymisePatientRef(decoded, ctx)
        : ctx.phi(decoded, "resource_id");
    return pseudonymisePatientRef(decoded, ctx);
  }
  // Any other parameter whose name names a secret (JIRA_API_TOKEN=…, apiToken=…): by the name when it is a strong
  // one (passwords), else only when the value reads like a secret.
  if (isPasswordName(name) && !/^(?:true|false|null|\d{1,3})$/i.test(decoded)) return ctx.secret(decoded, "password");
  const named = secretKey(name);
  if (
    named &&
    !/^(?:true|false|null|\d{1,3})$/i.test(decoded) &&
    (named.strong || (looksLikeSecretValue(decoded) && !looksLikeDummyValue(decoded)))
  ) {
    return secretPlaceholder(decoded, named.type, ctx);
  }
  // A value that hides a secret under an encoding (a redirect target with its token, a base64 JSON state).
  if (hidesSecret(raw)) return ctx.secret(decoded, "encoded_secret");
  // Free text with its blanks encoded (`Body=Hi+John+Smith`) is swept as it reads.
  return sweepEncodedValue(raw, sweep, (v) => proseDetails(v, ctx));
}

/** `123`, `Patient/123` or a full URL ending in Patient/123 → the id pseudonymised, the rest kept. */
export function pseudonymisePatientRef(value: string, ctx: ItemContext): string {
  const m = /^(.*?Patient\/)([^/?#\s]+)(.*)$/.exec(value);
  if (m) return m[1] + ctx.phi(m[2], "patient_id") + m[3];
  if (/[\s/]/.test(value)) return value;
  return ctx.phi(value, "patient_id");
}

const URL_PARTS = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#\s]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;

/** The words of a path segment after which a link carries a one-time credential: an unsubscribe, reset, verify,
 *  confirm, activation, invitation or magic link, in any spelling of the segment (`reset-password`, `verify-email`,
 *  `magic_link`, `unsubscribe-auth`; `/password/reset/`, `/password/reset/confirm/` read by their last segment). */
const CREDENTIAL_LINK_WORDS = new Set(
  "unsubscribe reset verify verification confirm confirmation activate activation magic invite invitation passwordless".split(
    " ",
  ),
);
/** Django's `/reset/<uidb64>/<token>/`: the short base64 of the user's key between the word and the token (base64 of
 *  digits starts with a capital), so an API's `/reset/user/<id>` is not read as one. */
const DJANGO_UIDB64 = /^[A-Z][A-Za-z0-9_-]{0,7}$/;
const TOKEN_SEGMENT = /^[A-Za-z0-9._~-]{16,512}$/;
const UUID_SEGMENT = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const namesCredentialLink = (segment: string | undefined): boolean =>
  segment !== undefined &&
  segment
    .toLowerCase()
    .split(/[-_]/)
    .some((word) => CREDENTIAL_LINK_WORDS.has(word));

/** A token's shape: generated (digits, or both cases), never a resource's UUID nor a readable slug. */
const isLinkToken = (segment: string): boolean =>
  TOKEN_SEGMENT.test(segment) &&
  !UUID_SEGMENT.test(segment) &&
  (/\d/.test(segment) || (/[A-Z]/.test(segment) && /[a-z]/.test(segment)));

/** An address written percent-encoded as a whole segment (`/unsubscribe/<id>/jane.roe%40clinic.org`): the `@` a
 *  path cannot hold as written, so no address rule sees it. */
const ENCODED_ADDRESS_SEGMENT =
  /^[A-Za-z0-9._+-]{1,64}%40[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}$/;

/** The path with what a link carries for one person replaced, in one pass over its segments: each one-time credential
 *  that follows a segment naming it, and each recipient's address written percent-encoded. */
function redactPathSegments(path: string, ctx: ItemContext): string {
  const segments = path.split("/");
  for (let i = 1; i < segments.length; i++) {
    if (ENCODED_ADDRESS_SEGMENT.test(segments[i])) {
      segments[i] = ctx.phi(segments[i], "email");
      continue;
    }
    const named =
      namesCredentialLink(segments[i - 1]) ||
      (DJANGO_UIDB64.test(segments[i - 1]) && namesCredentialLink(segments[i - 2]));
    if (named && isLinkToken(segments[i])) segments[i] = ctx.secret(segments[i], "token");
  }
  return segments.join("/");
}

/**
 * A path segment longer than any FHIR id (64 characters at most) in the base64 or base64url alphabet, padded or
 * URL-encoded padded: a ticket or token carried in the path (a websocket URL handed out by an API). It counts when it
 * has a generated secret's shape (random-strings.ts), so readable slugs and hex ids stay.
 */
const LONG_RANDOM_SEGMENT = /(?<=\/)[A-Za-z0-9_+-]{65,}(?:={0,2}|(?:%3[Dd]){1,2})(?=[/?#]|$)/g;
function isRandomSegment(seg: string): boolean {
  const body = seg.replace(/(?:=|%3[Dd])+$/, "");
  const parts = body.split("-");
  // A name in front of a ticket (`Token-Ticket-…`): the long random part decides.
  if (parts.some((part) => part.length >= 32 && hasRandomShape(part) && !decodesToJson(part))) return true;
  // A slug of words with an id (`Meeting-notes-public-1bc826ec…`) is a page's name.
  if (parts.filter((part) => /^[A-Za-z]{4,}$/.test(part)).length >= 2) return false;
  return hasRandomShape(body) && !decodesToJson(body);
}
/** Base64 of JSON (a SMART launcher's launch parameters) is data, not a ticket; base64 of other text may be one. */
const decodesToJson = (seg: string) =>
  seg.startsWith("eyJ") || (decodeBase64Text(seg) ?? "").trimStart().startsWith("{");

/** A password a program already masked when it printed the URL (Celery's and kombu's `amqp://guest:**@…`, `xxxx`). */
const MASKED_PASSWORD = /^(?:\*{2,}|[xX]{3,}|•{2,})$/;

/**
 * A URL's `login:password` (a broker's `amqp://`, a database's `postgres://`): replaced whole, and a person's login in
 * it is recorded too, so it goes where else the ticket names it (the vhost of `amqp://jroe:…@host/jroe`). A service's
 * account (`kafka`, `celery`, `connect`: isServiceLogin) or one named after the URL's own host (`amqp://mq1:…@mq1`)
 * is no person's: recording it would replace the host, the topics and the paths that share its name. When the program
 * masked the password itself, only a person's login goes: a built-in account (`guest`) and the mask stay.
 */
function redactUserinfo(userinfo: string, host: string, ctx: ItemContext): string {
  const colon = userinfo.indexOf(":");
  if (colon < 0) return ctx.phi(userinfo, "user_name");
  const login = decodeURIComponentSafe(userinfo.slice(0, colon));
  const persons = login.length > 0 && isPersonsLogin(login) && !isServiceLogin(login) && !namesHost(login, host);
  if (MASKED_PASSWORD.test(userinfo.slice(colon + 1)))
    return (
      (persons ? ctx.phi(userinfo.slice(0, colon), "user_name") : userinfo.slice(0, colon)) + userinfo.slice(colon)
    );
  // Known to the ticket without a finding of its own: it gets one where it is replaced (known-logins.ts).
  if (persons) ctx.state.entry(login, "phi", "user_name");
  return ctx.secret(userinfo, "url_credentials");
}
/** Whether the login is the host or one of its labels' words (`mq1` of `mq1.internal`, `rabbit` of `rabbit-0:5672`). */
const namesHost = (login: string, host: string): boolean => {
  const lower = login.toLowerCase();
  return (
    host
      .toLowerCase()
      .split(/[.:\-_[\]]/)
      .some((part) => part === lower) || host.toLowerCase().split(":")[0] === lower
  );
};

/** One URL (absolute, or a path with a query): rewritten in place. */
export function redactUrl(url: string, ctx: ItemContext, sweep: (v: string) => string): string {
  const m = URL_PARTS.exec(url);
  let scheme = "";
  let authority = "";
  let path: string;
  let query: string | undefined;
  let fragment: string | undefined;
  if (m) {
    [, scheme, authority, path, query, fragment] = [m[0], m[1], m[2], m[3], m[4], m[5]];
  } else {
    const q = url.indexOf("?");
    const h = url.indexOf("#");
    const pathEnd = q >= 0 ? q : h >= 0 ? h : url.length;
    path = url.slice(0, pathEnd);
    query = q >= 0 ? url.slice(q, h > q ? h : url.length) : undefined;
    fragment = h >= 0 ? url.slice(h) : undefined;
  }
  const at = authority.lastIndexOf("@");
  if (at >= 0) authority = redactUserinfo(authority.slice(0, at), authority.slice(at + 1), ctx) + authority.slice(at);
  // A credential carried in the path after a segment that names it (the unsubscribe link of a GitHub notification
  // quoted in an e-mail reply, a password-reset or magic link).
  path = redactPathSegments(path, ctx);
  path = path.replace(LONG_RANDOM_SEGMENT, (seg: string) => (isRandomSegment(seg) ? ctx.secret(seg, "token") : seg));
  if (ctx.clientDomain)
    path = path.replace(
      /(\/Patient\/)([^/?#\s]+)/g,
      (_m, pre: string, id: string) => pre + pseudonymisePatientRef(id, ctx),
    );
  // Without a query or a fragment there are no parameters to judge: most URLs in a log.
  if (!query && !fragment) return scheme + authority + path + (query ?? "") + (fragment ?? "");
  const segments = path.split("/").filter(Boolean);
  const resourceType = [...segments].reverse().find((s) => /^[A-Z][A-Za-z]+$/.test(s));
  const oauthish =
    /[?&#](state|session_state|redirect_uri|scope)=/.test(url) ||
    /\/(callback|redirect|oauth|auth|login|signin|cb)\b/i.test(path);
  const options: ParamOptions = { codeIsSecret: oauthish || !resourceType, resourceType };
  if (query) query = "?" + redactParams(query.slice(1), ctx, options, sweep);
  if (fragment) fragment = "#" + redactParams(fragment.slice(1), ctx, { ...options, codeIsSecret: true }, sweep);
  return scheme + authority + path + (query ?? "") + (fragment ?? "");
}

/** URLs in free text. Trailing punctuation of the sentence is not part of the URL. */

export function redactUrlsInText(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("://")) return text;
  return replaceUrls(text, (url) => redactUrlBeforePunctuation(url, ctx, sweep));
}

/** A URL found in a sentence: its trailing punctuation is the sentence's, not the URL's. */
function redactUrlBeforePunctuation(url: string, ctx: ItemContext, sweep: (v: string) => string): string {
  const trail = /[.,;:!?)\]}]+$/.exec(url)?.[0] ?? "";
  const core = trail ? url.slice(0, -trail.length) : url;
  return redactUrl(core, ctx, sweep) + trail;
}

/** Paths with a query and no scheme in free text (an access log's request line): judged like a URL's query. */
export function redactPathQueriesInText(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  return replacePathQueries(text, (path) => redactUrlBeforePunctuation(path, ctx, sweep));
}
