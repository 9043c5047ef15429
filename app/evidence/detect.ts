// Which kind of evidence a pasted text is. Cheap, linear checks on the start of the text (a 50 MB HAR is never
// parsed just to be detected). The user can correct the kind; parsing copes with a wrong guess.
//
// Where the borderline shapes go:
//   - authorization-server JSON (token response, OAuth error {error, error_uri}) → token-response;
//   - FHIR-server JSON → fhir-json: resources, Bundles, OperationOutcomes, SMART configuration, and Oracle Health's
//     non-FHIR 403 body {"code":403,"message":"code=\"urn:cerner:error:oauth2:resource-access:…\" …"}: it is what the
//     FHIR API answered, and the diagnosis reads it with the FHIR responses;
//   - any other JSON document (a config, a vendor's error, JSON nested 10,000 deep) → fhir-json: it is read and
//     redacted whole, as JSON (keys kept, secrets by key), never line by line as prose; JSON log lines stay log.
import type { EvidenceKind } from "./model";
import { REQUEST_LINE } from "./headers";
import { VERSION_SOURCE } from "~/lib/http-start-line";
import { decodeJwt, unwrapBase64Jwt } from "./jwt";

const HEAD = 64 * 1024;

const HEADER_LINE = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+: ?\S/;
// A status line as the first line: its reason phrase (or anything after the code) is not read here.
const STATUS_START = new RegExp(String.raw`^${VERSION_SOURCE} +\d{3}\b`);
const CURL_VERBOSE_LINE = /^[<>] (?:[A-Z]+ \S+ HTTP\/|HTTP\/\d|[A-Za-z0-9-]+: )/;
const CURL_COMMAND = /^(?:\$\s*|>\s*)?curl(?:\.exe)?\s/;
// A form body's values are URL-encoded: a raw quote, pipe, caret, angle bracket or brace (`msg='MSH|^~\&|…'`, code
// assigning a string) makes the line text, whose readers know what the value holds.
const FORM = /^[A-Za-z0-9_.%~+\-[\]]+=[^&\s'"|^<>{}]*(?:&[A-Za-z0-9_.%~+\-[\]]*=?[^&\s'"|^<>{}]*)*$/;
const LOG_START =
  /^\s*(?:\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}|\[?\d{2}:\d{2}:\d{2}|\[?(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\b|[A-Z][a-z]{2} [ \d]\d \d{2}:\d{2}:\d{2}|\{"(?:level|time|timestamp|ts|msg)")/i;
const KNOWN_HEADERS =
  /^(?:date|content-type|content-length|x-request-id|cerner-correlation-id|opc-request-id|www-authenticate|authorization|cache-control|server|connection|accept|host|user-agent|set-cookie|cookie|location|vary|strict-transport-security|x-[a-z0-9-]+)$/i;

function firstLines(text: string, count: number): string[] {
  const out: string[] = [];
  let pos = 0;
  while (out.length < count && pos < text.length && pos < HEAD) {
    let nl = text.indexOf("\n", pos);
    if (nl < 0) nl = text.length;
    const line = text.slice(pos, Math.min(nl, pos + 4096)).replace(/\r$/, "");
    if (line.trim()) out.push(line);
    pos = nl + 1;
  }
  return out;
}

/** The kind of a text that starts like JSON, and whether it parsed as one JSON document. */
function jsonKind(head: string, whole: string): { kind: EvidenceKind | null; document: boolean } {
  // HAR: {"log": {"version": …, "creator": …, "entries": [ … — decided on the head, so a truncated HAR is still a HAR.
  if (/^\{\s*"log"\s*:\s*\{/.test(head) && /"(entries|creator|pages)"\s*:/.test(head))
    return { kind: "har", document: true };
  let value: unknown;
  if (whole.length <= 8 * 1024 * 1024) {
    try {
      value = JSON.parse(whole);
    } catch {
      value = undefined;
    }
  }
  if (value !== undefined) return { kind: jsonValueKind(value), document: value !== null && typeof value === "object" };
  return { kind: jsonKindByKeys(head), document: false };
}

function jsonKindByKeys(head: string): EvidenceKind | null {
  // Invalid or huge JSON: judge by the keys that appear.
  if (/"resourceType"\s*:/.test(head)) return "fhir-json";
  if (/"(access_token|token_type|id_token|refresh_token)"\s*:/.test(head) || /"error"\s*:[^{]*"error_uri"/.test(head))
    return "token-response";
  if (/"code"\s*:\s*\d{3}\s*,\s*"message"|"message"\s*:\s*"code=/.test(head)) return "fhir-json";
  // NDJSON (FHIR bulk data): one resource per line.
  if (/^\{[^\n]*"resourceType"/.test(head)) return "fhir-json";
  return null;
}

/** The kind of one parsed JSON value (exported for the parsers of JSON inside other evidence). */
export function jsonValueKind(value: unknown): EvidenceKind | null {
  if (Array.isArray(value)) {
    return value.some((v) => v && typeof v === "object" && "resourceType" in (v as object)) ? "fhir-json" : null;
  }
  if (!value || typeof value !== "object") return null;
  const o = value as Record<string, unknown>;
  if (o.log && typeof o.log === "object" && Array.isArray((o.log as Record<string, unknown>).entries)) return "har";
  if (typeof o.resourceType === "string") return "fhir-json";
  if ("access_token" in o || "token_type" in o || "id_token" in o || "refresh_token" in o) return "token-response";
  if (typeof o.error === "string" && ("error_uri" in o || "error_description" in o)) return "token-response";
  if (typeof o.message === "string" && /code=\\?"?urn:|urn:cerner:error/.test(o.message)) return "fhir-json";
  if ("token_endpoint" in o || "scopes_supported" in o || "authorization_endpoint" in o) return "fhir-json";
  return null;
}

export function detectKind(text: string): EvidenceKind {
  const head = text
    .slice(0, HEAD)
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (!head) return "text";

  if (head.startsWith("{") || head.startsWith("[")) {
    const json = jsonKind(head, text.trim().replace(/^\uFEFF/, ""));
    if (json.kind) return json.kind;
    const lines = firstLines(head, 8);
    if (lines.length > 1 && lines.every((l) => /^\s*\{/.test(l)) && lines.some((l) => LOG_START.test(l))) return "log";
    // One JSON document of no known kind: JSON all the same (a one-line JSON log entry stays a log).
    if (json.document) return lines.length === 1 && LOG_START.test(lines[0]) ? "log" : "fhir-json";
  }

  const single = head.trim();
  if (!/\s/.test(single) && single.length <= 128 * 1024) {
    if (decodeJwt(single) || unwrapBase64Jwt(single)) return "jwt";
  }
  if (/^(?:bearer|authorization:\s*bearer)\s+e[wy]\S*$/i.test(single) && decodeJwt(single.split(/\s+/).pop() ?? ""))
    return "jwt";

  const lines = firstLines(head, 40);
  const first = lines[0] ?? "";

  const verbose = lines.filter((l) => CURL_VERBOSE_LINE.test(l)).length;
  if (verbose >= 2 && lines.some((l) => /^> /.test(l)) && lines.some((l) => /^< /.test(l))) return "curl-verbose";
  if (verbose >= 2 && lines.some((l) => /^\* /.test(l))) return "curl-verbose";
  if (CURL_COMMAND.test(first.trim())) return "curl-command";

  if (REQUEST_LINE.test(first.trim()) || STATUS_START.test(first.trim())) return "http";

  // A form has a value or a second pair: one word ending in "=" (base64 padding of a pasted key) is not a form.
  if (
    !single.includes("\n") &&
    FORM.test(single) &&
    single.includes("=") &&
    (single.includes("&") || !single.endsWith("="))
  )
    return "form";

  const logLines = lines.filter((l) => LOG_START.test(l)).length;
  if (lines.length >= 2 && logLines >= Math.max(2, Math.ceil(lines.length * 0.5))) return "log";

  const headerLines = lines.filter((l) => HEADER_LINE.test(l) && KNOWN_HEADERS.test(l.slice(0, l.indexOf(":")))).length;
  if (lines.length >= 2 && headerLines === lines.length) return "http";

  if (lines.length === 1 && LOG_START.test(first)) return "log";
  return "text";
}
