// Refusals whose message names their cause, as authorization servers word them and people quote them: the audience
// refused ("Invalid audience parameter https://…", "An invalid audience was specified on the authorize request",
// bad_audience), the redirect URI refused ("Unable to validate the redirect_uri passed in", "The redirect URI '…' does
// not match the redirect URIs configured for the application", redirect_uri_mismatch), the app's key set that the
// server could not fetch ("Requesting the remote JWKS returned an error", with the TLS reason when one is given), and a
// grant the server will not renew ("Refresh token could not be mapped … User must re-authenticate"). Also an authorize
// URL whose aud is the bare root of the authorization server's own domain (its address sent for the FHIR base). Each is kept with its line; the words
// themselves are never kept. Lines are read up to 20,000 characters, each pattern is bounded, and a mention is checked
// only within a fixed window around it, so the reader is linear in its input.
import { happeningAt, happeningMatch } from "./statements";
import { readableLine } from "./line-limit";
import { believed, WORKS_NOW } from "./belief";
import { decodeURIComponentSafe } from "~/lib/url";

export type RefusalKind =
  | "audience"
  | "audience-root"
  | "redirect-uri"
  | "jwks-fetch"
  | "reauthenticate"
  | "accept-type"
  | "content-type"
  | "assertion-time"
  | "assertion-key"
  | "launch-context"
  | "role"
  | "parameters-missing"
  | "client-type"
  | "consent"
  | "client-auth";

export interface NamedRefusal {
  kind: RefusalKind;
  line: number;
  /** jwks-fetch: the server's TLS check of the key set's host failed (an incomplete or untrusted certificate chain). */
  tls?: boolean;
  /** redirect-uri: the text says a trailing slash was added to or removed from the redirect URI on the way. */
  slash?: boolean;
  /** redirect-uri: a refusal is quoted (its verdict or error code), not only a trailing slash said changed. */
  quoted?: boolean;
  /** parameters-missing: the OAuth parameters the server says it did not get, in their wire names. */
  params?: string[];
}

/** How far around a mention the refusal words are looked for (a sentence, a JSON string). */
const WINDOW = 160;
/** Mentions read on one line: a quoted message names its parameter once or twice. */
const MAX_MENTIONS = 8;

/** The first MAX_MENTIONS matches of a global pattern on a line, in order. */
export function* mentions(pattern: RegExp, line: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(line), seen = 0; m && seen < MAX_MENTIONS; m = pattern.exec(line), seen++) yield m;
}

/**
 * One refusal per kind, at the first line where its test holds; each test gets the line cut to its readable length and
 * the line's index (a test may look at the lines around it), and is no longer run once its kind is found.
 */
export function firstRefusals(
  lines: readonly string[],
  tests: ReadonlyArray<readonly [RefusalKind, (line: string, index: number) => boolean]>,
): NamedRefusal[] {
  const out: NamedRefusal[] = [];
  lines.forEach((raw, index) => {
    const line = readableLine(raw);
    for (const [kind, holds] of tests)
      if (!out.some((r) => r.kind === kind) && holds(line, index)) out.push({ kind, line: index + 1 });
  });
  return out;
}

/**
 * The audience refused: adjective first, the parameter then its verdict, or the error codes that mean it — also in the
 * words of identity providers that call the audience the "resource" (Azure AD v1, ADFS): "Invalid resource. … Resource
 * value from request: …", "The resource principal named … was not found". Only those words: a FHIR body's "invalid
 * resource" with its "resource identifier" or "resource URI" is about a resource's content, not the token's audience.
 */
const AUDIENCE =
  /\b(?:invalid\s+resource\b(?=[^\n]{0,300}?\bresource\s+(?:value|parameter)\b)|resource\s+principal\s+named\b[^\n]{0,300}?\bwas\s+not\s+found)\b|\b(?:invalid|bad|wrong|unknown|unrecogni[sz]ed|unsupported|unexpected|incorrect|mismatch(?:ed|ing)?)\s+(?:aud|audience)\b|\b(?:aud|audience)(?:\s+(?:parameter|param|value))?\s+(?:is\s+|was\s+)?(?:invalid|not\s+(?:valid|allowed|recogni[sz]ed|supported|permitted|approved|white-?listed|registered)|mismatch(?:ed)?|does\s*(?:not|n't)\s+match|rejected)\b|\bbad_audience\b|\baudience-not-white-listed\b/i;

/**
 * Another party's audience check: a JWT's aud claim (a client assertion's, an id_token's, an access token a resource
 * server of the app's own checks), as JWT libraries word it ("jwt audience invalid. expected: …"). Its aud is the token
 * endpoint, the client_id or the API's identifier, never the FHIR base the authorize request sends.
 */
const OTHER_AUDIENCE =
  /\b(?:client[_\s-]?assertion|jwt|id[_\s-]?token|access[_\s-]?token|bearer|claim)\b|\bexpected\s*[:=(]|\bapi:\/\//i;
/** The authorize request named as what was refused: "… was specified on the authorize request". */
const AUTHORIZE_STEP = /\bauthori[sz](?:e|ation)\s+(?:request|call|url|endpoint|step)\b|\/authori[sz]e\b/i;

/** The audience refused by the authorization server, not by a JWT check of the app, a library or an API. */
function audienceRefused(line: string): boolean {
  for (const m of mentions(AUDIENCE_ALL, line)) {
    const end = m.index + m[0].length;
    if (!happeningAt(line, m.index, end) || !believed(line, m.index, end)) continue;
    const window = line.slice(Math.max(0, m.index - WINDOW), end + WINDOW);
    if (AUTHORIZE_STEP.test(window) || !OTHER_AUDIENCE.test(window)) return true;
  }
  return false;
}

const AUDIENCE_ALL = new RegExp(AUDIENCE.source, "gi");

/** A redirect URI changed on the way by a trailing slash: "appends a trailing slash", "adding extra /". */
const SLASH_CHANGED =
  /\b(?:add(?:s|ed|ing)?|append(?:s|ed|ing)?|strip(?:s|ped|ping)?|remov(?:es|ed|ing)|drop(?:s|ped|ping)?)\s+(?:an?\s+|the\s+)?(?:extra\s+)?(?:trailing\s+slash(?:es)?\b|\/)/i;
const REDIRECT_MENTION = /\bredirect[_\s-]?ur[il]s?\b|\bredirecturi\b/gi;
/**
 * The redirect URI also as Microsoft's sign-in calls it — the reply URL (or reply address) — but only on a line about
 * signing in: a mailbox has a reply address too.
 */
const REDIRECT_OR_REPLY_MENTION = new RegExp(
  String.raw`${REDIRECT_MENTION.source}|\breply[_\s-]?(?:ur[il]s?|address(?:es)?)\b`,
  "gi",
);
/** Words of signing in at an identity provider. */
export const SIGN_IN =
  /\b(?:AADSTS\d{4,6}|sign(?:ing)?[-\s]?in|log(?:ging)?[-\s]?in|authori[sz]e\s+(?:endpoint|page|url|request)|identity\s+provider|Entra|Azure\s+AD|Okta|ADFS)\b/i;
/** The redirect URI's verdict just before it: "Invalid redirect uri", "Unable to validate the redirect_uri". */
const REDIRECT_REFUSED_BEFORE =
  /\b(?:invalid(?:\s+(?:parameter|param|value)\s{0,3}:?)?|mismatch(?:ed|ing)?|unregistered|unrecogni[sz]ed|unknown|(?:unable\s+to|could\s*(?:not|n't)|cannot|can't)\s+validate|rejected|refused)\s+(?:(?:the|this|that|your|a|given|provided)\s+){0,2}$/i;
/**
 * Its verdict just after it, past its value (quoted or a URL) and "specified in the request": "The redirect URI '…'
 * specified in the request does not match the redirect URIs configured", "redirect_uri is not registered".
 */
const REDIRECT_REFUSED_AFTER =
  /^\s{0,3}(?:(?:parameter|param|value)\s{1,3})?(?:[=:]\s{0,3})?(?:['"`‘“][^'"`’”\s]{1,300}['"`’”]\s{0,3}|<?https?:\/\/[^\s<>]{1,300}>?\s{0,3})?(?:(?:specified|given|sent|passed|provided)\s+(?:in\s+(?:the\s+)?(?:request|authori[sz]e\s+(?:call|request|url))\s+)?)?(?:is\s+|was\s+|are\s+|were\s+)?(?:invalid|not\s+(?:valid|registered|allowed|white-?listed|configured|recogni[sz]ed|permitted)|do(?:es)?\s*(?:not|n't)\s+match|mismatch(?:ed)?|rejected|refused|could\s*(?:not|n't)\s+be\s+validated)\b/i;
/** A trailing slash said changed on the redirect URI: "redirect_uri is adding extra / in the end". */
const SLASH_AFTER = new RegExp(
  String.raw`^\s{0,3}(?:is\s+|was\s+|gets\s+|got\s+)?(?:being\s+)?(?:automatically\s+)?` +
    SLASH_CHANGED.source.slice(2),
  "i",
);
/** "… adding trailing slash in redirect_uri", "appends a / to the redirect URI". */
const SLASH_BEFORE = new RegExp(
  SLASH_CHANGED.source + String.raw`\s*(?:in|to|on|from|at\s+the\s+end\s+of)\s+(?:the\s+|my\s+|our\s+)?$`,
  "i",
);

/** The sentence holding [at, end), within the window around it: a full stop, ";", "!" or "?" before a space ends one. */
function sentenceAround(line: string, at: number, end: number): string {
  const before = line.slice(Math.max(0, at - WINDOW), at);
  let start = 0;
  for (let i = before.length - 1; i > 0; i--)
    if (/\s/.test(before[i]) && /[.;!?]/.test(before[i - 1])) {
      start = i;
      break;
    }
  const after = line.slice(end, end + WINDOW);
  const stop = /[.;!?](?:\s|$)/.exec(after);
  return before.slice(start) + line.slice(at, end) + (stop ? after.slice(0, stop.index) : after);
}

/** The redirect URI refused on the line: its verdict said of it, before or after it; null when none is. */
function redirectRefused(line: string): { slash: boolean; quoted: boolean } | null {
  if (REDIRECT_CODE.test(line)) return { slash: false, quoted: true };
  for (const m of mentions(SIGN_IN.test(line) ? REDIRECT_OR_REPLY_MENTION : REDIRECT_MENTION, line)) {
    const end = m.index + m[0].length;
    const before = line.slice(Math.max(0, m.index - 80), m.index);
    const after = line.slice(end, end + 400);
    const verdict = REDIRECT_REFUSED_BEFORE.exec(before);
    const b = verdict ?? SLASH_BEFORE.exec(before);
    const quoted = verdict !== null || REDIRECT_REFUSED_AFTER.test(after);
    const refused = b !== null || quoted || SLASH_AFTER.test(after);
    const at = b ? m.index - (before.length - b.index) : m.index;
    const window = line.slice(Math.max(0, m.index - WINDOW), end + WINDOW);
    if (refused && happeningAt(line, at, end) && !WORKS_NOW.test(window))
      return { slash: SLASH_CHANGED.test(sentenceAround(line, m.index, end)), quoted };
  }
  return null;
}
const REDIRECT_CODE = /\bredirect_uri_mismatch\b|\bredirect-uri-(?:mismatch|not-registered)\b/i;

const JWKS_MENTION = /\bjwks?(?:_uri|\s+ur[il])?\b|\bjwk\s+set\b|\bkey\s+set\b/gi;
/** The key set's fetch said to fail after its name: "Requesting the remote JWKS returned an error", "JWKS URL timed out". */
const JWKS_FAILED_AFTER =
  /^\s{0,3}(?:ur[il]\s{0,3}|endpoint\s{0,3})?(?:\([^()]{0,200}\)\s{0,3}|<?https?:\/\/[^\s<>]{1,300}>?\s{0,3})?(?:returned\s+an\s+error|(?:could\s*(?:not|n't)|cannot|can't)\s+be\s+(?:fetched|retrieved|loaded|downloaded|reached|resolved)|(?:fetch|request|retrieval|download)?\s{0,3}(?:failed|timed\s+out)|(?:is|was)\s+(?:unreachable|not\s+reachable))\b/i;
/** The key set named as the object of a failed fetch: "could not fetch the JWKS", "error retrieving the remote JWKS". */
const JWKS_FAILED_BEFORE =
  /(?:\b(?:could\s*(?:not|n't)|cannot|can't|unable\s+to|fail(?:ed|s)?\s+to)\s+(?:fetch|retrieve|load|download|reach|resolve|access|get)|\b(?:error|failure)\s+(?:while\s+)?(?:fetching|retrieving|loading|downloading|requesting))\s+(?:(?:the|its|your|remote|client's|app's)\s+){0,3}$/i;
/** The app fetching the server's keys (to check an id_token), not the server fetching the app's. */
const APP_FETCHES =
  /\bid[_\s-]?tokens?\b|\bto\s+(?:check|verify|validate)\s+(?:the\s+)?(?:signature|token|jwt)|\b(?:our|my)\s+(?:app|client|code|library|frontend)\s+(?:is\s+)?(?:unable|cannot|can't|could\s*(?:not|n't)|fail(?:s|ed)?)\b/i;
/** The key set's fetch refused on the line, with whether a TLS reason is given beside it; null when none is. */
function jwksFetchFailed(line: string): { tls: boolean } | null {
  for (const m of mentions(JWKS_MENTION, line)) {
    const end = m.index + m[0].length;
    const before = line.slice(Math.max(0, m.index - 80), m.index);
    const after = line.slice(end, end + 400);
    const b = JWKS_FAILED_BEFORE.exec(before);
    const failed = b !== null || JWKS_FAILED_AFTER.test(after);
    const window = line.slice(Math.max(0, m.index - WINDOW), end + WINDOW);
    const at = b ? m.index - (before.length - b.index) : m.index;
    if (failed && happeningAt(line, at, end) && !APP_FETCHES.test(window) && !WORKS_NOW.test(window))
      return { tls: TLS_FAILED.test(window) };
  }
  return null;
}

/** The TLS reasons Node, Java, curl and OpenSSL give for a certificate chain they cannot verify. */
const TLS_FAILED =
  /\bunable\s+to\s+verify\s+the\s+first\s+certificate\b|\bunable\s+to\s+get\s+local\s+issuer\s+certificate\b|\bself[-\s]signed\s+certificate\b|\bcertificate\s+(?:has\s+)?expired\b|\bPKIX\s+path\s+building\s+failed\b|\bSSL\s+certificate\s+problem\b|\bcertificate\s+verify\s+failed\b/i;

/** A new sign-in demanded (the wording of a refusal, not of advice: "must", "needs to", "required"). */
const REAUTH =
  /\b(?:must|needs?\s+to|has\s+to|have\s+to)\s+(?:re-?authenticate|re-?authori[sz]e|re-?consent|authenticate\s+again|authori[sz]e\s+again)\b|\bre-?(?:authentication|authori[sz]ation)\s+(?:is\s+)?required\b/i;
/** A sign-in again, said of a refresh or a grant only: an EHR's "Session timed out, you must log in again" is not. */
const RELOGIN = /\b(?:must|needs?\s+to|has\s+to|have\s+to)\s+(?:re-?login|log\s*in\s+again|sign\s*in\s+again)\b/i;
const GRANT_CONTEXT = /\brefresh|\binvalid_grant\b|\bgrant\b/i;

/** A grant the server will not renew, told as happening (not a rule quoted from the docs). */
function reauthDemanded(line: string): boolean {
  const m = happeningMatch(REAUTH, line) ?? (GRANT_CONTEXT.test(line) ? happeningMatch(RELOGIN, line) : null);
  return m !== null && believed(line, m.index, m.index + m[0].length);
}

/** aud= on an authorize URL: its value up to the next parameter or the URL's end. */
const AUD_PARAM = /[?&]aud=([^&\s"'`<>)]{1,500})/g;

/** The domain a host belongs to, as its last two labels: auth.example.org and api.example.org share example.org. */
const domainOf = (host: string): string => host.toLowerCase().replace(/:\d+$/, "").split(".").slice(-2).join(".");

/**
 * An authorize URL on the line whose aud is the bare root (https://host or https://host/) of a host in the authorization
 * server's own domain: the server's address sent for the FHIR base. A root elsewhere can be a FHIR base (Azure's FHIR
 * services serve at their host's root), so it is not flagged.
 */
function rootAudience(line: string): boolean {
  if (!/authori[sz]e/i.test(line)) return false;
  for (const m of mentions(AUD_PARAM, line)) {
    const root = /^https?:\/\/([^/?#\s]+)\/?$/i.exec(decodeURIComponentSafe(decodeURIComponentSafe(m[1])));
    const start = line.lastIndexOf("http", m.index);
    const server =
      start >= 0 && m.index - start < 2_000 ? /^https?:\/\/([^/?#\s]+)/i.exec(line.slice(start, m.index)) : null;
    if (root && server && domainOf(root[1]) === domainOf(server[1])) return true;
  }
  return false;
}

export function readNamedRefusals(lines: readonly string[]): NamedRefusal[] {
  const out: NamedRefusal[] = [];
  const seen = new Set<RefusalKind>();
  const add = (kind: RefusalKind, line: number, more: Partial<NamedRefusal> = {}) => {
    if (seen.has(kind)) return;
    seen.add(kind);
    out.push({ kind, line, ...more });
  };
  lines.forEach((raw, index) => {
    const line = readableLine(raw);
    const n = index + 1;
    const lower = line.toLowerCase();
    if ((lower.includes("aud") || lower.includes("resource")) && audienceRefused(line)) add("audience", n);
    else if (lower.includes("aud=") && rootAudience(line)) add("audience-root", n);
    if (lower.includes("redirect") || lower.includes("reply")) {
      const refused = redirectRefused(line);
      if (refused) add("redirect-uri", n, refused);
    }
    if (lower.includes("jwk") || lower.includes("key set")) {
      const fetch = jwksFetchFailed(line);
      if (fetch) add("jwks-fetch", n, fetch);
    }
    if (lower.includes("re") && reauthDemanded(line)) add("reauthenticate", n);
  });
  return out;
}
