// Pure checks on the identifiers a ticket carries. Each returns null when the value is fine, or a message that says
// what is wrong and how to fix it. Shared by the ticket schema and the diagnosis (PLACEHOLDER_IDENTIFIER, …).
import { SANDBOX_TENANT } from "./choices";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const UUID_SHAPE = /^[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
const HEX32 = /^[0-9a-f]{32}$/i;
// Oracle Health writes /<32 hex>/<32 hex>; other Oracle (OCI) services answer with three parts and no leading slash.
const OPC_REQUEST_ID = /^\/?[0-9a-f]{32}(?:\/[0-9a-f]{32}){1,2}$/i;
// Shell and batch variables (`$SYSTEM_ACCOUNT_CLIENT_ID`, `%CLIENT_ID%`) are stand-ins too: the value was never pasted.
// So is a value its author masked (`******`, `*********(xxxxxxxxx)`, `••••`): stars, bullets or x's, parentheses between.
const TEMPLATE_MARKERS =
  /^((?=[^*•●]*[*•●]{3})[*•●x()\s]{3,}|<[^>]*>|\{\{[^}]*\}\}|\{[^}]*\}|\[[^\]]*\]|\$\{?[A-Za-z_]\w*\}?|%[A-Za-z_]\w*%|x{3,}|\.{3}|…|n\/?a|none|tbd|todo|unknown|placeholder|example|your[-_ ].*|my[-_ ][\w -]*id|string|null|undefined|-+)$/i;
/** An ID its author masked in part (`ecd13b72-****-****-****-8b0a57a130fd`): ID characters with a run of 3+ stars. */
const PARTLY_MASKED = /^(?=[^*•●]*[*•●]{3})[0-9a-z*•●/-]{8,}$/i;
const NON_HEX_LETTER = /[g-z]/i;
/** An environment variable's name (`FHIR_CLIENT_ID`, `SYSTEM_ACCOUNT_CLIENT_ID`): upper case words joined by `_`. */
export const VARIABLE_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;

export const isUuid = (value: string): boolean => UUID.test(value);
export const isOpcRequestId = (value: string): boolean => OPC_REQUEST_ID.test(value);
export const isXRequestId = (value: string): boolean => UUID.test(value) || HEX32.test(value);

/** Letters outside 0-9a-f in a value that should be hexadecimal, e.g. "ghij" in the seed ticket's correlation ID. */
export function nonHexLetters(value: string): string {
  const letters = value
    .replace(/[^a-z]/gi, "")
    .split("")
    .filter((c) => NON_HEX_LETTER.test(c));
  return [...new Set(letters.map((c) => c.toLowerCase()))].join("");
}

/**
 * A value that only stands in for an identifier: template markers (`<access_token>`, `xxx`, `TBD`), or an ID-shaped
 * value with letters that are not hexadecimal digits (the seed's `abc12345-def6-7890-ghij-klmnopqrstuv`), or one
 * masked in part.
 */
export function placeholderReason(value: string, from = "the response headers"): string | null {
  const v = value.trim();
  if (VARIABLE_NAME.test(v)) {
    return `This is the name of a variable, not its value: copy the value it holds from ${from}.`;
  }
  if (TEMPLATE_MARKERS.test(v)) {
    return `This is a placeholder, not an identifier: copy the real value from ${from}.`;
  }
  if (PARTLY_MASKED.test(v)) {
    return `Part of this value is masked, so support cannot trace it: copy the whole value from ${from}.`;
  }
  const bare = v.replace(/^\//, "").replace(/^opc-/i, "");
  const hexish = UUID_SHAPE.test(bare) || /^[0-9a-z/-]{16,}$/i.test(bare);
  const letters = nonHexLetters(bare);
  if (hexish && letters) {
    return `This looks like a placeholder: it contains letters that are not hexadecimal digits (only 0-9 and a-f can appear), so support cannot trace it. Copy the real value from ${from}.`;
  }
  if (
    /^(0{8}-0{4}-0{4}-0{4}-0{12}|(.)\2{15,})$/i.test(bare) ||
    /^12345678-?1234-?1234-?1234-?123456789012$/.test(bare)
  ) {
    return `This is a dummy value, not a real identifier: copy the real value from ${from}.`;
  }
  return null;
}

export function xRequestIdProblem(value: string): string | null {
  if (isXRequestId(value)) return placeholderReason(value);
  return (
    placeholderReason(value) ??
    "An X-Request-Id is a UUID (ecd13b72-4fde-11e9-8674-8b0a57a130fd) or 32 hexadecimal characters. Copy it from the FHIR response's X-Request-Id header."
  );
}

export function correlationIdProblem(value: string): string | null {
  if (isUuid(value)) return placeholderReason(value);
  return (
    placeholderReason(value) ??
    "A Cerner-Correlation-Id is a UUID (65b0a9f4-782f-49a4-947f-e0a875ce5f67). Copy it from the Cerner-Correlation-Id response header; for a token error it is the /instances/<uuid> part of error_uri."
  );
}

export function opcRequestIdProblem(value: string): string | null {
  if (isOpcRequestId(value)) return placeholderReason(value);
  const hint =
    "An opc-request-id looks like /<32 hex>/<32 hex>, e.g. /4B7BCF043117301F1B647EF553C7F250/A326F573558AD7570F63BFC19D88739A. Copy it whole from the opc-request-id response header.";
  const placeholder = placeholderReason(value);
  return placeholder ? `${placeholder} ${hint}` : hint;
}

const JWT_LIKE = /^eyJ[\w-]*\.[\w-]*\.?[\w-]*$/;
const SECRET_WORDS = /\b(bearer|basic|secret|password|token)\b|client_secret|access_token|-----BEGIN/i;

/** The client ID is the system account UUID: flag what looks like a secret, a token or a Basic header instead. */
export function clientIdProblem(value: string): string | null {
  const v = value.trim();
  if (JWT_LIKE.test(v) || /^bearer\s/i.test(v)) {
    return "This looks like an access token, not a client ID. Remove it (tokens must never be posted) and enter the client ID: the system account UUID shown for your app in Code Console.";
  }
  if (SECRET_WORDS.test(v) || /^basic\s/i.test(v)) {
    return "This looks like a credential, not a client ID. Never post a client secret or an Authorization header; enter the client ID (a UUID) from Code Console.";
  }
  if (!isUuid(v) && v.length >= 32 && /^[A-Za-z0-9+/_=-]+$/.test(v) && /[A-Z]/.test(v) && /[a-z]/.test(v)) {
    return "This looks like a client secret (a long random string), not a client ID. Secrets must never be posted: enter the client ID, a UUID such as b1e2a292-fbe4-460a-be33-582e572abbbe, from Code Console.";
  }
  if (!isUuid(v)) {
    return (
      placeholderReason(v, CLIENT_ID_SOURCE) ??
      "The client ID is a UUID such as b1e2a292-fbe4-460a-be33-582e572abbbe (Code Console → your app → Client ID / system account)."
    );
  }
  return placeholderReason(v, CLIENT_ID_SOURCE);
}

/** Where the client ID is found: it is not in any response header. */
const CLIENT_ID_SOURCE = "Code Console (My Applications → your app → Client ID)";

export function uuidProblem(value: string, what: string, example: string, from?: string): string | null {
  const v = value.trim();
  if (isUuid(v)) return placeholderReason(v, from);
  return placeholderReason(v, from) ?? `The ${what} is a UUID such as ${example}.`;
}

const KNOWN_FHIR_HOSTS = [
  "fhir-open.cerner.com",
  "fhir-ehr-code.cerner.com",
  "fhir-myrecord.cerner.com",
  "fhir-ehr.cerner.com",
];

/**
 * Hosts of web pages, not of a FHIR server: Oracle's docs, Cerner's former API docs, tutorials and wiki, the Code
 * Console where the app is registered, and the forums and code hosts a base is often copied from.
 */
const DOCUMENTATION_HOSTS = new Set([
  "docs.oracle.com",
  "fhir.cerner.com",
  "engineering.cerner.com",
  "wiki.cerner.com",
  "code.cerner.com",
  "community.oracle.com",
  "groups.google.com",
  "github.com",
  "stackoverflow.com",
]);
/** A page's file name: a FHIR base never ends in one. */
const WEB_PAGE = /\.(?:html?|pdf|md|aspx?|php|jsp)$/i;

/** A FHIR base ends at the tenant: https://fhir-ehr-code.cerner.com/r4/<tenant>. */
export function fhirBaseProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return `Enter the FHIR base as a full URL, e.g. https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}.`;
  }
  if (url.protocol !== "https:") return "A FHIR base URL uses https://.";
  if (url.username || url.password)
    return "Remove the user name and password from the URL: credentials must never be posted.";
  // Its legacy host too (authorization.sandboxcerner.com): cut after the tenant, a token URL is still no FHIR base.
  if (/^authorization\.(?:sandbox)?cerner\.com$/.test(url.hostname)) {
    return "This is the authorization server, not a FHIR base. Enter the FHIR server's base, e.g. https://fhir-ehr-code.cerner.com/r4/<tenant>.";
  }
  const segments = url.pathname.split("/").filter(Boolean);
  if (DOCUMENTATION_HOSTS.has(url.hostname) || WEB_PAGE.test(segments.at(-1) ?? ""))
    return "This is a web page (documentation), not a FHIR base: enter the base your app calls, e.g. https://fhir-ehr-code.cerner.com/r4/<tenant>.";
  // A legacy host says so after what else is wrong with the URL, so the DSTU2 or request-URL fix is not missed.
  const legacy = url.hostname.endsWith("sandboxcerner.com")
    ? " *.sandboxcerner.com hosts are legacy too: use fhir-ehr-code.cerner.com (or fhir-open / fhir-myrecord)."
    : "";
  if (segments[0]?.toLowerCase() === "dstu2")
    return `DSTU2 is no longer supported by Oracle Health: use the R4 base (/r4/<tenant>).${legacy}`;
  if (
    url.search ||
    url.hash ||
    segments.some((s) => s === "metadata" || s.startsWith(".well-known") || s.startsWith("$")) ||
    (legacy && segments.length > 2)
  ) {
    return `This is a request URL, not the FHIR base: cut it after the tenant ID, e.g. https://fhir-ehr-code.cerner.com/r4/<tenant>.${legacy}`;
  }
  if (legacy) {
    return "*.sandboxcerner.com hosts are legacy. Use https://fhir-ehr-code.cerner.com/r4/<tenant> (or fhir-open / fhir-myrecord).";
  }
  if (KNOWN_FHIR_HOSTS.includes(url.hostname)) {
    if (segments.length > 2) {
      return `This is a request URL, not the FHIR base: cut it after the tenant ID, i.e. https://${url.hostname}/r4/<tenant ID>.`;
    }
    if (segments[0] !== "r4" || !segments[1] || !isUuid(segments[1])) {
      return `An Oracle Health FHIR base is https://${url.hostname}/r4/<tenant ID>.`;
    }
  } else if (
    segments.length > 0 &&
    /^[A-Z][a-zA-Z]+$/.test(segments[segments.length - (isUuidOrNumber(segments.at(-1)) ? 2 : 1)] ?? "")
  ) {
    return "This URL names a resource: a FHIR base ends before the resource type (the first capitalised path segment). Cut it there.";
  }
  return null;
}

const isUuidOrNumber = (s: string | undefined): boolean => !!s && (isUuid(s) || /^\d+$/.test(s));

const TENANT_SEGMENT =
  /\/(r4|dstu2|tenants|realm)\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?:[/?#]|$)/gi;
/** A host of Oracle Health's own (`authorization.cerner.com`, `*.oraclecloud.com`), port off. */
/** A host name is at most 253 characters: no more is read for one. */
const MAX_HOST = 253;
const ORACLE_HOST = /(?:^|\.)(?:cerner|oracle|oraclecloud)\.com$/i;

/**
 * The tenant segment of an Oracle Health FHIR or authorization URL, if any. `/realm/<id>` is the tenant only on
 * Oracle Health's own hosts: on another (an organisation's Keycloak) it is that IdP's realm.
 */
export function tenantFromUrl(value: string): string | null {
  // The host of the last URL started before each match, found going forward once (many realms stay linear).
  let next = value.indexOf("://");
  let host = "";
  for (const match of value.matchAll(TENANT_SEGMENT)) {
    if (match[1].toLowerCase() !== "realm") return match[2].toLowerCase();
    for (; next >= 0 && next < match.index; next = value.indexOf("://", next + 3)) {
      const end = value.slice(next + 3, Math.min(match.index, next + 3 + MAX_HOST)).search(/[/:?#\s]/);
      host = value.slice(next + 3, end < 0 ? Math.min(match.index, next + 3 + MAX_HOST) : next + 3 + end);
    }
    if (ORACLE_HOST.test(host)) return match[2].toLowerCase();
  }
  return null;
}
