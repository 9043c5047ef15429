// Credentials by pattern, for the text that structure did not cover: Authorization-style schemes (Bearer, Basic,
// DPoP, Negotiate), header lines inside text, and `key = value` assignments whose key names a secret
// (access_token, client_secret, password, api_key, DB_PASSWORD, …) — quoted, JSON-escaped or bare.
// Each pattern is entered only at a word start (lookbehind) and reads its value with a linear scan: no backtracking.
import { decodeBase64Text } from "~/evidence/base64";
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";
import {
  TEXT_HEADER_NAMES,
  isCookieHeader,
  isUserHeader,
  authParamListLength,
  isParamScheme,
  startsWithAuthParams,
  tokenParamsLength,
  startsWithTokenParam,
  looksLikeCredential,
  redactAuthorizationValue,
  redactHeaderValue,
  isCredentialHeader,
} from "../headers";
import { elidedValueLength, printedListEnd, printedStringList, startsPrintedList } from "../printed-lists";
import { COMMAND_SUBSTITUTION, isSecretTemplateMarker } from "../context";
import { isShellVariableAt } from "../command-words";
import { opensRecord, recordString } from "../record-string";
import { optionalString } from "./swift-optional";
import { rTypedString } from "../r-typed-values";
import { graphqlOperations, isGraphqlVariable, type GraphqlOperations } from "../graphql-variables";
import {
  isClientNonce,
  isNoSignature,
  isWorkingDirectory,
  labelNamesSecret,
  looksLikeDummyValue,
  looksLikeSecretValue,
  namesAFailureClass,
  secretKey,
  secretPlaceholder,
  type SecretKey,
} from "./secret-keys";

export { secretTypeOfKey } from "./secret-keys";

// No word-start lookbehind here and below: a replacement made earlier (a user term glued to the word) must not
// change what matches, or a second pass would differ from the first. Each attempt is bounded, so it stays linear.
const AUTH_SCHEME = /(bearer|basic|dpop|negotiate|ntlm|token)[ \t]+([A-Za-z0-9._~+/=-]+)/gi;
const HTTP_VERSION = /^HTTPS?\/\d(?:\.\d)?$/i;

/**
 * What follows the word `token` when it is the scheme of a credential an access log wrote without its header
 * (`- - token 5d1c09f2-… [20/Jul/2021…]`, `"Token 9944b0…"`). A UUID or hex of 8+ with a letter and a digit is one
 * only where a header's value stands (see headerPosition): in a sentence it is an id (`tenant token <uuid>`,
 * `commit token 1a2b3c`). A key of 20+ letters and digits with both, or of 16+ mixing lower case, upper case and
 * digits (dots and dashes allowed: Dropbox's `sl.…`), is one anywhere; where a header's value stands, any 16+ with a
 * letter and a digit is. The word before a time, a parameter or a version ("token expires_in=3600") is prose. Every
 * pattern is anchored, with lookaheads over negated classes, on the credential already matched: linear.
 */
const TOKEN_ID = /^(?:[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}|(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{8,})$/i;
const TOKEN_KEY = /^(?=[A-Za-z_]*\d)(?=\d*[A-Za-z])[A-Za-z0-9_]{20,}$/;
const TOKEN_MIXED_KEY = /^(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])(?=[^0-9]*\d)[A-Za-z0-9._~+/=-]{16,}$/;
const TOKEN_HEADER_KEY = /^(?=[^0-9]*\d)(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9._~+/=-]{16,}$/;

function isTokenCredential(credential: string, header: boolean): boolean {
  if (TOKEN_ID.test(credential)) return header;
  return (
    TOKEN_KEY.test(credential) || TOKEN_MIXED_KEY.test(credential) || (header && TOKEN_HEADER_KEY.test(credential))
  );
}

/**
 * Whether the word at `at` stands where a header's value is written: at a line's start, after a quote, a bracket, `=`
 * or `:` (`"Token …"`, `[token …]`, `auth=Token …`), or after an access log's `-` placeholder (`- - token …`). Only
 * the blanks right before the word are stepped over (each blank run belongs to one word): linear.
 */
function headerPosition(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === " " || text[i] === "\t")) i--;
  if (i < 0 || text[i] === "\n" || text[i] === "\r") return true;
  if ("\"'[(=:".includes(text[i])) return true;
  return text[i] === "-" && (i === 0 || /\s/.test(text[i - 1]));
}

/** How far a scheme's auth-params are read in text: a header's worth. */
const PARAMS_MAX = 2048;

export function redactAuthSchemes(text: string, ctx: ItemContext): string {
  if (!/bearer|basic|dpop|negotiate|ntlm|token/i.test(text)) return text;
  let out = "";
  let pos = 0;
  AUTH_SCHEME.lastIndex = 0;
  for (;;) {
    const m = AUTH_SCHEME.exec(text);
    if (!m) break;
    const [whole, scheme, credential] = m;
    // `Bearer access_token=…`, `Bearer token = "…"`: a token written as auth-params is read as a header's value, once
    // (a value a header reader already replaced stays as it is). A quoted `realm="…"` is left to the header readers.
    const next = text[m.index + whole.length] ?? "";
    const isParam = /^[a-z_]+=$/i.test(credential) && next === '"'; // realm="…", error="…"
    const params =
      !isParam && startsWithTokenParam(text.slice(m.index, m.index + 96))
        ? tokenParamsLength(text.slice(m.index, m.index + PARAMS_MAX))
        : 0;
    if (params) {
      const value = text.slice(m.index, m.index + params);
      out +=
        text.slice(pos, m.index) +
        (value.includes("[REDACTED:") ? value : redactAuthorizationValue(value, ctx, (v) => v));
      pos = m.index + params;
      AUTH_SCHEME.lastIndex = pos;
      continue;
    }
    // A request line whose path ends in a scheme's word (`POST /oauth2/v1/tokens/bearer HTTP/1.1`, logged inside
    // quotes with its headers as Ruby's Net::HTTP does): the protocol version is no credential.
    const isProtocol = HTTP_VERSION.test(credential);
    // A scheme's word as a path's last segment (`POST /auth/bearer <request id> 401`) names an endpoint, not a scheme:
    // the word after it is the log line's next field.
    const isPathSegment = text[m.index - 1] === "/";
    // `token` is a scheme only as a word of its own: `--token …` is a flag, `access_token …` a key (redactKeyValues).
    const tokenWord =
      scheme.toLowerCase() === "token" &&
      (/[\w-]/.test(text[m.index - 1] ?? "") || !isTokenCredential(credential, headerPosition(text, m.index)));
    if (
      isParam ||
      isProtocol ||
      isPathSegment ||
      tokenWord ||
      !looksLikeCredential(credential) ||
      isWordAfterBasic(scheme, credential)
    ) {
      // Not a credential: the word after the scheme is scanned again (it may be a scheme itself).
      AUTH_SCHEME.lastIndex = m.index + scheme.length;
      continue;
    }
    out += text.slice(pos, m.index) + redactAuthorizationValue(whole, ctx, (v) => v);
    pos = m.index + whole.length;
  }
  return out + text.slice(pos);
}

/**
 * `Basic` in a sentence or a log line's text (`ERROR Basic BasicAuth example realm`): a word of letters only whose
 * base64 decoding is not printable text is the next word, not a credential (`dGVzdGtleWZvcmFwaQ`, a key with no
 * colon, decodes to text and stays a credential).
 */
function isWordAfterBasic(scheme: string, credential: string): boolean {
  if (scheme.toLowerCase() !== "basic" || !/^[A-Za-z]+$/.test(credential)) return false;
  const decoded = decodeBase64Text(credential);
  return decoded === null || !/^[\x20-\x7e]+$/.test(decoded);
}

/** Where a scan for a closing quote found none: a later scan from inside that stretch cannot find one either. */
interface QuoteMemo {
  /** Per quote kind (the quote character, escaped or not): the stretch [from, to) known to hold no closing quote. */
  misses: Map<string, { from: number; to: number }>;
  /** The last bare run read, [from, to): a value starting inside it ends at the same place (the stops do not depend
   *  on where the run starts), so `token=token=…` reads its text once, not once per key. */
  bare?: { from: number; to: number };
}

/** A template reference or a command substitution at a value's start (read whole by readValue). */
const TEMPLATE_REFERENCE = new RegExp(
  String.raw`^(\$\{[^}\n]{0,80}\}|\{\{[^}\n]{0,80}\}\}|<[^<>\n]{0,80}>|${COMMAND_SUBSTITUTION})`,
);

/** Longest multi-line string read: a secret or a key is short; past it the string is read as before. */
const MULTI_LINE_MAX = 8192;

/** TOML's (and Python's) multi-line string, `"""…"""` or `'''…'''`, opened right after the key's separator (whose
 *  quote is its first mark): the value runs to the closing delimiter, over lines, the line breaks after the opener and before the closer kept. Read
 *  in a bounded window, so each opener costs a bounded amount. */
function multiLineString(
  text: string,
  start: number,
  quote: string,
): { start: number; value: string; end: number } | null {
  if ((quote !== '"' && quote !== "'") || text[start] !== quote || text[start + 1] !== quote) return null;
  const open = start + 2;
  const window = text.slice(open, open + MULTI_LINE_MAX);
  const close = window.indexOf(quote.repeat(3));
  if (close < 0) return null;
  const first = /^\r?\n/.exec(window)?.[0].length ?? 0;
  // The line break before the closing delimiter is layout too: kept.
  const last = close - (/\r?\n$/.exec(window.slice(first, close))?.[0].length ?? 0);
  const value = window.slice(first, Math.max(first, last));
  return value.trim() ? { start: open + first, value, end: open + first + value.length } : null;
}

/** Reads the value after `key: ` / `key=`: quoted (also \" escaped) up to its closing quote on the same line, else a
 *  bare run. Never looks past the end of the line, and a stretch of a line already known to hold no closing quote is
 *  not scanned again, so many unclosed quotes on one long line cannot make the scan quadratic. */
function readValue(text: string, start: number, quote: string, memo: QuoteMemo): { value: string; end: number } | null {
  if (quote) {
    const q = quote[quote.length - 1];
    const escaped = quote.length > 1;
    const kind = q + (escaped ? "\\" : "");
    const miss = memo.misses.get(kind);
    if (!miss || start < miss.from || start >= miss.to) {
      let i = start;
      for (; i < text.length && text[i] !== "\n"; i++) {
        if (text[i] !== q) continue;
        // An escaped opening quote (\") closes at the next quote, escaped or not (pasted JSON is often half-escaped).
        if (escaped || text[i - 1] !== "\\") {
          let end = i;
          while (escaped && end > start && text[end - 1] === "\\") end--;
          return end > start ? { value: text.slice(start, end), end } : null;
        }
      }
      memo.misses.set(kind, { from: start, to: i });
    }
  }
  // A template reference (${VAR}, {{var}}, <value>) or a shell's command substitution (`$(gh auth token)`) is read
  // whole, so it can be recognised as one.
  const template = TEMPLATE_REFERENCE.exec(text.slice(start, start + 210));
  if (template) return { value: template[1], end: start + template[1].length };
  let end = start;
  if (memo.bare && start >= memo.bare.from && start < memo.bare.to) end = memo.bare.to;
  else {
    while (end < text.length && !/[\s,;&"'<>\\)}\]]/.test(text[end])) end++;
    memo.bare = { from: start, to: end };
  }
  if (end === start) return null;
  return { value: text.slice(start, end), end };
}

/** One more item of a signature header's list: after a comma (Stripe's `t=…,v1=…`, Standard Webhooks' `v1,<base64>`)
 *  or after blanks before another versioned item (`v1,<a> v1,<b>`). */
const SIGNATURE_ITEM = /(?:,|[ \t]+(?=v\d{1,2}[,=]))[^\s,;"'<>\\)}\]]+/y;

/** A signature header's whole value, not only its first item (each step reads at least two characters: linear). */
function signatureList(text: string, start: number, end: number): { value: string; end: number } {
  for (;;) {
    SIGNATURE_ITEM.lastIndex = end;
    if (!SIGNATURE_ITEM.exec(text)) return { value: text.slice(start, end), end };
    end = SIGNATURE_ITEM.lastIndex;
  }
}

/** Words that every secret-naming key contains (access_token, client_secret, DB_PASSWORD, apiKey, SAMLResponse,
 *  PHPSESSID, connect.sid, Jenkins-Crumb, …). */
export const KEY_ANCHOR =
  /token|secret|passw|pwd|key|assertion|verifier|saml|session|sessid|connect\.sid|_csrf|_xsrf|crumb|sig|otp|salt|credential|pass|auth|sonar|bundle_|(?:verification|mfa|2fa|two[_-]?factor|one[_-]?time|sms|email|security|login)[_-]?(?:code|pin)/gi;
const KEY_CHAR = /[A-Za-z0-9_.$@-]/;
/** What follows a key: optional closing quote (JSON-escaped too), the separator (=, :, :=, ::=, ?=, +=, =>, LDIF's
 *  `::` before a base64 value, and the comma between two quoted arguments: GetEnv("api_token", "…")), optional
 *  opening quote. */
const AFTER_KEY = /(\\{0,3}["']?)[ \t]{0,8}(:{1,3}=|\?=|\+=|=>|={2,3}|!==?|::(?=[ \t])|[:=,])[ \t]{0,8}(\\{0,3}["']?)/y;
/** A command-line flag and its value: --token hf_…, -ClientSecret '…'. */
/** A flag whose secret comes on stdin, not after it. */
const STDIN_FLAG = /(?:[-_]stdin|^--with-token)$/i;
const AFTER_FLAG = /[ \t]{1,8}(\\{0,3}["']?)/y;

/** Does a string start at `i`: after a quote, or at the start of a one-line text (a structure's value)? */
const startsString = (text: string, i: number): boolean =>
  text[i - 1] === '"' || text[i - 1] === "'" || (i === 0 && !text.includes("\n"));

/** A value that is nothing to redact: empty, a container, a literal, a placeholder already, a template. Judged on
 *  its first JUDGED characters (cheap anchored checks first), so keys nested in one long run cost a bounded amount
 *  each; past that length a value is only more likely to be a secret. */
const isNoValue = (v: string): boolean => literalNoValue(v) || headNoValue(judged(v));
/** The cheap anchored checks on the whole value: empty, a container, a table's next bar (`password: | value |`), a literal. */
const literalNoValue = (v: string): boolean => !v || /^[{[|]/.test(v) || /^(true|false|null|\d{1,3})$/i.test(v);
/** `yes` or `no` unquoted after a colon: YAML's booleans (`password: no`), MySQL's refusal saying whether one was sent
 *  (`(using password: YES)`). After `=` (`--password=no`, `Password=yes;`, `PGPASSWORD=no`) or quoted, the word is
 *  the password itself: no format there reads it as a boolean. */
const isColonBoolean = (separator: string | undefined, quote: string, v: string): boolean =>
  separator === ":" && !quote && /^(?:yes|no)$/i.test(v);
/** phpinfo's mark of an unset directive or variable (`MYSQL_PASSWORD => no value`, `<i>no value</i>`): no value. */
const PHP_NO_VALUE = /no value(?![\w-])/y;
/** Whether the sticky pattern `re` matches `text` at `at`. */
const matchesAt = (re: RegExp, text: string, at: number): boolean => {
  re.lastIndex = at;
  return re.test(text);
};
/** The checks on a value's head: a placeholder already, a template. */
const headNoValue = (head: string): boolean => isSentinelOnly(head) || isSecretTemplateMarker(head);
/** What a tool prints where it hides a value (Terraform's `(sensitive value)`, `(sensitive)`, `<sensitive>`, and
 *  `(known after apply)` for one it does not know yet): a fact of the plan, no value. Anchored at the value's start. */
const PRINTED_STAND_IN = /\((?:sensitive(?: value)?|known after apply)\)|<sensitive>/y;
const JUDGED = 64;
const judged = (v: string): string => (v.length > JUDGED ? v.slice(0, JUDGED) : v);
/** A weak key's value that reads like filler or prose, not a secret (judged on its first JUDGED characters). */
const notSecretValue = (v: string): boolean => {
  const head = judged(v);
  return !looksLikeSecretValue(head) || looksLikeDummyValue(head);
};

/**
 * The verdicts on a value's head, remembered for one scan of a text: values read from one long run (`token=token=…`,
 * every key's value is the rest of the run) share their first JUDGED characters, so each verdict is made once, not
 * once per key. The same answers as the functions above (each is a pure function of the head, and of the key). The
 * tables are made on first use: most texts judge no value at all.
 */
class HeadVerdicts {
  /** Per head: its verdicts, each made on first use (one look-up of the head serves all three). */
  private byHead?: Map<string, { noValue?: boolean; notSecret?: boolean; labelled?: Map<string, boolean> }>;

  private of(head: string) {
    const table = (this.byHead ??= new Map());
    let entry = table.get(head);
    if (!entry) table.set(head, (entry = {}));
    return entry;
  }

  /** `head` is judged(v), cut once per value: the same string object hashes once for every look-up. */
  isNoValue(v: string, head: string): boolean {
    if (literalNoValue(v)) return true;
    const entry = this.of(head);
    return (entry.noValue ??= headNoValue(head));
  }

  notSecretValue(head: string): boolean {
    const entry = this.of(head);
    return (entry.notSecret ??= notSecretValue(head));
  }

  labelNamesSecret(key: string, named: SecretKey, head: string): boolean {
    const labelled = (this.of(head).labelled ??= new Map());
    let answer = labelled.get(key);
    if (answer === undefined) labelled.set(key, (answer = labelNamesSecret(key, named, head)));
    return answer;
  }
}

/** `scheme://` right before the key and `:<digits>` right after it: a URL's host and port (`//password=…` is not). */
function isHostAndPort(text: string, keyStart: number, keyEnd: number): boolean {
  if (text[keyStart - 1] !== "/" || text[keyStart - 2] !== "/" || text[keyStart - 3] !== ":") return false;
  let s = keyStart - 3;
  while (s > 0 && keyStart - s < 20 && /[A-Za-z0-9+.-]/.test(text[s - 1])) s--;
  if (s === keyStart - 3 || !/[A-Za-z]/.test(text[s])) return false;
  return text[keyEnd] === ":" && /[0-9]/.test(text[keyEnd + 1] ?? "");
}

/**
 * `key = value` assignments whose key names a secret. Anchored on the secret words, so plain text and long URLs cost
 * one regex scan; the key is then read around the anchor (at most 80 characters each way) — linear on any input.
 * A strong key (a password, client_secret, access_token, …) loses any value; a weak one (a bare `token:`, a generic
 * name such as SNYK_TOKEN or user_auth, a flag, a function argument) only a value that reads like a secret.
 */
export function redactKeyValues(text: string, ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  let floor = 0;
  const memo: QuoteMemo = { misses: new Map() };
  const verdicts = new HeadVerdicts();
  let operations: GraphqlOperations | undefined;
  const graphqlOps = () => (operations ??= graphqlOperations(text));
  KEY_ANCHOR.lastIndex = 0;
  for (;;) {
    const a = KEY_ANCHOR.exec(text);
    if (!a) break;
    if (a.index < floor) continue;
    let keyStart = a.index;
    while (keyStart > floor && a.index - keyStart < 80 && KEY_CHAR.test(text[keyStart - 1])) keyStart--;
    let keyEnd = a.index + a[0].length;
    while (keyEnd < text.length && keyEnd - keyStart < 160 && KEY_CHAR.test(text[keyEnd])) keyEnd++;
    KEY_ANCHOR.lastIndex = keyEnd;
    // "http://auth-server:9000/messages": a URL's host and port, not a key and its value.
    if (isHostAndPort(text, keyStart, keyEnd)) continue;
    const key = labelKey(text, keyStart, keyEnd);
    const named = secretKey(key) ?? (BARE_KEY.test(key) ? BARE_KEY_NAME : null);
    if (!named) continue;
    let weak = !named.strong;
    let valueStart: number;
    let quote: string;
    AFTER_KEY.lastIndex = keyEnd;
    const m = AFTER_KEY.exec(text);
    // `SecurityTokenExpiredException: IDX10223: …`: an exception's class before its message, not a key and its value.
    if (m && !m[1] && /^:[ \t]/.test(m[0]) && namesAFailureClass(key)) continue;
    if (m && !/^(?:={2,3}|!==?)$/.test(m[2]) && !(m[2] === "," && (!m[1] || !m[3]))) {
      quote = m[3];
      valueStart = keyEnd + m[0].length;
      if (m[2] === ",") weak = true;
    } else {
      // A flag (-ClientSecret '…', --token …): the key starts with a dash after a space, the value follows a space.
      const isFlag = key.startsWith("-") && (keyStart === 0 || /\s/.test(text[keyStart - 1]));
      // A flag that has the secret read from stdin (`--password-stdin`, `gh auth login --with-token`) takes no value:
      // the word after it is the command's next argument (the registry `docker login` logs in to).
      if (STDIN_FLAG.test(key)) continue;
      AFTER_FLAG.lastIndex = keyEnd;
      const f = isFlag ? AFTER_FLAG.exec(text) : null;
      if (!f) continue;
      quote = f[1];
      valueStart = keyEnd + f[0].length;
      weak = true;
    }
    // "auth:S1#111#ACME" as a string (quoted, or a JSON string value swept alone): a weak word glued to the rest by
    // a colon at the start of the string is a prefix of the value (an issuer, a URN), not a key with its value.
    if (weak && m?.[0] === ":" && startsString(text, keyStart)) continue;
    // `Access token: Optional("…")`: Swift's wrapper around the value; the string inside is the value.
    // R's str(): ` $ access_token: chr "…"`, the type tag before the string.
    // Haskell's `Just "…"`, a record or struct under the key (`Just (RefreshToken {rtoken = "…"})`, `%Secret{value:
    // "…"}`): its first string is the key's value.
    const wrapped = quote
      ? null
      : (optionalString(text, valueStart) ?? rTypedString(text, valueStart) ?? recordString(text, valueStart));
    if (wrapped) ({ start: valueStart, quote } = wrapped);
    // The Collector's `-> http.request.header.x-api-key: Slice(["…"])`: the first string of the list is the value.
    else if (!quote && text.startsWith('Slice(["', valueStart)) {
      valueStart += 8;
      quote = '"';
    }
    const multiLine = multiLineString(text, valueStart, quote);
    if (multiLine) valueStart = multiLine.start;
    let read = multiLine ?? readValue(text, valueStart, quote, memo);
    if (!read) continue;
    // `token: %OAuth2.AccessToken{`, `expiresIn = Just 3600`: a nested struct or record without a string, or Haskell's
    // `Just`, is no value; what follows is read next.
    if (!quote && opensRecord(text, valueStart)) {
      KEY_ANCHOR.lastIndex = valueStart;
      continue;
    }
    if (named.type === "signature" && !quote) read = signatureList(text, valueStart, read.end);
    // An assignment under a label that names a secret on its own (clientSecret: hunter2) loses any value.
    const assigned = m?.[2] === ":" || m?.[2] === "=";
    if (assigned && !quote) read = phraseValue(text, keyStart, read);
    const trimmed = read.value.trim();
    const head = judged(trimmed);
    // A variable named only `key` holds a cache key or a word as often as a secret: only a random value assigned to it.
    if (named === BARE_KEY_NAME && !(assigned && readsRandom(trimmed))) {
      KEY_ANCHOR.lastIndex = valueStart;
      continue;
    }
    // `credential = Credentials.basic(…)`, `$token = $oAuth->access_token`, `Credentials = new AuthCredentials`,
    // `{'x-api-key': API_KEY}`: code that computes, fetches or names the value is not the value. The text after it is
    // read on (the call's own arguments may hold a literal).
    if (!quote && isCodeExpression(text, valueStart)) {
      // …but a literal the code turns into the value (`SecretStr("…")`, a fallback after an environment look-up) is it.
      const literal = valueLiteralInCode(text, valueStart);
      if (literal) {
        out += text.slice(pos, literal.start) + secretPlaceholder(literal.value, named.type, ctx);
        pos = floor = literal.start + literal.value.length;
      }
      KEY_ANCHOR.lastIndex = literal ? pos : valueStart;
      continue;
    }
    // `{"x-api-key": key}`, `headers={'api_key': self.api_key, …}`: a quoted key in code's dict or object literal, its
    // value a variable (an unquoted name that reads like no secret, then the literal's `}`, `,` or `)`).
    if (!quote && m?.[1] && m[2] === ":" && isVariableReference(text, key, read.value, read.end)) {
      KEY_ANCHOR.lastIndex = read.end;
      continue;
    }
    // A GraphQL operation's `($pass: String!)` declares a variable and `login(password: $pass)` passes it: no value.
    if (!quote && isGraphqlVariable(text, keyStart, m?.[2], read.value, read.end, graphqlOps)) {
      KEY_ANCHOR.lastIndex = read.end;
      continue;
    }
    if (
      isWorkingDirectory(key, trimmed, text, keyStart) ||
      (!quote && matchesAt(PRINTED_STAND_IN, text, valueStart)) ||
      isClientNonce(key.toLowerCase(), trimmed) ||
      // `session.name: PHPSESSID: PHPSESSID` (phpinfo's local and master columns): the key's own name, no value (a
      // password that is the word "password" is one, and weak).
      (named.type !== "password" && trimmed.toLowerCase() === key.toLowerCase()) ||
      verdicts.isNoValue(trimmed, head) ||
      isColonBoolean(m?.[2], quote, trimmed) ||
      matchesAt(PHP_NO_VALUE, text, valueStart) ||
      isShellVariableAt(text, valueStart, trimmed) ||
      (named.type === "signature" && isNoSignature(trimmed)) ||
      (weak && verdicts.notSecretValue(head) && !(assigned && verdicts.labelNamesSecret(key, named, head)))
    ) {
      // Nothing to redact here; the value is scanned again (it may hold another key).
      KEY_ANCHOR.lastIndex = valueStart;
      continue;
    }
    const replaced = secretPlaceholder(read.value, named.type, ctx);
    out += text.slice(pos, valueStart) + replaced;
    pos = read.end;
    floor = read.end;
    KEY_ANCHOR.lastIndex = read.end;
  }
  return out + text.slice(pos);
}

/**
 * The rest of a config line after a first word: more words of letters only (`mongo password`, `change me`), up to the
 * end of the line or a ` # ` comment (.env, .properties, YAML).
 */
const MORE_WORDS = /^(?:[ \t]+[A-Za-z][A-Za-z'-]{0,30}){1,6}(?=[ \t]*(?:\r?\n|$)|[ \t]+#)/;
/**
 * Words of an error, a status or a sentence (`password=wrong then got error invalid grant`, `Password: expired
 * yesterday after the upgrade`): a line holding one is a log line or a sentence, not a config value, and keeps them.
 */
const STATUS_WORDS = new Set([
  "error",
  "errors",
  "invalid",
  "failed",
  "fails",
  "failure",
  "wrong",
  "expired",
  "denied",
  "unauthorized",
  "forbidden",
  "rejected",
  "incorrect",
  "locked",
  "then",
  "but",
  "got",
  "gets",
  "returned",
  "returns",
  "gave",
  "gives",
  "after",
  "when",
  "because",
  "since",
  "still",
]);
/** Where a config line's key may start: after its indentation, a YAML list's `- `, `export ` or Dockerfile `ENV `. */
const LINE_HEAD = /(?:^|\n)[ \t]*(?:-[ \t]+)?(?:(?:export|ENV)[ \t]+)?$/;

/**
 * A config line's value written as a phrase (`spring.data.mongodb.password=mongo password`, `DB_PASSWORD=change me`
 * in a .properties or .env file, where the value runs to the end of the line or a ` # ` comment): the whole phrase is
 * the value, so it goes as one and its words are not hunted through the rest of the ticket ("the mongo config", "the
 * change log"). Only when the key starts its line (after blanks, `- `, `export ` or `ENV `), the first word is letters
 * only and no value on its own (`none`), and no word reads as an error, a status or a sentence: a log line
 * (`password=wrong then got error invalid grant`) keeps its facts, and a value that reads like a password
 * (`password=hunter2 try it`) stays one word, found wherever else it stands.
 */
function phraseValue(text: string, keyStart: number, read: { value: string; end: number }) {
  if (!/^[A-Za-z]{1,30}$/.test(read.value) || isNoValue(read.value)) return read;
  if (!LINE_HEAD.test(text.slice(Math.max(0, keyStart - 40), keyStart))) return read;
  if (keyStart > 40 && !text.slice(keyStart - 40, keyStart).includes("\n")) return read;
  const more = MORE_WORDS.exec(text.slice(read.end, read.end + 200));
  if (!more) return read;
  const words = (read.value + more[0]).toLowerCase().split(/[ \t]+/);
  if (words.some((w) => STATUS_WORDS.has(w))) return read;
  const end = read.end + more[0].trimEnd().length;
  return { value: text.slice(read.end - read.value.length, end), end };
}

/** A variable named only `key` (`key = '…'`, `KEY: …`, `$key = …`): secretKey leaves it out (primaryKey, cache_key). */
const BARE_KEY = /^[$@]?key$/i;
const BARE_KEY_NAME = { type: "api_key", strong: false, exact: false } as const;
/**
 * What a generated key reads like: 20 or more token characters mixing upper case, lower case and digits, or 32 or more
 * letters and digits (a hex key); no word, path or separator-joined id.
 */
function readsRandom(value: string): boolean {
  if (!/^[A-Za-z0-9_+/=-]{20,512}$/.test(value) || !looksLikeSecretValue(value)) return false;
  if (/[a-z]/.test(value) && /[A-Z]/.test(value) && /\d/.test(value)) return true;
  return /^[A-Za-z0-9]{32,}$/.test(value) && /\d/.test(value) && /[A-Za-z]/.test(value);
}

/** A key that names a secret outright: whatever stands under it is taken for one, even a bare word. */
const NAMES_SECRET = /passw|pwd|secret|token|api[-_]?key|authori[sz]ation/i;

/** What reads as code and never as a secret: a member (`self.auth`, `os.environ`), a camelCase or `$` name. */
const CODE_NAME =
  /^(?:\$[A-Za-z_]\w{0,63}|[a-z_]\w{0,63}[a-z][A-Z]\w{0,63}|[A-Za-z_$][\w$]{0,63}(?:\.[A-Za-z_$][\w$]{0,63}){1,4})$/;

/**
 * A name in code (`self.auth`, `privateKey`) closing a literal's entry under an ambiguous key: no secret is written.
 * Under a key that names a secret (password, client_secret, api_key, token, Authorization) nothing is spared: people
 * retype bodies with the quotes left off (`{"password": hunter2}`), and a lower-case word there is the secret.
 */
function isVariableReference(text: string, key: string, value: string, end: number): boolean {
  if (NAMES_SECRET.test(key) || !CODE_NAME.test(value)) return false;
  let i = end;
  while (text[i] === " " || text[i] === "\t") i++;
  return (text[i] === "}" || text[i] === "," || text[i] === ")") && !looksLikeSecretValue(value);
}

/**
 * Code where a value would stand, never a value retyped without its quotes: a constructor (`new AuthCredentials`), a
 * call (`generateAccessToken()`, `Credentials.basic("…"`, `os.getenv('…')`), a member of a variable or of the object
 * itself (`$oAuth->access_token`, `this.clientSecret`), a constant whose own name is a secret's (`API_KEY`). Each
 * alternative starts differently and each repeat is bounded: linear.
 */
const CODE_EXPRESSION = new RegExp(
  [
    String.raw`new[ \t]+[A-Z][\w$.]{0,80}(?:<[\w$.,<> ]{0,80}>)?[ \t]*(?:[({[\r\n]|$)`,
    String.raw`[A-Za-z_$][\w$]{0,63}(?:(?:\.|->|::)[A-Za-z_$][\w$]{0,63}){0,6}[ \t]*\([ \t]*[)"'$]`,
    String.raw`[A-Za-z_$][\w$]{0,63}(?:(?:\.|->|::)[A-Za-z_$][\w$]{0,63}){1,6}[ \t]*\(`,
    String.raw`\$[A-Za-z_]\w{0,63}(?:->|\[)`,
    String.raw`(?:self|this|cls)\.[A-Za-z_$][\w$]{0,63}`,
  ].join("|"),
  "y",
);
/** An http(s) address alone: no user, no query, no fragment, no blank. */
const ENDPOINT_ONLY =
  /^[ \t]{0,40}https?:\/\/[\w.-]{1,253}(?::\d{1,5})?(?:\/[\w.~%!$&'()*+,;=:-]{0,200}){0,20}\/?[ \t]{0,40}$/;
/** The longest text ENDPOINT_ONLY can match: a longer value is never cut from the text to be tried (one header after
 * another on a line would otherwise each cut to the line's end — quadratic). */
const ENDPOINT_MAX = 40 + 8 + 253 + 6 + 20 * 201 + 1 + 40;
/** A constant's name: upper-case words joined by `_`, then the punctuation that ends a code statement or entry
 *  (`;` `,` `)` `}` `]`). At the end of a line it is a .env, YAML or properties value (`DB_PASSWORD=PROD_SECRET_2024`),
 *  which an upper-case secret may well be. */
const CONSTANT = /[A-Z][A-Z0-9]{0,30}(?:_[A-Z0-9]{1,30}){1,8}(?=[ \t]*[,;)}\]])/y;

/** How far a code expression is read for the literal it turns into a value: one statement on its line. */
const CODE_EXPRESSION_REACH = 300;
/** An environment look-up and its fallback literal: `os.getenv("X") or "…"`, `os.environ.get("X", "…")`,
 *  `sys.env.getOrElse("X", "…")`, `ENV.fetch("X", "…")`, `$_ENV['X'] ?? '…'`, `process.env.X || "…"`. Every part is
 *  bounded and the text read is one line of at most CODE_EXPRESSION_REACH characters. */
const ENV_FALLBACK =
  /[^\n;]{0,120}?env[^\n;]{0,120}?(?:[ \t]or|\?\?|\|\||\?:|,)[ \t]*(["'])([^"'\n\\]{1,200})\1[ \t]*\)?[ \t]*(?:[;,)}\]]|$)/iy;
/** A constructor or a conversion of one string: `new ApiKey("…")`, `SecretStr("…")`, `String::from("…")`,
 *  `SecretString::new("…")`; the callee is a type (capitalised) or a conversion (`from`, `new`, `valueOf`). */
const CONVERSION =
  /(new[ \t]+)?((?:[A-Za-z_$][\w$]{0,63}(?:\.|::)){0,3})([A-Za-z_$][\w$]{0,63})[ \t]*\([ \t]*(["'])([^"'\n\\]{1,200})\4[ \t]*\)/y;
/** A look-up by name (`Environment.GetEnvironmentVariable("X")`, `Configuration.GetValue("X")`): the string is a name. */
const LOOKUP = /env|^(?:get|read|load|fetch|find|lookup)/i;

/** The string literal a code expression under a secret's name turns into its value, or null. */
function valueLiteralInCode(text: string, start: number): { start: number; value: string } | null {
  const reach = text.slice(start, start + CODE_EXPRESSION_REACH);
  const line = reach.split("\n", 1)[0];
  ENV_FALLBACK.lastIndex = 0;
  const fallback = ENV_FALLBACK.exec(line);
  if (fallback) {
    const at = fallback[0].lastIndexOf(fallback[1] + fallback[2] + fallback[1]) + 1;
    return { start: start + at, value: fallback[2] };
  }
  CONVERSION.lastIndex = 0;
  const call = CONVERSION.exec(line);
  if (!call || LOOKUP.test(call[2] + call[3])) return null;
  if (!call[1] && !/^[A-Z]/.test(call[3]) && !/^(?:from|new|valueOf)$/.test(call[3])) return null;
  return { start: start + call[0].lastIndexOf(call[4] + call[5]) + 1, value: call[5] };
}

function isCodeExpression(text: string, start: number): boolean {
  CODE_EXPRESSION.lastIndex = start;
  if (CODE_EXPRESSION.test(text)) return true;
  CONSTANT.lastIndex = start;
  const constant = CONSTANT.exec(text);
  return constant !== null && secretKey(constant[0]) !== null;
}

/** A two-word label written with a space ("Client secret:", "access token =") reads as its one-word key. */
const LABEL_FIRST_WORD = /(client|app|application|api|access|refresh|id|bearer|consumer|shared|bot|session)[ \t]$/i;

function labelKey(text: string, keyStart: number, keyEnd: number): string {
  const key = text.slice(keyStart, keyEnd);
  const before = LABEL_FIRST_WORD.exec(text.slice(Math.max(0, keyStart - 13), keyStart));
  return before ? `${before[1]}_${key}` : key;
}

/**
 * `{name, value}` pairs written as text: a Kubernetes env entry (`- name: FACEBOOK_TOKEN` then `value: "…"`), a
 * NuGet `<add key="ClearTextPassword" value="…" />`. Anchored on "value"; the name is looked for in the 120
 * characters before it, so the scan stays linear.
 */
const VALUE_WORD = /\bvalue(\\{0,3}["']?)[ \t]{0,4}[:=][ \t]{0,4}(\\{0,3}["']?)/g;
const NAME_BEFORE =
  /(?:^|[\s{,;<"'])(?:name|key)\\{0,3}["']?[ \t]{0,4}[:=][ \t]{0,4}\\{0,3}["']?([A-Za-z0-9_.:$@-]{1,80})\\{0,3}["']?[\s,;]{1,40}$/;
/** The name after the value: XML attributes come in any order (`<add value="…" key="ida:ClientSecret" />`). */
const NAME_AFTER =
  /^\\{0,3}["']?[\s,;]{1,40}(?:name|key)\\{0,3}["']?[ \t]{0,4}[:=][ \t]{0,4}\\{0,3}["']?([A-Za-z0-9_.:$@-]{1,80})/;
/** .NET's applicationSettings: `<setting name="ClientSecret" serializeAs="String">` names the text of its `<value>`. */
const SETTING_VALUE =
  /<setting[ \t]+name="([^"<>\n]{1,80})"[^<>\n]{0,200}>[ \t\r\n]{0,80}<value>([^<]{1,4096})<\/value>/g;

export function redactNamedValues(text: string, ctx: ItemContext): string {
  if (!/\bvalue\W/.test(text)) return text;
  let out = "";
  let pos = 0;
  const memo: QuoteMemo = { misses: new Map() };
  VALUE_WORD.lastIndex = 0;
  for (;;) {
    const m = VALUE_WORD.exec(text);
    if (!m) break;
    const name = NAME_BEFORE.exec(text.slice(Math.max(pos, m.index - 120), m.index));
    const valueStart = m.index + m[0].length;
    const read = readValue(text, valueStart, m[2], memo);
    if (!read) continue;
    const after = name ? null : NAME_AFTER.exec(text.slice(read.end, read.end + 160));
    const named = name || after ? secretKey((name ?? after)![1]) : null;
    if (!named) continue;
    const trimmed = read.value.trim();
    if (isNoValue(trimmed) || isShellVariableAt(text, valueStart, trimmed)) continue;
    if (!named.strong && notSecretValue(trimmed)) continue;
    out += text.slice(pos, valueStart) + secretPlaceholder(read.value, named.type, ctx);
    pos = read.end;
    VALUE_WORD.lastIndex = read.end;
  }
  return redactSettingValues(out + text.slice(pos), ctx);
}

function redactSettingValues(text: string, ctx: ItemContext): string {
  if (!text.includes("<setting")) return text;
  return text.replace(SETTING_VALUE, (whole: string, name: string, value: string) => {
    const named = secretKey(name);
    const trimmed = value.trim();
    if (!named || isNoValue(trimmed) || (!named.strong && notSecretValue(trimmed))) return whole;
    const at = whole.lastIndexOf(value);
    return whole.slice(0, at) + secretPlaceholder(value, named.type, ctx) + whole.slice(at + value.length);
  });
}

/**
 * `curl -u user:password` (or --user, -U, --proxy-user) in prose, a shell session or a log — wherever the command is
 * not read as a curl command. The user part (the client ID in client_secret_basic) stays; the password goes.
 */
const CURL_USER = /(?<![\w-])(?:-u|--user|-U|--proxy-user)(?:[ \t]{1,8}|=)(["']?)/g;

export function redactCurlUserInText(text: string, ctx: ItemContext): string {
  if (!/-u|--user|-U|--proxy-user/.test(text)) return text;
  let out = "";
  let pos = 0;
  CURL_USER.lastIndex = 0;
  for (;;) {
    const m = CURL_USER.exec(text);
    if (!m) break;
    const valueStart = m.index + m[0].length;
    const q = m[1];
    let end = valueStart;
    while (
      end < text.length &&
      end - valueStart < 2048 &&
      (q ? text[end] !== q && text[end] !== "\n" : !/[\s"'`]/.test(text[end]))
    )
      end++;
    const value = text.slice(valueStart, end);
    const colon = value.indexOf(":");
    const password = colon > 0 ? value.slice(colon + 1) : "";
    // uid:gid (docker run -u 1000:1000) and an empty or template password are not credentials.
    if (!password || (/^\d+$/.test(password) && /^\d+$/.test(value.slice(0, colon))) || isNoValue(password)) continue;
    if (isShellVariableAt(text, valueStart, password)) continue;
    out += text.slice(pos, valueStart + colon + 1) + ctx.secret(password, "client_secret");
    pos = end;
    CURL_USER.lastIndex = end;
  }
  return out + text.slice(pos);
}

/** An Authorization value with no scheme and more than one word — unless it reads `<Scheme> <credential>` (a scheme
 *  we do not list, such as Api-Token, SSWS or GenieKey, followed by one credential-looking word). */
const isProse = (value: string): boolean => {
  if (/^\s*(bearer|basic|dpop|negotiate|ntlm|digest|token|aws4-hmac-sha256)\s/i.test(value)) return false;
  const t = value.trim();
  if (!/\S\s+\S/.test(t)) return false;
  // `Hawk id="…", ts="…", mac="…"`: a scheme and its auth-params, not words.
  const scheme = /^([A-Za-z][A-Za-z0-9._-]{1,30})[ \t]+/.exec(t);
  if (scheme && isParamScheme(scheme[1]) && authParamListLength(t.slice(scheme[0].length))) return false;
  const m = /^([A-Za-z][A-Za-z0-9._-]{1,30})[ \t]+(\S+)$/.exec(t);
  return !(m && looksLikeCredential(m[2]) && looksLikeSecretValue(m[2]));
};

const SCHEME_AND_CREDENTIAL = /^([ \t]*[A-Za-z][A-Za-z0-9._-]{1,30}[ \t]+)([^\s"'`,;]+)/;

const HEADER_IN_TEXT = new RegExp(
  `(${TEXT_HEADER_NAMES.map((n) => n.replace(/-/g, "[-_]")).join("|")})(\\\\{0,3}["']?)[ \\t]*:[ \\t]*(\\\\{0,3}["']?)`,
  "gi",
);

/**
 * Go prints a header's several values in one bracket, separated by a space (`Set-Cookie:[sid=a; Path=/ csrf=b]`): a
 * space that follows no `;` and comes before a `name=` starts the next cookie. The pieces, the spaces kept.
 */
function goCookieValues(inner: string): string[] {
  const values: string[] = [];
  let from = 0;
  for (let i = inner.indexOf(" "); i >= 0; i = inner.indexOf(" ", i + 1)) {
    if (i === 0 || inner[i - 1] === ";" || inner[i - 1] === " " || !NEXT_COOKIE.test(inner.slice(i + 1, i + 130)))
      continue;
    values.push(inner.slice(from, i), " ");
    from = i + 1;
  }
  values.push(inner.slice(from));
  return values;
}
/** A cookie's name and its `=` at the start of a piece. */
const NEXT_COOKIE = /^[!#$%&'*+.^`|~\w-]{1,128}=/;

/** `Authorization: …`, `Cookie: …`, `X-Api-Key: …` anywhere in text (log lines, JSON-in-text, curl -H). */
/**
 * Where a header value that starts at `from` ends: the line's end or, inside a quoted shell word or JSON string, the
 * closing quote. Remembered per kind of stop, so the values of many header names on one long line share one scan.
 */
function valueEnd(
  text: string,
  from: number,
  stop: string,
  escaped: boolean,
  quotedParts: "" | "cookie" | "params",
  memo: Map<string, { from: number; end: number }>,
): number {
  const kind = stop + (escaped ? "\\" : "") + quotedParts;
  const known = memo.get(kind);
  if (known && from >= known.from && from <= known.end) return known.end;
  let end = from;
  while (end < text.length && text[end] !== "\n" && text[end] !== "\r") {
    // A line end written as an escape (`\r\n` in a header block logged as a string: an axios error's _header,
    // Python's send: b'…') ends the value; the backslashes before it are the escape's.
    if (text[end] === "\\" && (text[end + 1] === "r" || text[end + 1] === "n")) {
      while (end > from && text[end - 1] === "\\") end--;
      break;
    }
    // Apache HttpClient's wire log writes the line end as `[\r][\n]` (`>> "Authorization: Bearer …[\r][\n]"`).
    if (
      text[end] === "[" &&
      text[end + 1] === "\\" &&
      (text[end + 2] === "r" || text[end + 2] === "n") &&
      text[end + 3] === "]"
    )
      break;
    // A cookie's value may be quoted (RFC 6265: NAME="…"), so may an auth-param's (RFC 7235: name="…", and as people
    // write them: name='…', name=\"…\" inside a logged string): the quotes are the value's, not the end of a shell word.
    if (quotedParts && !stop && followsEquals(text, end, quotedParts === "params")) {
      const close = quotedPartEnd(text, end, quotedParts === "params");
      if (close > end) {
        end = close;
        continue;
      }
    }
    // In a JSON string a cookie's escaped quotes (`"cookie": "sid=\"…\"; x=1"`) are its value's, not the string's end.
    if (quotedParts && stop === '"' && !escaped && text[end] === '"' && text[end - 1] === "\\") {
      end++;
      continue;
    }
    if (stop ? text[end] === stop && (!escaped || text[end - 1] === "\\") : text[end] === "'" || text[end] === '"')
      break;
    end++;
  }
  memo.set(kind, { from, end });
  return end;
}

/** A `=` just before `at`: right before it, or for an auth-param up to two blanks before (`token = "…"`, as RFC 7235's
 *  BWS allows). */
function followsEquals(text: string, at: number, params: boolean): boolean {
  let i = at - 1;
  if (params) while (i >= at - 2 && (text[i] === " " || text[i] === "\t")) i--;
  return text[i] === "=";
}

/**
 * Where the quoted part opening at `at` ends (after its closing quote), or -1: a double quote, or — for auth-params —
 * a single or an escaped double quote. The part ends on its line.
 */
function quotedPartEnd(text: string, at: number, params: boolean): number {
  const escapedQuote = params && text[at] === "\\" && text[at + 1] === '"';
  const quote = text[at] === '"' || (params && text[at] === "'") ? text[at] : escapedQuote ? '"' : "";
  if (!quote) return -1;
  let close = at + (escapedQuote ? 2 : 1);
  while (close < text.length && text[close] !== quote && text[close] !== "\n" && text[close] !== "\r") close++;
  // An auth-param's quote never closed on its line (`Token token="9f8e…` cut at the line's end): the value runs to it.
  if (text[close] !== quote) return params ? close : -1;
  if (escapedQuote && text[close - 1] !== "\\") return -1;
  return close + 1;
}

const NEXT_HEADER = new RegExp(HEADER_IN_TEXT.source, "gi");

/**
 * Where the next header name (with its colon) between `from` and `end` starts; `end` when there is none. A credential
 * (token68, base64, auth-params) never holds one: a colon is not among its characters.
 */
function nextHeaderOnLine(text: string, from: number, end: number): number {
  NEXT_HEADER.lastIndex = from;
  const m = NEXT_HEADER.exec(text);
  return m && m.index < end ? m.index : end;
}

/** Another header on the same line: a blank or a comma, then `Name:`. */
const ANOTHER_HEADER = /^[,;]?[ \t]+[A-Za-z][\w-]{0,63}[ \t]?:/;

/** Where a user header's one-word value ends when another header follows it on the line; else `end`. */
function loginEnd(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (text[i] === " " || text[i] === "\t")) i++;
  while (i < end && !/[\s,;]/.test(text[i])) i++;
  return i < end && ANOTHER_HEADER.test(text.slice(i, Math.min(end, i + 72))) ? i : end;
}

/**
 * The index of the `]` that closes the `[` at `open`, before `end`; -1 when another `[` (not a placeholder's) comes
 * first or none does. A scan stops at the next bracket, so the scans of many entries on a line do not overlap.
 */
function bracketEnd(text: string, open: number, end: number): number {
  for (let i = open + 1; i < end; i++) {
    if (text[i] === "]") return i;
    if (text[i] !== "[") continue;
    if (!text.startsWith("[REDACTED:", i)) return -1;
    const close = text.indexOf("]", i);
    if (close < 0 || close >= end) return -1;
    i = close;
  }
  return -1;
}

/** The longest Collector `Slice([…])` header value read as one list. */
const SLICE_MAX = 4096;
const lineEndOf = (text: string, from: number): number => {
  const nl = text.indexOf("\n", from);
  return nl < 0 ? text.length : nl;
};

/** A list's values already redacted (printed-header-pairs.ts read the entry): nothing left to judge. */
const isRedactedList = (inner: string): boolean => /^(?:[^[\]]*\[REDACTED:[^\]]*\])+[^[\]]*$/.test(inner);

export function redactHeadersInText(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!/authorization|cookie|dpop|-key|token|secret|password|user|email/i.test(text)) return text;
  const ends = new Map<string, { from: number; end: number }>();
  let out = "";
  let pos = 0;
  HEADER_IN_TEXT.lastIndex = 0;
  for (;;) {
    const m = HEADER_IN_TEXT.exec(text);
    if (!m) break;
    const [whole, name, nameQuote, quote] = m;
    const valueStart = m.index + whole.length;
    // `{"x-api-key": key}`: a header's name as a key of code's dict literal, its value a variable.
    if (nameQuote && !quote) {
      const variable = /^[A-Za-z_$][\w$.]{0,127}/.exec(text.slice(valueStart, valueStart + 128))?.[0];
      if (
        variable &&
        (isVariableReference(text, name, variable, valueStart + variable.length) || isCodeExpression(text, valueStart))
      ) {
        HEADER_IN_TEXT.lastIndex = valueStart + variable.length;
        continue;
      }
      // `{"x-api-key": mysupersecretkey}`: the bare word is the value; the literal's `}`, `,` or `)` stays.
      const wordEnd = variable ? valueStart + variable.length : -1;
      if (variable && /^[ \t]*[},)]/.test(text.slice(wordEnd, wordEnd + 8))) {
        out +=
          text.slice(pos, valueStart) + redactHeaderValue(name.toLowerCase().replace(/_/g, "-"), variable, ctx, sweep);
        pos = wordEnd;
        HEADER_IN_TEXT.lastIndex = wordEnd;
        continue;
      }
    }
    // The value ends at the line's end or, inside a quoted shell word or JSON string, at the quote.
    const stop = quote ? quote[quote.length - 1] : "";
    const lower = name.toLowerCase().replace(/_/g, "-");
    // A user header's name inside a longer one (`max-user:`) is not that header; after an escaped line end
    // (`\r\nend-user:`) it is.
    if (
      isUserHeader(lower) &&
      /[\w-]/.test(text[m.index - 1] ?? "") &&
      !(text[m.index - 2] === "\\" && /[rn]/.test(text[m.index - 1]))
    ) {
      HEADER_IN_TEXT.lastIndex = m.index + name.length;
      continue;
    }
    const cookie = isCookieHeader(lower);
    // A cookie's value and an Authorization's auth-params (`Hawk id="…", mac="…"`) hold quoted parts of their own; a
    // token68 (`Bearer eyJ…c2ln="`, `Basic YWRtaW4=" but was …`) ends with its padding, before the quote.
    const quotedParts = cookie
      ? "cookie"
      : (lower === "authorization" || lower === "proxy-authorization") &&
          startsWithAuthParams(text.slice(valueStart, valueStart + 48))
        ? "params"
        : "";
    let end = valueEnd(text, valueStart, stop, quote.length > 1, quotedParts, ends);
    if (stop && quote.length > 1 && text[end] === stop) end -= quote.length - 1;
    // `authorization: 'https://…/oauth2/authorize'` in a client's settings (JSO, simple-oauth2) names the endpoint: an
    // address without a user or a query carries no credential.
    if (!cookie && end - valueStart <= ENDPOINT_MAX && ENDPOINT_ONLY.test(text.slice(valueStart, end))) {
      HEADER_IN_TEXT.lastIndex = end;
      continue;
    }
    // Go prints `http.Header` as a map (`map[Cookie:[sid=…] X-Request-Id:[…]]`): the value is the bracketed list, and
    // the entries after it are other headers, not part of this one's value.
    // The OpenTelemetry Collector prints a header as a list of strings (`-> http.request.header.cookie:
    // Slice(["sid=…"])`): the list inside the type's wrapper, each element without its quotes, is the value.
    const slice = !stop && text.startsWith("Slice([", valueStart) ? valueStart + 6 : valueStart;
    if (!stop && text[valueStart] === "[") {
      // util.inspect's stand-in for a value it did not print (`'set-cookie': [Array]`) holds no value: nothing goes.
      const elided = elidedValueLength(text, valueStart);
      if (elided) {
        HEADER_IN_TEXT.lastIndex = valueStart + elided;
        continue;
      }
      // Node prints a header's several values as an array of strings (`'set-cookie': [ 'sid=…', 'csrf=…' ]`): each
      // string is one value of the header; the quotes, the commas and the line breaks stay.
      const list = printedStringList(text, valueStart);
      if (list) {
        for (const [from, to] of list.elements) {
          out += text.slice(pos, from) + redactHeaderValue(lower, text.slice(from, to), ctx, sweep);
          pos = to;
        }
        HEADER_IN_TEXT.lastIndex = list.end;
        continue;
      }
      // A printed list the reader cannot follow (another client's variant, past its bound) is a credential's
      // value all the same: the whole print goes, never just its `[`.
      if ((cookie || isCredentialHeader(lower)) && startsPrintedList(text, valueStart)) {
        const listEnd = printedListEnd(text, valueStart);
        const printed = text.slice(valueStart, listEnd);
        out +=
          text.slice(pos, valueStart) +
          (cookie ? ctx.token(printed, "cookie") : redactHeaderValue(lower, printed, ctx, sweep));
        pos = listEnd;
        HEADER_IN_TEXT.lastIndex = listEnd;
        continue;
      }
    }
    if (text[slice] === "[" && !stop) {
      // A Slice's quoted elements end the header's value at their first quote: its list runs on, up to SLICE_MAX.
      const limit = slice > valueStart ? Math.min(lineEndOf(text, slice), slice + SLICE_MAX) : end;
      const close = bracketEnd(text, slice, limit);
      if (close > 0) {
        const quoted = slice > valueStart && close - slice > 2 && text[slice + 1] === '"' && text[close - 1] === '"';
        const from = quoted ? slice + 2 : slice + 1;
        const inner = text.slice(from, quoted ? close - 1 : close);
        const redacted = isRedactedList(inner)
          ? inner
          : cookie && !quoted
            ? goCookieValues(inner)
                .map((value) => (value.trim() ? redactHeaderValue(lower, value, ctx, sweep) : value))
                .join("")
            : redactHeaderValue(lower, inner, ctx, sweep);
        out += text.slice(pos, from) + redacted;
        if (quoted) out += '"';
        pos = close;
        HEADER_IN_TEXT.lastIndex = close;
        continue;
      }
    }
    // A user header's login is one word: another header written after it on the line (`Host: a`, `, x-request-id: 1`)
    // is left to this loop.
    if (isUserHeader(lower)) end = loginEnd(text, valueStart, end);
    const isAuthorization = lower === "authorization" || lower === "proxy-authorization";
    // In text only an Authorization value's credential is the header's (below): its value ends where the next header
    // written on the same line starts, so a line of headers is read once, not to its end again for each of them.
    if (isAuthorization) end = nextHeaderOnLine(text, valueStart, end);
    const value = text.slice(valueStart, end);
    // Prose is judged on its start: a long line of prose is not read again for every header name in it.
    if (isAuthorization && isProse(value.length > 512 ? value.slice(0, 512) : value)) {
      // "Authorization: Api-Token 22cb… sent to the host": a scheme and its credential, then prose.
      const lead = SCHEME_AND_CREDENTIAL.exec(value);
      if (lead && looksLikeCredential(lead[2]) && looksLikeSecretValue(lead[2])) {
        const credStart = valueStart + lead[1].length;
        out += text.slice(pos, credStart) + ctx.token(lead[2], "authorization");
        pos = credStart + lead[2].length;
        HEADER_IN_TEXT.lastIndex = pos;
        continue;
      }
      // "Authorization: the app gets a 403" is prose, not a credential: leave it to the rest of the sweep.
      HEADER_IN_TEXT.lastIndex = valueStart;
      continue;
    }
    // `-H "Authorization: Bearer $TOKEN"` on a command line: the shell's variable, a name.
    const variable = /^(?:[A-Za-z]{1,20}[ \t]+)?(\$[\w:]{1,70})(?![\w:])/.exec(value);
    if (variable && isShellVariableAt(text, valueStart + variable[0].length - variable[1].length, variable[1])) {
      HEADER_IN_TEXT.lastIndex = Math.max(end, valueStart);
      continue;
    }
    if (isAuthorization) {
      // In text only the credential is the header's: what follows it on the line ("Cookie: sid=…" of headers written
      // on one line, prose) is left to this loop and the rest of the sweep, read as any other text.
      let rest = 0;
      const redacted = redactAuthorizationValue(value, ctx, (v) => ((rest = v.length), v), false);
      out += text.slice(pos, valueStart) + redacted.slice(0, redacted.length - rest);
      pos = end - rest;
      HEADER_IN_TEXT.lastIndex = Math.max(pos, valueStart);
      continue;
    }
    out += text.slice(pos, valueStart) + redactHeaderValue(lower, value, ctx, sweep);
    pos = end;
    HEADER_IN_TEXT.lastIndex = Math.max(end, valueStart);
  }
  return out + text.slice(pos);
}
