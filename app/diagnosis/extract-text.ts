// Pattern extraction from free-text lines (a forum post, a log, notes around pasted bodies): request lines, scope
// strings, error codes and URNs, request identifiers, timestamps. Linear regexes, one line at a time.
import { OAUTH_ERRORS, TENANT_INVALID, emptyError, errorFromWwwAuthenticate, type ParsedError } from "./errors";
import { readableLine } from "./prose/line-limit";

export interface TextLineFacts {
  requests: Array<{ method: string; url: string; status: number | null; line: number }>;
  /** `authorize`: the scope= belongs to an authorize URL (…/authorize?…). */
  requestedScopes: Array<{ value: string; line: number; authorize: boolean }>;
  grantedScopes: Array<{ value: string; line: number }>;
  errors: Array<{ error: ParsedError; line: number }>;
  identifiers: Array<{
    kind: "x-request-id" | "cerner-correlation-id" | "opc-request-id" | "client-id" | "app-id";
    value: string;
    line: number;
  }>;
  timestamps: Array<{ value: string; line: number; zoneLabelled: boolean }>;
}

const REQUEST = /\b(GET|POST|PUT|PATCH|DELETE)\s+(https?:\/\/[^\s"'<>`]+)/;
/** The browser network panel's "General" block, pasted: "Request URL: …", then "Request Method: GET", "Status Code: 403". */
const REQUEST_URL = /^\s*Request\s+URL\s*:\s*(https?:\/\/[^\s"'<>`]+)/i;
const REQUEST_METHOD = /^\s*Request\s+Method\s*:\s*(GET|POST|PUT|PATCH|DELETE)\b/i;
const STATUS_CODE = /^\s*Status\s+Code\s*:\s*([1-5]\d\d)\b/i;
/** A label of that block alone on its line (the value on the next line), as recent DevTools copies it. */
const PANEL_LABEL = /^\s*(Request\s+URL|Request\s+Method|Status\s+Code)\s*(?::\s*)?$/i;
/** How many lines after "Request URL:" its method and status may follow. */
const PANEL_LINES = 4;
const STATUS_AFTER =
  /(?:→|->|=>|\bstatus(?:\s*code)?(?:\s*[=:])?|\bHTTP\/\d(?:\.\d)?(?=\s)|\b(?:return(?:s|ed)?|gives?|gave)(?:\s+an?)?(?=\s))\s*([1-5]\d\d)\b|\b([1-5]\d\d)\s+(?:OK|Created|Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Internal Server Error)\b/i;
const SCOPE_PARAM = /(?:^|[\s&?;,('"])scope\s*=\s*(?!")([^&\n"']+)/;
const NESTED_SCOPE = /%(?:25)?(?:26|3F)scope%(?:25)?3D/i;
const AUTHORIZE_PATH = /\/authorize\?/i;
const SCOPE_JSON = /"scope"\s*:\s*"([^"]*)"/;
const URN = /urn:cerner:error:[a-z0-9:_.-]*[a-z0-9_]/gi;
const ERROR_CODE = /\berror\s*(?:["']\s*)?[:=]\s*["']?([a-z_]+)/gi;
const SUBCODE = /\bsubcode\s*(?:["']\s*)?[:=]\s*["']?([a-z_]+)/i;
/** The whole error_description, quoted or to the end of the line: expiry, issuer and signature failures differ only there. */
const DESCRIPTION =
  /\berror_description\s*(?:["']\s*)?[:=]\s*(?:"([^"]{1,400})"|'([^']{1,400})'|([^\s,;&"'][^,;&"']{0,400}))/i;
const CHALLENGE = /\b(?:Bearer|DPoP)\s+(?:realm|error)=/i;
const STATUS_IN_BODY =
  /"code"\s*:\s*([1-5]\d\d)\b|\b(401|403)\s+(?:Forbidden|Unauthorized)\b|\b(?:a|an)\s+(401|403)\b/i;
const IDENTIFIER =
  /\b(x-request-id|cerner-correlation-id|opc-request-id|client[ _-]?id|app(?:lication)?[ _-]?id)\b["']?\s*[:=]\s*["']?([^\s"',;)&]+)/gi;
const ISO = /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2}|(?![\d:.]))/g;
const HTTP_DATE =
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT\b/g;
const OAUTH = new Set<string>(OAUTH_ERRORS);

const idKind = (label: string): TextLineFacts["identifiers"][number]["kind"] => {
  const l = label.toLowerCase().replace(/[ _]/g, "-");
  if (l === "x-request-id") return "x-request-id";
  if (l === "cerner-correlation-id") return "cerner-correlation-id";
  if (l === "opc-request-id") return "opc-request-id";
  if (l.startsWith("client")) return "client-id";
  return "app-id";
};

/** A line with URL-encoded (once or twice) URNs, decoded so the URN can be read. */
function decodeUrnText(line: string): string {
  let out = line;
  for (let i = 0; i < 2 && /%(?:25)?3A/i.test(out); i++)
    out = out.replace(/%25/gi, "%").replace(/%3A/gi, ":").replace(/%2F/gi, "/");
  return out;
}

/** One level of percent-encoding undone, run by run (a stray % is kept): %26scope%3D… becomes &scope=…. */
function decodeOnce(line: string): string {
  return line.replace(/(%[0-9a-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** `lines` are the item's free-text lines; `firstLine` the 1-based number of the first one. */
export function extractTextFacts(lines: readonly string[]): TextLineFacts {
  const out: TextLineFacts = {
    requests: [],
    requestedScopes: [],
    grantedScopes: [],
    errors: [],
    identifiers: [],
    timestamps: [],
  };
  /** The last "Request URL:" request, while its "Request Method:" and "Status Code:" lines may still follow. */
  let panel: TextLineFacts["requests"][number] | null = null;
  /** The block's label read alone on the line before, so this line is its value. */
  let pendingLabel: string | null = null;
  lines.forEach((rawLine, index) => {
    const line = readableLine(rawLine);
    const flat = line.includes("\\") ? line.replace(/\\+/g, "") : line;
    const n = index + 1;
    if (panel && n - panel.line > PANEL_LINES) panel = null;
    const panelLine = pendingLabel === null ? flat : `${pendingLabel}: ${flat}`;
    pendingLabel = PANEL_LABEL.exec(flat)?.[1] ?? null;
    const labelled = REQUEST_URL.exec(panelLine);
    if (labelled) {
      panel = { method: "GET", url: labelled[1].replace(/[.,;:)]+$/, ""), status: null, line: n };
      out.requests.push(panel);
    } else if (panel) {
      const method = REQUEST_METHOD.exec(panelLine);
      if (method) panel.method = method[1].toUpperCase();
      const status = STATUS_CODE.exec(panelLine);
      if (status) panel.status = Number(status[1]);
    }
    const req = labelled ? null : REQUEST.exec(flat);
    if (req) {
      const after = flat.slice((req.index ?? 0) + req[0].length);
      const st = STATUS_AFTER.exec(after);
      out.requests.push({
        method: req[1],
        url: req[2].replace(/[.,;:)]+$/, ""),
        status: st ? Number(st[1] ?? st[2]) : null,
        line: n,
      });
    }
    const isChallenge = /\b(Bearer|DPoP)\s+realm=|www-authenticate/i.test(flat);
    // An authorize URL carried (encoded) inside another URL's parameter: session-api?to=…%26scope%3D…
    const scopeText = !isChallenge && NESTED_SCOPE.test(flat) ? decodeOnce(flat) : flat;
    const scopeParam = isChallenge ? null : SCOPE_PARAM.exec(scopeText);
    if (scopeParam && /[a-z]\/|openid|launch/.test(scopeParam[1]))
      out.requestedScopes.push({
        value: scopeParam[1].trim(),
        line: n,
        authorize: AUTHORIZE_PATH.test(scopeText.slice(0, scopeParam.index + 1)),
      });
    const scopeJson = SCOPE_JSON.exec(flat);
    if (scopeJson) out.grantedScopes.push({ value: scopeJson[1], line: n });

    const decoded = /%(?:25)?3A/i.test(flat) ? decodeUrnText(flat) : flat;
    const urns = [...new Set([...decoded.matchAll(URN)].map((m) => m[0]))];
    const codes = [...flat.matchAll(ERROR_CODE)].map((m) => m[1].toLowerCase()).filter((c) => OAUTH.has(c));
    const tenantInvalid = TENANT_INVALID.test(flat);
    const challenge = CHALLENGE.exec(line);
    const fromChallenge =
      challenge && /\berror=/.test(line) ? errorFromWwwAuthenticate(line.slice(challenge.index)) : null;
    if (fromChallenge?.error) {
      out.errors.push({
        error: { ...fromChallenge, shape: "text", urn: fromChallenge.urn ?? urns[0] ?? null },
        line: n,
      });
    } else if (urns.length || codes.length || tenantInvalid) {
      const e = emptyError("text");
      e.urn = urns[0] ?? null;
      e.error = codes[0] ?? null;
      const sub = SUBCODE.exec(flat);
      e.subcode = sub && !OAUTH.has(sub[1]) ? sub[1] : null;
      const description = DESCRIPTION.exec(flat);
      e.description = description ? (description[1] ?? description[2] ?? description[3]).trim().slice(0, 240) : null;
      const status = STATUS_IN_BODY.exec(flat);
      e.status = status ? Number(status[1] ?? status[2] ?? status[3]) : null;
      e.tenantInvalid = tenantInvalid;
      out.errors.push({ error: e, line: n });
    } else {
      const sub = SUBCODE.exec(flat);
      if (sub && /^no_scope|scope/.test(sub[1]))
        out.errors.push({ error: { ...emptyError("text"), subcode: sub[1] }, line: n });
    }
    for (const m of flat.matchAll(IDENTIFIER)) {
      const value = m[2].replace(/[.,;:]+$/, "");
      if (value) out.identifiers.push({ kind: idKind(m[1]), value, line: n });
    }
    const zoneLabelled = /\b(UTC|GMT)\b/.test(flat);
    for (const m of flat.matchAll(ISO)) out.timestamps.push({ value: m[0].trim(), line: n, zoneLabelled });
    for (const m of flat.matchAll(HTTP_DATE)) out.timestamps.push({ value: m[0], line: n, zoneLabelled: true });
  });
  return out;
}
