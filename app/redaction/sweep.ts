// The pattern sweep over text that structure did not cover (or could not: logs, notes, bodies of unknown type).
// Order matters only for naming: headers and URLs first (they know what a value is), then e-mail addresses (before
// the user's terms, so a term glued to an address cannot hide the rest of it), JWTs, schemes, key=value assignments,
// vendor-prefixed keys, the user's terms, client-domain ids, and free-text PHI. Every step is one linear pass;
// placeholders are sentinels by then, so no step can cut or re-redact one.
import { redactProsePasswords } from "./detectors/prose-password";
import { redactMeetingJoinDetails } from "./detectors/meeting-join";
import type { ItemContext } from "./context";
import { redactPemKeys } from "./detectors/private-keys";
import { redactKubeSecrets } from "./detectors/kube-secrets";
import { redactJwtsInText } from "./detectors/jwts";
import {
  redactAuthSchemes,
  redactCurlUserInText,
  redactHeadersInText,
  redactKeyValues,
  redactNamedValues,
} from "./detectors/credentials";
import { redactVendorKeys } from "./detectors/vendor-keys";
import { redactPathQueriesInText, redactUrlsInText } from "./detectors/url";
import { redactQuotedForms } from "./detectors/quoted-forms";
import { redactProseFormValues } from "./detectors/prose-form-values";
import { redactPrintedHeaderPairs } from "./detectors/printed-header-pairs";
import { redactFlatHeaderMaps } from "./detectors/flat-header-maps";
import { redactCodeSearches } from "./detectors/code-searches";
import { redactJavaMaps } from "./detectors/java-maps";
import { redactWrappedQueries } from "./detectors/wrapped-query";
import { redactCookieArrays } from "./detectors/har-cookie-arrays";
import { redactLoginForms } from "./detectors/login-forms";
import { redactOAuthFormRuns } from "./detectors/oauth-form-runs";
import { redactQuotedHeaderLines } from "./detectors/quoted-header-lines";
import { redactTerms, termsPattern } from "./detectors/terms";
import { findEmailSpans } from "./detectors/phi-emails";
import { findFiscalCodes } from "./detectors/phi-fiscal-codes";
import { findNationalIdShapes } from "./detectors/phi-national-id-shapes";
import { findNamesBeforeAddresses } from "./detectors/phi-mail-headers";
import type { PhiSpan } from "./detectors/phi-span";
import { pseudonymiseIdsInText } from "./detectors/patient-ids";
import { redactEncodedInText } from "./detectors/encoded";
import { redactNextLineSecrets } from "./detectors/next-line-secret";
import { redactCommandLineKeys } from "./detectors/command-line-keys";
import { redactRandomStrings } from "./detectors/random-strings";
import { MIN_DOTTED_LENGTH, redactDottedTokens } from "./detectors/dotted-tokens";
import { redactYamlBlockSecrets } from "./detectors/yaml-block";
import { redactXmlSecrets } from "./detectors/xml-elements";
import { redactTableSecrets } from "./detectors/table-cells";
import { ALL_CUES, CUE, scanCues } from "./sweep-cues";
import { redactFreeText } from "./free-text";
import { redactStompFrames } from "./stomp-frames";
import { redactToolPasswordFlags } from "./detectors/tool-password-flags";
import { redactNetrcEntries } from "./detectors/netrc-entries";
import { redactPositionalPasswords } from "./detectors/positional-passwords";
import { redactStdinSecrets } from "./detectors/stdin-secrets";
import { redactConfigSetSecrets } from "./detectors/config-set-secrets";
import { redactPrintedTokens } from "./detectors/printed-tokens";
import { redactPasswordHashes } from "./detectors/password-hashes";

export interface SweepOptions {
  /** Also look for personal data in prose (log lines, notes, free-text JSON strings). */
  freeText: boolean;
}

const termCache = new WeakMap<ItemContext, RegExp | null>();
const termsOf = (ctx: ItemContext) => {
  if (!termCache.has(ctx)) termCache.set(ctx, termsPattern(ctx.policy.terms));
  return termCache.get(ctx) ?? null;
};

/** Secrets only (no free-text PHI): for values inside structure (header values, URL parameters). */
export function sweepValue(text: string, ctx: ItemContext): string {
  // A short value alone (a=b, _count=10) cannot hold any secret pattern (a JWT, a scheme and its credential, a
  // key=value pair, an e-mail address); only the user's terms could match it.
  if (text.length < 6 && ctx.policy.terms.length === 0) return text;
  const unchanged = ctx.sweptUnchanged;
  if (unchanged.has(text)) return text;
  const before = ctx.sentinels.size;
  const out = sweepText(text, ctx, { freeText: false });
  // Nothing replaced, nothing recorded (every replacement adds a sentinel): the same value gives the same answer.
  if (out === text && ctx.sentinels.size === before && text.length <= MAX_REMEMBERED) {
    if (unchanged.size >= MAX_VALUES) unchanged.clear();
    unchanged.add(text);
  }
  return out;
}
const MAX_REMEMBERED = 1024;
const MAX_VALUES = 8192;

/**
 * `cues`: what the text holds (scanCues); each detector runs only when the cues it needs to match anything occur. A
 * caller passes ALL_CUES to run every detector (the tests compare both).
 */
export function sweepText(text: string, ctx: ItemContext, options: SweepOptions, cues = scanCues(text)): string {
  if (!text) return text;
  const { chars, run } = cues;
  let out = text;
  // "-----BEGIN PRIVATE KEY"; "kind: Secret" and a "data:" line; "key: |"; "</"; "Name:"; "://"; an address's "@".
  if (all(chars, CUE.dash | CUE.blank)) out = redactPemKeys(out, ctx);
  if (all(chars, CUE.colon | CUE.newline)) out = redactKubeSecrets(out, ctx);
  if (chars & CUE.colon && chars & (CUE.pipe | CUE.gt)) out = redactYamlBlockSecrets(out, ctx);
  if (all(chars, CUE.lt | CUE.slash)) out = redactXmlSecrets(out, ctx);
  // "'authorization', 'Bearer …'": headers one a line as Envoy's debug log prints them.
  if (all(chars, CUE.comma | CUE.blank))
    out = redactQuotedHeaderLines(out, ctx, (v) => sweepSecretsNoUrls(v, ctx, scanCues(v)));
  // "[(b'cookie', b'…')]", "map[Set-Cookie:[…]]", "{Set-Cookie=[…]}": headers a program printed as pairs.
  if (chars & CUE.comma || chars & CUE.colon || chars & CUE.equals)
    out = redactPrintedHeaderPairs(out, ctx, (v) => sweepSecretsNoUrls(v, ctx, scanCues(v)));
  // "{Date=Wed, 05 Oct 2022 …, Set-Cookie=a=…; Path=/, Server=…}": API Gateway's and Java's flat header maps.
  if (chars & CUE.equals) out = redactFlatHeaderMaps(out, ctx, (v) => sweepSecretsNoUrls(v, ctx, scanCues(v)));
  // ">>> CONNECT", then "login:…" and "passcode:…": a STOMP frame's account (stomp.js's debug lines, SockJS frames).
  if (all(chars, CUE.colon) && (chars & CUE.newline || text.includes("\\n"))) out = redactStompFrames(out, ctx);
  if (chars & CUE.colon) {
    // Values inside a header or URL are swept with their own cues (a decoded value may hold characters the text did
    // not).
    const inner = (v: string) => sweepSecretsNoUrls(v, ctx, cues === ALL_CUES ? ALL_CUES : scanCues(v));
    out = redactHeadersInText(out, ctx, inner);
    // A cut HAR's `"cookies": [ … ]`: every value in it.
    out = redactCookieArrays(out, ctx);
    if (chars & CUE.slash) out = redactUrlsInText(out, ctx, inner);
  }
  if (chars & CUE.equals) {
    const values = (v: string) => sweepSecretsNoUrls(v, ctx, scanCues(v));
    // "user=jroe&pass=…": a form written bare in text, with a password (and the login beside it).
    if (chars & CUE.amp) out = redactLoginForms(out, ctx, values);
    // "grant_type=authorization_code&code=…": an OAuth form on a log line (OkHttp's body line), its code.
    if (chars & CUE.amp) out = redactOAuthFormRuns(out, ctx, values);
    // A URL's query or fragment written one parameter a line under it.
    if (chars & CUE.newline) out = redactWrappedQueries(out, ctx, values);
    // "/callback?code=…": a path with a query and no scheme (an access log's request line).
    if (all(chars, CUE.slash | CUE.question)) out = redactPathQueriesInText(out, ctx, values);
    // "{grant_type=[authorization_code], code=[…]}": a form logged as a Java map.
    out = redactJavaMaps(out, ctx, values);
    // ">> \"To=%2B1…&From=…\"": a form body logged in quotes.
    if (chars & CUE.amp) out = redactQuotedForms(out, ctx, values);
    // "body=To=%2B1…&Body=Hi+John+Smith": prose in a bare form's encoded values, read decoded.
    if (chars & CUE.amp) out = redactProseFormValues(out, ctx);
  }
  if (chars & CUE.at) out = redactEmails(out, ctx);
  // "patients.search(family='…')", "params={\"family\": …}": a person's search written as code.
  if (options.freeText && chars & (CUE.equals | CUE.colon)) out = redactCodeSearches(out, ctx);
  // A national identifier of a fixed shape, in any value (a decoded token's "sub", a "person_id", a sentence): the
  // shortest (an Aadhaar in groups of four) is a run of four beside blanks.
  if (run >= 4) out = redactSpans(out, ctx, nationalIds(out, run), "id_number");
  // "Patient/…", "?_id=", "&patient=", a logged resource's "id":.
  if (ctx.clientDomain && chars & (CUE.slash | CUE.question | CUE.amp | CUE.colon))
    out = pseudonymiseIdsInText(out, ctx);
  out = sweepSecretsNoUrls(out, ctx, cues);
  // Table cells: apart by `|` or a tab — or, in lines that line up, by two or more spaces.
  if (chars & (CUE.pipe | CUE.tab) || all(chars, CUE.blank | CUE.newline)) out = redactTableSecrets(out, ctx);
  // After the labelled values are gone: only unlabelled tokens are decoded and checked (runs of 16+ characters).
  if (run >= 16) out = redactEncodedInText(out, ctx);
  if (all(chars, CUE.colon | CUE.newline)) out = redactNextLineSecrets(out, ctx);
  // A pasted meeting invitation's passcode and meeting ID (before the phone detector reads the dial strings).
  if (options.freeText) out = redactMeetingJoinDetails(out, ctx);
  // "a new password on the box - Kq7ZrT2mWx9": a password given in a message's prose.
  if (options.freeText && run >= 8) out = redactProsePasswords(out, ctx);
  // "java Main <key> <secret>": a key and its secret passed side by side as a program's bare arguments.
  if (options.freeText && run >= 16) out = redactCommandLineKeys(out, ctx);
  if (options.freeText && run >= 32) out = redactRandomStrings(out, ctx);
  // "0.AS4A….AQAB…~~4f1c…": an opaque code of random parts joined by dots, pasted alone.
  if (options.freeText && run >= MIN_DOTTED_LENGTH && chars & (CUE.dot | CUE.tilde)) out = redactDottedTokens(out, ctx);
  if (options.freeText) out = redactFreeText(out, ctx);
  return out;
}

/** The sweep minus URLs and headers (used on values already inside a URL or header, to avoid re-entering). */
function sweepSecretsNoUrls(text: string, ctx: ItemContext, cues = scanCues(text)): string {
  const { chars, run } = cues;
  let out = text;
  // ".eyJ…" (a compact JWT), "ZXlK" and 16+ more (a base64 one).
  if (chars & CUE.dot || run >= 20) out = redactJwtsInText(out, ctx);
  // A scheme, a blank, a credential of 8+ token characters.
  if (chars & CUE.blank && run >= 8) out = redactAuthSchemes(out, ctx);
  if (all(chars, CUE.dash | CUE.colon)) out = redactCurlUserInText(out, ctx);
  // `ldapsearch … -w secret`, `docker login -p …`, `mysql -pSecret`: a password after a tool's own short flag.
  if (chars & CUE.dash) out = redactToolPasswordFlags(out, ctx);
  // `machine host login jdoe password …`: a .netrc entry's values after their keywords.
  if (chars & CUE.blank) out = redactNetrcEntries(out, ctx);
  // `sqlplus scott/<password>@db`, `htpasswd -b file user <password>`: a password by its place among the words.
  if (chars & CUE.blank) out = redactPositionalPasswords(out, ctx);
  // `echo 'Pw' | docker login --password-stdin`, `$(base64 <<< 'id:secret')`: a literal fed to a command's stdin.
  if (chars & CUE.blank) out = redactStdinSecrets(out, ctx);
  // `npm config set //registry.npmjs.org/:_authToken …`: a secret as the word after its key in a config command.
  if (chars & CUE.blank) out = redactConfigSetSecrets(out, ctx);
  // `$ gcloud auth print-access-token⏎ya29.…`: the line a token-printing command prints.
  if (chars & CUE.newline) out = redactPrintedTokens(out, ctx);
  // A stored password's hash (`$2a$10$…`, `$pbkdf2-sha256$…`, `{SSHA}…`).
  out = redactPasswordHashes(out, ctx);
  // A key, then `:`, `=`, `,` — or a flag (-key) then a blank.
  if (chars & (CUE.colon | CUE.equals | CUE.comma) || all(chars, CUE.dash | CUE.blank)) out = redactKeyValues(out, ctx);
  if (chars & (CUE.colon | CUE.equals)) out = redactNamedValues(out, ctx);
  // Every vendor shape is a run of 18+ token characters, but for the Facebook app token's `|`.
  if (run >= 16 || chars & CUE.pipe) out = redactVendorKeys(out, ctx);
  if (ctx.policy.terms.length > 0) out = redactTerms(out, ctx, termsOf(ctx));
  return out;
}

const all = (chars: number, bits: number) => (chars & bits) === bits;

/**
 * E-mail addresses, whole: PHI (a user's term inside one makes the whole address a custom redaction). A name written
 * right before its address ("Jane Roe <jroe@…>") goes first, while the address still shows what it is.
 */
function redactEmails(text: string, ctx: ItemContext): string {
  if (!text.includes("@")) return text;
  const names: PhiSpan[] = [];
  findNamesBeforeAddresses(text, names);
  const named = redactSpans(text, ctx, names, "name");
  return redactSpans(named, ctx, findEmailSpans(named), "email");
}

/** Italian fiscal codes (a run of 16) and the other national shapes, in text order. */
function nationalIds(text: string, run: number): PhiSpan[] {
  const spans: PhiSpan[] = [];
  if (run >= 16) findFiscalCodes(text, spans);
  findNationalIdShapes(text, spans);
  return spans.sort((a, b) => a.start - b.start);
}

/** Each span (in order) replaced by its PHI placeholder of `type`. */
export function redactSpans(
  text: string,
  ctx: ItemContext,
  spans: Iterable<{ start: number; end: number }>,
  type: string,
) {
  let out = "";
  let pos = 0;
  for (const span of spans) {
    if (span.start < pos) continue;
    out += text.slice(pos, span.start) + ctx.phi(text.slice(span.start, span.end), type);
    pos = span.end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
