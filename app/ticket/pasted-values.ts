// What people paste around a value they were asked for, taken off before the value is judged: a header name or key
// (`X-Request-Id: …`, `client_id=…`), quotes, backticks and a trailing comma from JSON or Markdown, a UUID as a URN or
// in a GUID's braces, a request line around a URL (`GET https://… HTTP/1.1`), a status line around a status code
// (`HTTP/1.1 403 Forbidden`). What is left is judged as if typed, so a placeholder is still called a placeholder.
// Every pattern is anchored and bounded, or a single pass: linear in what was pasted.
import { METHOD_SOURCE } from "~/lib/http-start-line";
import { parseCurlCommands } from "~/evidence/curl";
import { statusByPhrase, statusTold } from "~/lib/http-status-told";
import { placeholderReason, tenantFromUrl } from "./identifiers";
import {
  FIELD_LABELS,
  FIELD_NAMES,
  fieldsNamed,
  firstIdentifier,
  isCredentialLabel,
  isIdentifierWord,
  labelledValue,
  labelledValueFor,
  lastWord,
  namedValue,
  variableNaming,
} from "./labelled-value";
import type { LabelledField as IdentifierField } from "./labelled-value";

/** A header name or key copied with the value: `X-Request-Id: `, `client_id=`, `'x-request-id': `, `App ID: `. */
const PASTED_KEY = /^(['"`]?)([A-Za-z][\w -]{0,40})\1\s*[:=]\s*(?=[^\s:=])/;

export type { LabelledField as IdentifierField } from "./labelled-value";
const URN_UUID = /^urn:uuid:/i;
const QUOTED = /^(['"`])([^'"`]*)\1$/;
const GUID_BRACES = /^\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}$/i;

/** A list item's mark before what was copied from a post: `•`, `-`, `*`, `>`. */
const BULLET = /^\s*[•*>-]\s+/;
/** The App ID in a launch URL Code Console or an EHR builds: `/smart/<tenant>/apps/<app id>?…`. */
const APP_IN_URL = /\/apps\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?=[/?#]|$)/i;
/** A template variable where a URL's path or query holds an ID: `/{{tenantId}}/`, `/${TENANT}/`, `=<client-id>`. */
const URL_VARIABLE =
  /[/=](\{\{?[A-Za-z_][\w .-]{0,40}\}?\}|\$\{[A-Za-z_]\w{0,40}\}|<[A-Za-z_][\w .-]{0,40}>)(?=[/?#&]|$)/;
/** `key=value` in a URL's query or a log line (`?client_id=…&`, `request_id=… fwd=…`). */
const KEY_VALUE = /(?:^|[?&\s;,])([A-Za-z][\w-]{0,40})=([^\s&"'#;,]{1,200})/g;
/** The correlation id of a token error, as the error_uri carries it. */
const ERROR_INSTANCE = /\/instances\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![\w-])/i;

/** Without surrounding blanks, trailing commas and semicolons (a JSON or CSV line), and one pair of quotes. */
export const unwrap = (value: string): string => {
  let end = value.length;
  while (end > 0 && /[\s,;]/.test(value[end - 1])) end--;
  const bare = value.slice(0, end).trim();
  return QUOTED.exec(bare)?.[2].trim() ?? bare;
};

/**
 * The identifier in what was pasted for a field (its own header name or key and all after it, or the last word under
 * a label that names the field; quotes, a URN, a GUID's braces taken off). Under any other name — `client_secret=`,
 * `Cerner-Correlation-Id:` in the X-Request-Id field — the paste is judged whole, so the field says what is wrong.
 */
export function pastedIdentifier(field: IdentifierField, value: string): string {
  // JSON quoted inside a JSON string (`\"ClientId\":\"…\"`, an error message that carries its request) reads as JSON.
  const text = unwrap(value.replace(BULLET, "").replace(/\\"/g, '"'));
  // A URL holds the tenant (`/tenants/<id>/…`, `/r4/<id>/…`); an error_uri holds the correlation id.
  if (field === "tenantId" && text.includes("://")) {
    const tenant = tenantFromUrl(text);
    if (tenant) return tenant;
  }
  if (field === "cernerCorrelationId" && text.includes("/instances/")) {
    const instance = ERROR_INSTANCE.exec(text);
    if (instance) return instance[1];
  }
  if (field === "appId" && text.includes("/apps/")) {
    const app = APP_IN_URL.exec(text);
    if (app) return app[1];
  }
  // The field's own query key first: a variable elsewhere in the URL (the tenant segment, the redirect_uri) does
  // not hide a real `client_id=`; with no such key, a variable where the URL holds an ID is the field's stand-in.
  const keyed = keyedValue(field, text);
  if (keyed) return bareIdentifier(keyed);
  if (text.includes("://")) {
    const variable = URL_VARIABLE.exec(text);
    if (variable) return variable[1];
  }
  // The field's own key: all after it is the value, so `X-Request-Id: <your request id>` is still a placeholder; a
  // single word loses the full stop or bracket of the sentence it ended; an identifier followed by a note
  // (`<uuid> (prod)`, `<uuid> // prod`) is that identifier.
  const key = PASTED_KEY.exec(text);
  if (key && !URN_UUID.test(text) && fieldsNamed(key[2]).includes(field)) {
    const rest = unwrap(text.slice(key[0].length));
    const word = lastWord(rest);
    return bareIdentifier(word && !word.label ? word.value : (firstIdentifier(rest) ?? rest));
  }
  const labelled = labelledValue(text);
  const own = labelled && fieldsNamed(labelled.label).includes(field) && labelledValueFor(field, text, labelled);
  // A line too long for a label may still name the field before its value; one that names only a variable holding
  // it gives the variable, so the field can say so.
  const read = own || namedValue(field, text) || text;
  return bareIdentifier(isIdentifierWord(read) ? read : (variableNaming(field, text) ?? read));
}

/** A key's fields; a bare `request_id` is the X-Request-Id a router or framework logs (Heroku, Rails). */
const keyNames = (key: string): IdentifierField[] =>
  /^request[-_]?id$/i.test(key) ? ["xRequestId"] : fieldsNamed(key);

/**
 * The value of the one key in a URL's query or a log line's `key=value` pairs that names this field (`client_id=` in
 * an authorize URL, `request_id=` in a router line); none when no key names it or two name it with different values.
 */
function keyedValue(field: IdentifierField, text: string): string | undefined {
  if (!text.includes("=")) return undefined;
  const values = new Set<string>();
  for (const [, key, value] of text.matchAll(KEY_VALUE)) if (keyNames(key).includes(field)) values.add(value);
  return values.size === 1 ? [...values][0] : undefined;
}

/** A UUID without its URN prefix or a GUID's braces. */
function bareIdentifier(value: string): string {
  const id = value.replace(URN_UUID, "");
  return GUID_BRACES.exec(id)?.[1] ?? id;
}

/**
 * What the label before a pasted value says is wrong with it: it names another field only (`Client ID: …` in the
 * App ID field), or it names none and the value after it is a stand-in (`"id": "68f577e5-XXXX-…"`). Null when the
 * label names this field, or when there is no label: the field's own checks judge the value.
 */
export function pastedLabelProblem(field: IdentifierField, value: string): string | null {
  const labelled = labelledValue(value);
  if (!labelled || isCredentialLabel(labelled.label)) return null;
  const named = fieldsNamed(labelled.label);
  if (named.includes(field)) return null;
  if (named.length)
    return `This value is labelled ${FIELD_NAMES[named[0]]}, not ${FIELD_NAMES[field]}: enter it in its own field, and here the ${FIELD_NAMES[field]}.`;
  return placeholderReason(labelled.value);
}

// A request line as typed into a form field: any case, any white space, the version optional.
const REQUEST_LINE = new RegExp(String.raw`^${METHOD_SOURCE}\s+(\S+)(?:\s+HTTP\/[\d.]+)?$`, "i");
const ANGLE_BRACKETS = /^<(\S+)>$/;

/** A label before a URL (`Request URL : `, `FHIR Endpoint BaseURL: `, `'api_base': '`): no URL starts with one. */
const URL_LABEL = /^['"`]?[A-Za-z][\w .-]{0,40}['"`]?\s*[:=→]\s*['"`]?(?=https?:\/\/)/i;

/**
 * A URL in running text; not one given as a parameter's value (`referer=https://…`, `redirect_uri=https://…`). It
 * ends at `](`, where a Markdown link's text ends and its target starts (`[url](url)`, what editors write on paste).
 */
const URL_IN_TEXT = /(?<![=\w])https?:\/\/(?:[^\s'"`<>\\\]]|\](?!\()){1,4000}/gi;
const BARE_URL = /^https?:\/\/\S+$/i;
const SENTENCE_END = /[.,;:!?]/;

/** A URL without the sentence's punctuation after it, and a bracket it did not open (a markdown link's `)`). */
function withoutClosing(url: string): string {
  // Only closing marks come off the end, so a bracket the URL opened anywhere stays open before them: one check each.
  const [round, square] = [url.includes("("), url.includes("[")];
  const unopened = (mark: string) => (mark === ")" && !round) || (mark === "]" && !square);
  let end = url.length;
  while (end > 0 && (SENTENCE_END.test(url[end - 1]) || unopened(url[end - 1]))) end--;
  return url.slice(0, end);
}

/** The distinct URLs written in a text: a sentence, a curl command, a markdown link (its text and its target). */
export function urlsIn(text: string): Set<string> {
  return new Set(Array.from(text.matchAll(URL_IN_TEXT), (m) => withoutClosing(m[0])));
}

/**
 * The URL in what was pasted for it (a label, a request line, angle brackets, quotes and a trailing comma off), or the
 * one URL of a sentence, a curl command or a markdown link; text with several URLs is left whole to be refused.
 */
export function pastedUrl(value: string): string {
  let line = unwrap(value);
  const label = URL_LABEL.exec(line);
  if (label) line = line.slice(label[0].length).replace(/['"`]$/, "");
  const url = REQUEST_LINE.exec(line)?.[1] ?? line;
  const bare = ANGLE_BRACKETS.exec(url)?.[1] ?? url;
  if (BARE_URL.test(bare)) return bare;
  const urls = urlsIn(bare);
  if (urls.size === 1) return [...urls][0];
  return curlUrl(bare) ?? bare;
}

/**
 * The URL a single curl command requests: the one argument that is no option's value, so a proxy (`-x`), a referer
 * (`-e`) or a header's URL (`-H "Origin: …"`) is passed over.
 */
function curlUrl(text: string): string | undefined {
  if (!/^\s*curl\s/i.test(text)) return undefined;
  const commands = parseCurlCommands(text);
  if (commands.length !== 1) return undefined;
  const urls = new Set(
    commands[0].args.filter((arg) => arg.role === "url" && BARE_URL.test(arg.value)).map((a) => a.value),
  );
  return urls.size === 1 ? [...urls][0] : undefined;
}

const STATUS = /^(?:HTTP\/[\d.]+\s+)?(\d{3})(?:$|[\s:,(–-])/i;
/**
 * A status code standing alone among the words of a short note (`Getting 401 UnAuthourized`, `"code":403,`, one
 * ending a sentence): not a resource id in a path (`Patient/123`, `Encounter/404`), a version (`1.400.2`), a clock's
 * milliseconds (`17:00:36,556`) nor a quantity before its unit (`after 300 seconds`, `205 B`).
 */
const STATUS_WORD =
  /(?<![\w./]|\d[,:])[1-5]\d{2}(?![\w/]|\.(?!\s|$)|\s{0,3}(?:m?s|secs?|seconds?|mins?|minutes?|hours?|days?|times|bytes?|[kmg]?b|%)(?![a-z]))/gi;
/** Longer than a note or a log line about a status (with the URL it logs): a paste this long is not read for one. */
const MAX_STATUS_NOTE = 600;
/** A short note, where a reason phrase alone ("getting unauthorized") names the status. */
const MAX_PHRASE_NOTE = 120;

const codesIn = (note: string): Set<string> => new Set(Array.from(note.matchAll(STATUS_WORD), (m) => m[0]));

/**
 * The status code in what was pasted for it (`HTTP/1.1 403 Forbidden`, `403 - insufficient_scope`, `status=503` in a
 * log line, a code with its reason phrase in a sentence, one code in a note, a reason phrase alone in a short note).
 */
export function pastedStatus(value: string): string {
  const status = value.trim();
  const code = STATUS.exec(status)?.[1];
  if (code || status.length > MAX_STATUS_NOTE) return code ?? status;
  const told = statusTold(status);
  if (told) return String(told);
  // Only one code in the note: with two (`401 then 403`), which one was meant is not guessed.
  const codes = codesIn(status);
  if (codes.size === 1) return [...codes][0];
  const phrase = codes.size === 0 && status.length <= MAX_PHRASE_NOTE ? statusByPhrase(status) : undefined;
  return phrase ? String(phrase) : status;
}

/** Why a status note cannot be read, when it names several codes and tells none of them apart. */
export function statusNoteProblem(value: unknown): string | null {
  if (typeof value !== "string" || value.length > MAX_STATUS_NOTE || statusTold(value)) return null;
  return codesIn(value).size > 1
    ? "This names more than one status: enter the one this example returned (e.g. 403)."
    : null;
}

/** A ticket field's value as pasted, read as the schema reads it; fields with nothing to take off unchanged. */
export function pastedField(field: string, value: string): string {
  if (Object.hasOwn(FIELD_LABELS, field)) return pastedIdentifier(field as IdentifierField, value);
  switch (field) {
    case "url":
    case "fhirBaseUrl":
      return pastedUrl(value);
    case "status":
      return pastedStatus(value);
    case "method":
      return value.trim().toUpperCase();
    default:
      return value;
  }
}
