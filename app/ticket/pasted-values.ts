// What people paste around a value they were asked for, taken off before the value is judged: a header name or key
// (`X-Request-Id: …`, `client_id=…`), quotes, backticks and a trailing comma from JSON or Markdown, a UUID as a URN or
// in a GUID's braces, a request line around a URL (`GET https://… HTTP/1.1`), a status line around a status code
// (`HTTP/1.1 403 Forbidden`). What is left is judged as if typed, so a placeholder is still called a placeholder.
// Every pattern is anchored and bounded, or a single pass: linear in what was pasted.
import { METHOD_SOURCE } from "~/lib/http-start-line";

/** A header name or key copied with the value: `X-Request-Id: `, `client_id=`, `'x-request-id': `, `App ID: `. */
const PASTED_KEY = /^(['"`]?)([A-Za-z][\w -]{0,40})\1\s*[:=]\s*(?=[^\s:=])/;

/** The names each identifier is pasted under; a value under another name (a secret, another ID) is not taken. */
export const IDENTIFIER_KEYS = {
  xRequestId: /^x[-_ ]?request[-_ ]?id$/i,
  cernerCorrelationId: /^(?:cerner[-_ ]?)?correlation[-_ ]?id$/i,
  opcRequestId: /^opc[-_ ]?request[-_ ]?id$/i,
  clientId: /^(?:client[-_ ]?id|system[-_ ]?account(?:[-_ ]?id)?)$/i,
  appId: /^(?:app|application)[-_ ]?id$/i,
  tenantId: /^tenant(?:[-_ ]?id)?$/i,
} as const;

export type IdentifierField = keyof typeof IDENTIFIER_KEYS;
const URN_UUID = /^urn:uuid:/i;
const QUOTED = /^(['"`])([^'"`]*)\1$/;
const GUID_BRACES = /^\{([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}$/i;

/** Without surrounding blanks, trailing commas and semicolons (a JSON or CSV line), and one pair of quotes. */
const unwrap = (value: string): string => {
  let end = value.length;
  while (end > 0 && /[\s,;]/.test(value[end - 1])) end--;
  const bare = value.slice(0, end).trim();
  return QUOTED.exec(bare)?.[2].trim() ?? bare;
};

/**
 * The identifier in what was pasted for a field (its own header name or key, quotes, a URN, a GUID's braces taken
 * off). Under any other name — `client_secret=`, `Cerner-Correlation-Id:` in the X-Request-Id field — the paste is
 * judged whole, so the field says what is wrong with it.
 */
export function pastedIdentifier(field: IdentifierField, value: string): string {
  let id = unwrap(value);
  const key = PASTED_KEY.exec(id);
  if (key && !URN_UUID.test(id) && IDENTIFIER_KEYS[field].test(key[2].trim())) id = unwrap(id.slice(key[0].length));
  id = id.replace(URN_UUID, "");
  return GUID_BRACES.exec(id)?.[1] ?? id;
}

// A request line as typed into a form field: any case, any white space, the version optional.
const REQUEST_LINE = new RegExp(String.raw`^${METHOD_SOURCE}\s+(\S+)(?:\s+HTTP\/[\d.]+)?$`, "i");
const ANGLE_BRACKETS = /^<(\S+)>$/;

/** The URL in what was pasted for it (a request line, angle brackets, quotes and a trailing comma taken off). */
export function pastedUrl(value: string): string {
  const line = unwrap(value);
  const url = REQUEST_LINE.exec(line)?.[1] ?? line;
  return ANGLE_BRACKETS.exec(url)?.[1] ?? url;
}

const STATUS = /^(?:HTTP\/[\d.]+\s+)?(\d{3})(?:$|[\s:,(–-])/i;

/** The status code in what was pasted for it (`HTTP/1.1 403 Forbidden`, `403 - insufficient_scope`). */
export function pastedStatus(value: string): string {
  const status = value.trim();
  return STATUS.exec(status)?.[1] ?? status;
}

/** A ticket field's value as pasted, read as the schema reads it; fields with nothing to take off unchanged. */
export function pastedField(field: string, value: string): string {
  if (Object.hasOwn(IDENTIFIER_KEYS, field)) return pastedIdentifier(field as IdentifierField, value);
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
