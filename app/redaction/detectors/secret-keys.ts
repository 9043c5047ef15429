// Which keys name a secret (client_secret, DB_PASSWORD, apiKey, SNYK_TOKEN, user_auth, …) and which values look like
// one. Shared by the JSON walk, URL/form parameters and the free-text `key = value` sweep.
//
// A key names a secret when one of its words does: "access_token", "accessToken", "SNYK_TOKEN", "usertoken" — but not
// "io.jsonwebtoken" (the word is "jsonwebtoken"), "author", or "credentialsId" (an id that *refers to* a credential,
// such as a Jenkins credentials id, is no secret).
import { lookupTable } from "~/lib/lookup-table";
import { ownCopy } from "~/lib/own-copy";
import { isUuid } from "~/ticket/identifiers";
import type { ItemContext } from "../context";

/** Parameter names whose value is a secret, with the placeholder type. */
export const SECRET_PARAMS = lookupTable<string>({
  access_token: "access_token",
  refresh_token: "refresh_token",
  id_token: "id_token",
  token: "token",
  assertion: "client_assertion",
  client_assertion: "client_assertion",
  client_secret: "client_secret",
  code_verifier: "code_verifier",
  password: "password",
  passwd: "password",
  pwd: "password",
  samlresponse: "saml_response",
  samlrequest: "saml_response",
  api_key: "api_key",
  apikey: "api_key",
  "api-key": "api_key",
  key: "api_key",
  sig: "signature",
  signature: "signature",
  "x-amz-signature": "signature",
  "x-amz-security-token": "token",
  "x-amz-credential": "api_key",
  session: "session",
  sessionid: "session",
  session_id: "session",
  subject_token: "access_token",
  actor_token: "access_token",
  device_code: "authorization_code",
  user_code: "authorization_code",
  otp: "password",
});

/** The types of SECRET_PARAMS whose values are tokens: a token's placeholder (a JWT among them keeps its claims in the
 *  annotation), every other type a secret's. */
export const TOKEN_TYPES = new Set(["access_token", "refresh_token", "id_token", "client_assertion", "token"]);

/** The placeholder of a value found under a key that names a secret of `type`. */
export const secretPlaceholder = (value: string, type: string, ctx: ItemContext): string =>
  TOKEN_TYPES.has(type) ? ctx.token(value, type) : ctx.secret(value, type);

const SAFE_KEY_SUFFIX =
  /((?:expiration|expiry|expires|expire|issued|created|updated|refreshed)_?(?:date|time|datetime|timestamp|at|on)|type|types|endpoint|endpoints|url|uri|uris|expires|expiresin|expires_in|expiry|expiration|ttl|length|len|name|names|method|methods|supported|hint|path|file|count|format|lifetime|usage|alg|enc|location|header|prefix|field|policy|id_token_signed_response_alg|mode|provider|required|enabled|disabled|version|kind|label|source|env|var|variable|scheme|algorithm|iterations)$/;
/** An exception's or an error's class name as code spells one: PascalCase, perhaps after its namespace, ending in the
 *  word for a failure (`SecurityTokenExpiredException`, `PasswordExpiredError`). No `_` or `-`: a snake, kebab or
 *  upper-case key (`token_error`, `x-auth-token-error`, `SECRET_KEY_ERROR`) is a slot, whatever its last word. */
const FAILURE_CLASS = /^(?:[A-Za-z_$][\w$]{0,63}\.){0,8}[A-Z][A-Za-z0-9]{0,63}(?:Exception|Error|Errors|Fault)$/;
/** Whether a key is an exception's or an error's class: before `: ` it names a kind of failure, not a slot, and what
 *  follows it is the failure's message (its caller knows the separator; a JSON member or an `=` is still a slot). */
export const namesAFailureClass = (key: string): boolean => key.length <= 200 && FAILURE_CLASS.test(key);
const EXACT_SECRET_KEYS = lookupTable<string>({
  ...SECRET_PARAMS,
  "x-api-key": "api_key",
  auth_token: "token",
  authtoken: "token",
  session_token: "session",
  csrf_token: "token",
  // The session cookies web frameworks name (PHP, Java servlets, ASP.NET, Express, Laravel, CodeIgniter, Django's
  // CSRF cookie), as a key of their own: phpinfo's `$_COOKIE['PHPSESSID']`, a cookie table, a `;jsessionid=` URL.
  phpsessid: "session",
  jsessionid: "session",
  "asp.net_sessionid": "session",
  "connect.sid": "session",
  laravel_session: "session",
  ci_session: "session",
  csrftoken: "token",
  // Spring Security's and Express's anti-forgery field (a UUID in Spring's forms).
  _csrf: "token",
  // Other tools' login forms: Jenkins' anti-forgery crumb, phpMyAdmin's session field,
  // Tornado's anti-forgery field.
  "jenkins-crumb": "token",
  crumb: "token",
  set_session: "session",
  _xsrf: "token",
  // The anti-forgery fields frameworks put in every login form (Django, Rails, Laravel).
  csrfmiddlewaretoken: "token",
  authenticity_token: "token",
  _token: "token",
  private_key: "private_key",
  privatekey: "private_key",
  secret: "secret",
  secret_key: "secret",
  secret_id: "secret",
  client_key: "secret",
  // AWS signing credentials (Postman's and Bruno's awsv4 auth, SDK configs, API Gateway's `requestContext.identity`,
  // S3-compatible stores' `accessKey`/`secretKey`): the key id is half of the credential.
  accesskey: "api_key",
  access_key: "api_key",
  accesskeyid: "api_key",
  access_key_id: "api_key",
  aws_access_key_id: "api_key",
  passphrase: "password",
  pass: "password",
  // A PIN sent to a service (Italy's FSE INI takes the operator's PIN encrypted, `<pinCode>`); in India a "pincode"
  // is a postal code, so its value must read as a secret (weak, below).
  pincode: "password",
  pin_code: "password",
  // A password hash's salt (CouchDB's user document, Django's and ASP.NET's stores), printed beside the hash.
  salt: "secret",
  auth: "secret",
  // SonarQube's configuration names its token "login".
  "sonar.login": "token",
  sonar_login: "token",
});
/** Exact keys that are also everyday words ("that token: GET …", "the secret: rotate it"): their value must look
 *  like a secret before free text loses it. */
const WEAK_EXACT = new Set([
  "pincode",
  "pin_code",
  "token",
  "secret",
  "sig",
  "signature",
  "session",
  "otp",
  "salt",
  "auth",
  "pass",
  "sonar.login",
  "sonar_login",
]);
const ANCHOR =
  /secret|passw(?:or)?d|passphrase|pwd|token|api[_-]?key|apikey|credential|private[_-]?key|access[_-]?key|auth[_-]?key|session[_-]?id|auth|pass|key/gi;
/** ANCHOR anywhere (a test, not a search for every match). */
const ANY_ANCHOR = new RegExp(ANCHOR.source, "i");
/** Words before "key" that make an ordinary key, not a secret one (primaryKey, cache_key, publicKey, sortKey). */
const PLAIN_KEY_WORDS = new Set(
  "schema primary foreign sort partition cache routing idempotency lookup map hash dedup dedupe group index unique composite natural surrogate public search event message object row column table record entity resource field property attribute config setting settings i18n translation locale label name react hot short cut music enum query storage local item list dict js json yaml xml css html sql db redis s3 bucket file path url host region zone type kind value data meta metadata parent child node tree sort_by order page cursor next prev previous first last start end min max default foo bar test example sample id ssh_host gpg pgp".split(
    " ",
  ),
);
/** Words that commonly come glued in front of a secret word in one lower- or upper-case key ("usertoken"). */
const GLUED_PREFIX =
  /(?:access|refresh|id|auth|api|bearer|session|user|csrf|xsrf|client|app|private|secret|master|db|admin|root|service|personal|oauth|consumer|signing|encryption|webhook|account|bot|deploy|my|new|old|current|default|jwt|sas|ssh|smtp|mail|ftp|vault|github|gh|gitlab|slack|npm|pypi|nuget|docker|registry|hf|svc|pat|cloud|aws|azure|gcp|sso|push|sentry|datadog|stripe|twilio|sendgrid|heroku|vercel|netlify|firebase|jira|sonar|circle|travis|telegram|discord)$/;
/** A name that ends in the word "signature" after another word, perhaps with its hash's size: `x-slack-signature`. */
const WEBHOOK_SIGNATURE = /^[a-z0-9][a-z0-9_-]*[-_]signature(?:[-_]?(?:256|sha256))?$/;
/** An id or a list of ids of a credential is a reference, not the credential: credentialsId, CREDENTIALS_ID, keyIds. */
const REFERENCE_SUFFIX = /(?:token|secret|key|credentials?|password|passwd|auth|access)[_.-]?ids?$/i;

/** A request's, trace's or span's id whose name merely contains a secret word inside another word (Auth0's
 *  `x-auth0-requestid`): named for the id it carries, it is diagnostic, not a credential. A name with a secret word of
 *  its own (`x-token-trace-id`, `password_request_id`, `SECRET_TRANSACTION_ID`) is no request id: its value goes. */
const REQUEST_ID_NAME = /(?:^|[-_.])(?:request|correlation|trace|transaction|span)[-_]?id$/;
/** A word of a name that is, or ends in, a secret word (`token`, `accesstoken`, `api`+`key`); `auth0` is a vendor. */
const SECRET_NAME_WORD =
  /(?:secrets?|passw(?:or)?ds?|passphrase|pwd|pass|tokens?|key|keys|credentials?|auth|authorization|session|cookie)$/;
export const namesARequestId = (lowerName: string): boolean =>
  REQUEST_ID_NAME.test(lowerName) && !lowerName.split(/[-_.]/).some((word) => SECRET_NAME_WORD.test(word));
/** Postman's `Postman-Token` header: a random UUID the client sends with every request so that no cache answers it —
 *  named a token, it authorizes nothing, and it tells which of the console's requests a server log line is about. Only
 *  that shape under that header's name: any other value there, or a `POSTMAN_TOKEN` variable (a Postman API key), is
 *  a credential. */
export const isClientNonce = (lowerName: string, value: string): boolean =>
  lowerName === "postman-token" && isUuid(value.trim());

const isLower = (c: string | undefined) => c !== undefined && c >= "a" && c <= "z";
const isUpper = (c: string | undefined) => c !== undefined && c >= "A" && c <= "Z";
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isAlnum = (c: string | undefined) => isLower(c) || isUpper(c) || isDigit(c);

/** Does the anchor at [start, end) stand as a word of the key (not inside another word such as "jsonwebtoken")? */
function isKeyWord(key: string, start: number, end: number, word: string): boolean {
  // Passwords and secrets are named loosely (DBPASSWORD, mysqlpassword, appsecret): accepted anywhere.
  if (/^(?:secret|passw|passphrase|private|api|access|session)/.test(word)) return true;
  const prev = key[start - 1];
  const leftBoundary =
    start === 0 || !isAlnum(prev) || (isLower(prev) && isUpper(key[start])) || (isDigit(prev) && isUpper(key[start]));
  let left = leftBoundary;
  if (!left) {
    // A glued prefix (usertoken, MYTOKEN): the letters since the last boundary must be a known word.
    let s = start;
    while (s > 0 && isAlnum(key[s - 1]) && !(isLower(key[s - 1]) && isUpper(key[s]))) s--;
    left = GLUED_PREFIX.test(key.slice(s, start).toLowerCase());
  }
  if (!left) return false;
  if (word === "key") {
    // A bare "key" names a secret only as the last word of a name (HEROKU_KEY, hubspotKey, loki_key), after a word
    // that is not an ordinary one (primaryKey, cache_key).
    if (end !== key.length) return false;
    if (!leftBoundary) return false;
    const before = key.slice(0, start).replace(/[^A-Za-z0-9]+$/, "");
    const prevWord = /([A-Z]?[a-z0-9]+|[A-Z0-9]+)$/.exec(before)?.[1]?.toLowerCase();
    return !!prevWord && !PLAIN_KEY_WORDS.has(prevWord) && !/public/i.test(key);
  }
  if (word === "auth" || word === "pwd" || word === "pass") {
    // "auth" and "pass" must be whole words: not "author", "authority", "passport", "passenger".
    const next = key[end];
    return end === key.length || !isAlnum(next) || (isLower(key[end - 1]) && isUpper(next)) || isDigit(next);
  }
  return true;
}

export interface SecretKey {
  type: string;
  /** True when any value under this key goes (passwords can be words); false when the value must look like a secret. */
  strong: boolean;
  /** The key is a known secret name as a whole (access_token, secret, pwd), not a name that merely contains one. */
  exact: boolean;
}

/**
 * Answers for keys already seen (JSON keys and `key=` labels repeat through a document): a key is no secret itself —
 * it stays in the output — and the table is emptied when it holds CACHED keys, so it stays small.
 */
const answers = new Map<string, SecretKey | null>();
const CACHED = 4096;

/** What a key says about its value: a secret of some type, or nothing (null). The answer is the caller's to read, not change. */
export function secretKey(key: string): SecretKey | null {
  if (key.length > 64) return judgeKey(key);
  let answer = answers.get(key);
  if (answer === undefined) {
    if (answers.size >= CACHED) answers.clear();
    answer = judgeKey(key);
    // Its own copy: a key cut from an 8 MB item would keep the whole item alive in the table, past its request.
    answers.set(ownCopy(key), answer && Object.freeze(answer));
  }
  return answer;
}

/**
 * A key that names a one-time code (otp, totp, otp_code, one_time_code, verificationCode, mfa_code, sms_code,
 * 2fa_code) and the digits such a code is, or null. An app sends six digits or so; a key that names a code may hold
 * four, but a bare otp, totp or hotp holding four digits is as often a release (Erlang/OTP's `otp: 2600`) or a year.
 */
const ONE_TIME_CODE_KEY =
  /^(?:(?:mfa|2fa|twofactor|sms|email|verification|security|onetime|login)?(?:otp|totp|hotp)?(code|pin|passcode)|(?:mfa|2fa|sms|email)?(?:otp|totp|hotp))$/;
const CODE_DIGITS = /^\d{4,10}$/;
const BARE_OTP_DIGITS = /^\d{6,10}$/;
export function oneTimeCodeKey(key: string): RegExp | null {
  const k = key.toLowerCase().replace(/[-_. ]/g, "");
  if (k.length > 24) return null;
  const m = ONE_TIME_CODE_KEY.exec(k);
  // A bare code or pin (`code`, `pin`) is no one-time code's name: an OAuth code, a FHIR code, a PIN pad. A bare
  // `passcode` is (a meeting's, a STOMP or MQ login's: `passcode:`, `{'passcode': …}`, `passcode=[…]`): its digits go,
  // and a value that reads as a secret; a word after it in prose ("the passcode: see the guide") stays.
  if (!m || k === "code" || k === "pin") return null;
  return m[1] ? CODE_DIGITS : BARE_OTP_DIGITS;
}

/** A key segment in snake case: dashes and camelCase humps read as underscores (`client-secret`, .NET's `ClientSecret`
 *  → `client_secret`). */
const snakeSegment = (segment: string): string =>
  segment
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/-/g, "_");

/** The last segment of a key path (after `.` or `:`) in snake case; a last segment that is only `key` read with the
 *  segment before it (`secret.key` → `secret_key`, `api.key` → `api_key`). Null for a key of one segment. */
function pathTail(key: string): string | null {
  const segments = key.split(/[.:]/);
  if (segments.length < 2) return null;
  const last = snakeSegment(segments[segments.length - 1]);
  return last === "key" ? `${snakeSegment(segments[segments.length - 2])}_key` : last;
}

function judgeKey(key: string): SecretKey | null {
  const lower = key.toLowerCase().replace(/^[$@]/, "").replace(/^-+/, "");
  if (lower === "key" || lower === "code" || lower === "session") return null; // too common in prose and FHIR
  // A one-time code: no secret word in its name, weak (its value must be the code's digits or read like a secret).
  if (oneTimeCodeKey(lower)) return { type: "password", strong: false, exact: true };
  const exact = EXACT_SECRET_KEYS[lower];
  if (exact) return { type: exact, strong: !WEAK_EXACT.has(lower), exact: true };
  // A key path (`a.b.client-secret`, HOCON's `play.http.secret.key`, web.config's `ida:ClientSecret`) names what its
  // last segment names: a known secret's name there decides, as the name alone would.
  const tail = pathTail(key.replace(/^[$@]/, "").replace(/^-+/, ""));
  const exactTail = tail && !WEAK_EXACT.has(tail) ? EXACT_SECRET_KEYS[tail] : undefined;
  if (exactTail) return { type: exactTail, strong: true, exact: false };
  // A webhook's signature header (X-Slack-Signature, X-Hub-Signature-256, Stripe-Signature): an HMAC of the request.
  if (WEBHOOK_SIGNATURE.test(lower)) return { type: "signature", strong: true, exact: true };
  // Bundler's credentials for a gem host: BUNDLE_GEMS__EXAMPLE__COM=user:password.
  if (/^bundle_[a-z0-9_]*[a-z0-9]__[a-z0-9]+$/.test(lower)) return { type: "password", strong: true, exact: true };
  // Most keys (resourceType, system, value, …) hold no secret word at all: nothing more to ask.
  if (!ANY_ANCHOR.test(lower)) return null;
  if (REFERENCE_SUFFIX.test(lower) || namesARequestId(lower)) return null;
  if (SAFE_KEY_SUFFIX.test(lower.replace(/[-.]/g, "_"))) return null;
  const bare = key.replace(/^[$@-]+/, "");
  let word: string | null = null;
  ANCHOR.lastIndex = 0;
  for (const m of bare.matchAll(ANCHOR)) {
    const w = m[0].toLowerCase();
    if (isKeyWord(bare, m.index ?? 0, (m.index ?? 0) + m[0].length, w)) {
      word = w;
      break;
    }
  }
  if (!word) return null;
  // A public key is no secret; a "public" variable that names a secret (NEXT_PUBLIC_CLIENT_SECRET) still is one.
  if (/public[_-]?key/.test(lower) || (/public/.test(lower) && word === "key")) return null;
  if (word === "key") return { type: "api_key", strong: false, exact: false };
  if (/passw|pwd|passphrase/.test(lower) || word === "pass") return { type: "password", strong: true, exact: false };
  if (/private/.test(lower)) return { type: "private_key", strong: false, exact: false };
  if (/refresh/.test(lower)) return { type: "refresh_token", strong: false, exact: false };
  if (/id_?token/.test(lower)) return { type: "id_token", strong: false, exact: false };
  if (/access_?token|bearer/.test(lower)) return { type: "access_token", strong: false, exact: false };
  if (/secret/.test(lower)) return { type: "secret", strong: false, exact: false };
  if (/api_?key|apikey|access_?key/.test(lower)) return { type: "api_key", strong: false, exact: false };
  if (/session/.test(lower)) return { type: "session", strong: false, exact: false };
  if (/credential|auth/.test(lower) && !/token/.test(lower)) return { type: "secret", strong: false, exact: false };
  return { type: "token", strong: false, exact: false };
}

/** The placeholder type when a key names a secret (client_secret, DB_PASSWORD, apiKey, …); null otherwise. */
export function secretTypeOfKey(key: string): string | null {
  return secretKey(key)?.type ?? null;
}

/** Shannon entropy in bits per character. */
/** ASCII counts for entropy(), reused across calls (reset after each): the common case, and the hot one. */
const ASCII_COUNTS = new Uint32Array(128);

export function entropy(value: string): number {
  let other: Map<string, number> | null = null;
  let length = 0;
  // By code point, as `for (const c of value)` reads it (a surrogate pair is one character), without its iterator.
  for (let i = 0; i < value.length; i++) {
    length++;
    const code = value.charCodeAt(i);
    if (code < 128) {
      ASCII_COUNTS[code]++;
      continue;
    }
    const pair = code >= 0xd800 && code <= 0xdbff && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const c = pair ? value.slice(i, i + 2) : value[i];
    if (pair) i++;
    (other ??= new Map()).set(c, (other.get(c) ?? 0) + 1);
  }
  let h = 0;
  const add = (n: number) => {
    const p = n / length;
    h -= p * Math.log2(p);
  };
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 128 && ASCII_COUNTS[code]) {
      add(ASCII_COUNTS[code]);
      ASCII_COUNTS[code] = 0;
    }
  }
  if (other) for (const n of other.values()) add(n);
  return h;
}

const HTTP_WORD =
  /^(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|Bearer|Basic|DPoP|true|false|null|nil|nothing|none|undefined|required|optional|invalid|expired|missing|revoked)$/i;

/**
 * A value that reads like a generated secret — not a word, a phrase, a version, a URL or a path. Used where the key
 * alone is weak evidence (free text, generic key names): "that token: GET …" keeps its GET, "jjwt-jackson-0.11.2"
 * stays, "SNYK_TOKEN = 12345678-ABCD-…" goes.
 */
export function looksLikeSecretValue(value: string): boolean {
  const t = value.trim();
  if (t.length < 8 || /\s/.test(t) || HTTP_WORD.test(t)) return false;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t) || /^\.{0,2}\//.test(t)) return false;
  // Words, capitalised words, words joined by - or _ (optionally ending in a version): my-app, jjwt-jackson-0.11.2.
  if (/^[A-Za-z][a-z]+(?:[-_.][A-Za-z][a-z]+)*(?:[-_.:@]v?\d+(?:\.\d+){0,3}(?:[-.][A-Za-z0-9]+)?)?$/.test(t))
    return false;
  if (/^[a-z]+$/.test(t) && t.length < 20) return false;
  if (/^\d{1,9}$/.test(t)) return false;
  const h = entropy(t);
  if (!/\d/.test(t)) {
    // No digit at all: only a long mixed-case run that is not a code identifier (utils.GetEnvOrDefault(, myApiClient).
    if (t.length < 20 || !/[a-z]/.test(t) || !/[A-Z]/.test(t) || /[.()]/.test(t)) return false;
    if (/^[a-z]*(?:[A-Z][a-z]+)+$/.test(t)) return false;
    return h >= 3.5;
  }
  let classes = 0;
  if (/[a-z]/.test(t)) classes++;
  if (/[A-Z]/.test(t)) classes++;
  if (/\d/.test(t)) classes++;
  if (/[^A-Za-z0-9]/.test(t)) classes++;
  return (classes >= 2 && h >= 2.5) || h >= 3.5;
}

const MASK_RUN = /x{8,}|X{8,}|\*{4,}|#{4,}/;
const MASK_RUNS = new RegExp(MASK_RUN.source, "g");
/** What a secret left unmasked reads like: 32 or more token characters in a row, eight letters and a digit among
 *  them (a Slack token's prefix and numeric ids before its masked secret are not one). */
const TOKEN_RUNS = /[A-Za-z0-9_+/=-]{32,}/g;
const unmaskedRun = (rest: string): boolean =>
  (rest.match(TOKEN_RUNS) ?? []).some((run) => lettersAtLeast(run, 8) && /\d/.test(run));

function lettersAtLeast(run: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < run.length && found < count; i++) {
    const c = run.charCodeAt(i) | 0x20;
    if (c >= 0x61 && c <= 0x7a) found++;
  }
  return found >= count;
}

/** A value masked by hand or left as a placeholder: `bP88Q~xxxxxxxx…`, `XXXXXXXX`, `****`, `####`, `your_api_key`,
 *  `…TokenHere`. Nothing of a real credential is in it, wherever it stands. */
export function isMaskedValue(value: string): boolean {
  const t = value.trim();
  // Masked only where the mask leaves no secret beside it: `XXXX…KKKK.eyJ…` (a JWT whose header alone was masked by
  // hand) still holds its payload and signature.
  if (MASK_RUN.test(t)) return !unmaskedRun(t.replace(MASK_RUNS, " "));
  return /your[_-]?(?:api[_-]?)?(?:token|key|secret|password)|(?:token|key|secret|password)[_-]?here\b|PUT_YOUR_/i.test(
    t,
  );
}

/** The words a placeholder spells a client's credential with (not `value`: a test fixture's `token-secret-value` is
 *  its secret). */
const DESCRIBING_WORDS = new Set([
  "base64",
  "encoded",
  "client",
  "id",
  "secret",
  "api",
  "key",
  "access",
  "refresh",
  "token",
  "consumer",
  "app",
  "application",
  "tenant",
  "your",
  "here",
]);

/**
 * A credential after an Authorization scheme spelled only from words that describe one, two or more
 * (`Bearer Base64EncodedClientID:ClientSecret`, `Basic ClientId:ClientSecret`): what goes there, not what it is. Up to
 * 80 characters; a value made of such words alone (`SecretKey`) is still a secret. Only for a scheme's credential: a
 * value under a key that names a secret (`password: ClientSecret`, `client_secret=app-client-secret`) is whatever its
 * owner chose, and a weak password is made of such words.
 */
export function isDescribedCredential(t: string): boolean {
  if (t.length > 80 || !/^[A-Za-z0-9:_.-]+$/.test(t)) return false;
  const words = (t.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+(?:64)?|\d+/g) ?? []).map((w) => w.toLowerCase());
  if (words.length < 2 || !words.every((w) => DESCRIBING_WORDS.has(w))) return false;
  // Words a real secret could be made of (`SecretKey`, `AccessToken`) go: a placeholder names whose credential it is
  // or says it is one.
  const has = (w: string) => words.includes(w);
  return has("encoded") || has("your") || has("here") || (has("client") && (has("id") || has("secret")));
}

/** A JWT's header (`eyJhbGciOi…` before its first dot, read from a token's start only: linear): public, never a
 *  secret beside a masked payload. */
const JWT_HEADER = /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\./g;
/** Fewer real characters than this beside a mask under a secret's key: a vendor's prefix (`sk-`, Azure's `bP88Q~`)
 *  or the last four shown; more is the secret itself. */
const MAX_BESIDE_MASK = 8;

/** A value under a key that names a secret, hidden by its mask: a placeholder, or a mask beside fewer than eight
 *  letters and digits (`bP88Q~xxxxxxxx`, `****1234`). `****Hunter2Secret!99` and a secret with a mask after it
 *  (`bP88Q~AbCd…12xxxxxxxx`) are no mask: the 32-character run that marks a secret anywhere is too long here. */
export function isMaskedSecret(value: string): boolean {
  const t = value.trim();
  if (!MASK_RUN.test(t)) return isMaskedValue(t);
  const rest = t.replace(JWT_HEADER, "").replace(MASK_RUNS, "");
  let real = 0;
  for (let i = 0; i < rest.length && real < MAX_BESIDE_MASK; i++) if (/[A-Za-z0-9]/.test(rest[i])) real++;
  return real < MAX_BESIDE_MASK;
}

/** Filler or a variable name where a weak key (or a vendor prefix) would hold a value: a masked value, one character
 *  a dozen times over (glc_1111…, AIzaaaaa…), an ALL_CAPS variable name (ACCESS_TOKEN, K8S_CRED). */
export function looksLikeDummyValue(value: string): boolean {
  const t = value.trim();
  if (isMaskedValue(t)) return true;
  if (/(.)\1{11}/.test(t)) return true;
  return /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(t) && /[A-Z]{3}/.test(t);
}

/** The last word of a key names a secret (clientSecret, accessToken, DB_PASSWORD, api_key, NEXT_PUBLIC_CLIENT_SECRET). */
const ENDS_IN_SECRET_WORD =
  /(?:secret|token|passw(?:or)?d|passwd|pwd|passphrase|api[_-]?key|apikey|private[_-]?key|credentials?)$/i;

/**
 * Whether a value under a label that names a secret goes. The label decides when it is strong (password, client
 * secret) or ends in its secret word — so `clientSecret: hunter2` loses its word-like value; a name with a secret word
 * inside (addTokenTo, tokenPrefix) only loses a value that reads like a secret.
 */
/** A JWS algorithm's name (RFC 7518 and EdDSA, `none`). */
const JWS_ALG = /^(?:[HRE]S|PS)(?:256|384|512)$|^(?:EdDSA|ES256K|none)$/i;

/** A DKIM or ARC signature's `h=` tag lists the header fields it signs (`h=dkim-signature:content-type:from`): read
 *  from its first name on, the rest is that list: words of letters joined by `-` and `:`, no signature. */
const SIGNED_HEADER_NAMES = /^[A-Za-z]+(?:[-:][A-Za-z]+)+[:;]?$/;

/** What a signature key holds when it names no signature: an algorithm (`"jwt-signature":"RS384"`), a flag or a
 *  short word (`data-signature: present`). A signature is longer than 15 characters, a list of them longer still. */
export const isNoSignature = (value: string): boolean =>
  JWS_ALG.test(value) ||
  value.length < 16 ||
  (value.length < 24 && /^[A-Za-z]+$/.test(value)) ||
  SIGNED_HEADER_NAMES.test(value);

export function labelNamesSecret(key: string, named: SecretKey, value: string): boolean {
  if (isClientNonce(key.toLowerCase(), value)) return false;
  if (named.type === "signature" && isNoSignature(value.trim())) return false;
  const oneTime = oneTimeCodeKey(key);
  if (oneTime) return oneTime.test(value.trim()) || looksLikeSecretValue(value);
  if (named.strong || (named.exact && !WEAK_EXACT.has(key.toLowerCase()))) return true;
  if (!named.exact && ENDS_IN_SECRET_WORD.test(key.replace(/[^A-Za-z0-9]+$/, ""))) return !looksLikeDummyValue(value);
  return looksLikeSecretValue(value);
}

/** An absolute directory: `/`-separated names of path characters (`/home/jdoe`, `/srv/app`), or under `~/`. */
const DIRECTORY = /^~?(?:\/[A-Za-z0-9._@+-]{1,255}){1,64}\/?$/;

/** How far around a `PWD=` its neighbours in a connection string are looked for. */
const CONNECTION_REACH = 400;
/** A connection string's other keys (`Server=`, `UID=`, `Driver=`, `Database=`, `Data Source=`, `DSN=`, `User ID=`). */
const CONNECTION_KEY = /(?:^|[;{\s])(?:Server|UID|User ?ID|Driver|Database|Data Source|DSN|Initial Catalog)=/i;

/** `PWD=` in a `;`-separated connection string (`…;UID=app;PWD=…`): its line holds `;PWD=` or another such key. */
function inConnectionString(text: string, keyStart: number): boolean {
  if (text[keyStart - 1] === ";") return true;
  const from = Math.max(0, keyStart - CONNECTION_REACH);
  const near = text.slice(from, keyStart + CONNECTION_REACH);
  const at = keyStart - from;
  const newline = near.indexOf("\n", at);
  return CONNECTION_KEY.test(near.slice(near.lastIndexOf("\n", at) + 1, newline < 0 ? near.length : newline));
}

/**
 * The shell's working directory, not a password: `PWD` and `OLDPWD` in capitals (a process environment, sudo's
 * record `; PWD=/home/jdoe ;`, `docker inspect`'s Env) holding an absolute path of two names or more, or of one
 * name in small letters (`/opt`, `/root`). A connection string's `PWD=` (`Server=db01;UID=app;PWD=/Xk9q/…`) holds a
 * password whatever its shape: unpadded base64 has slashes too.
 */
export function isWorkingDirectory(key: string, value: string, text = "", keyStart = 0): boolean {
  if (key !== "PWD" && key !== "OLDPWD") return false;
  if (text && inConnectionString(text, keyStart)) return false;
  if (value === "/" || value === "~") return true;
  if (!(value.startsWith("/") || value.startsWith("~/")) || value.length > 4096 || !DIRECTORY.test(value)) return false;
  const names = value.split("/").filter((n) => n && n !== "~");
  return names.length >= 2 || (names.length === 1 && /^[a-z]{1,32}$/.test(names[0]));
}
