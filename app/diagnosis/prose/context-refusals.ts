// Refusals that name what the request came without: a patient (launch) context ("Cannot enforce 'patient/*' claims
// without a launch context", "no patient in context", a token response said to lack its "patient" parameter), a role the caller lacks ("Principal is not in an authorized
// role", "does not have the required role"), and OAuth parameters the server did not get ("Missing required parameter:
// redirect_uri", "The mandatory 'code_challenge' parameter is missing", "Required launch parameters missing.
// {…"RedirectUri":null,"Scope":"",…}" — a dump of the request whose null or empty fields are the missing ones).
// Lines are read up to 20,000 characters, every pattern is bounded and a refusal's parameters are looked for only in
// a fixed window after it, so the reader is linear in its input.
import { toldAsFact, toldMatch } from "./belief";
import { readableLine } from "./line-limit";
import { namesFhirCall } from "./fhir-calls";
import { isR4ResourceType } from "../knowledge/fhir-r4";
import { mentions, type NamedRefusal } from "./named-refusals";

const LAUNCH_CONTEXT =
  /\bwithout\s+(?:an?\s+|the\s+)?(?:launch|patient)\s+context\b|\b(?:no|missing)\s+(?:launch|patient)\s+context\b|\bno\s+patient\s+(?:is\s+)?in\s+context\b|\b(?:launch|patient)\s+context\s+(?:is\s+|was\s+)?(?:missing|required|absent|not\s+(?:found|available|established|set|provided))\b/i;

/**
 * The token response said to come without its patient: "the response doesn't contain the 'patient' parameter", "the
 * patient field is missing from the token response". Read only on a line about the token or the launch and not about
 * a FHIR call or a search (one named, or a resource other than Patient), where a patient parameter is the query's.
 */
const PATIENT_NOT_RETURNED =
  /\b(?:does|do|did)\s*(?:not|n't)\s+(?:contains?|includes?|ha(?:ve|s)|carry|carries|return)\s+(?:the\s+|a\s+|any\s+)?['"`“]?patient['"`”]?\s+(?:parameter|param|field|claim|value|property)\b|['"`“]patient['"`”]\s+(?:parameter|param|field|claim|property)\s+(?:is\s+|was\s+)?(?:missing|absent|empty|undefined|not\s+(?:defined|returned|present|included|set))\b|\bno\s+['"`“]?patient['"`”]?\s+(?:parameter|param|field|claim|property)\b/gi;
const TOKEN_OR_LAUNCH = /\btoken\b|\blaunch/i;
/** A search spoken of: its patient parameter is the query's, not the launch's ("our Observation search", "the query"). */
const SEARCH_WORD = /\b(?:search(?:es|ing)?|quer(?:y|ies))\b/i;
const CAPITALISED = /\b[A-Z][A-Za-z]{2,40}\b/g;
const namesSearch = (line: string): boolean =>
  SEARCH_WORD.test(line) || [...mentions(CAPITALISED, line)].some((m) => m[0] !== "Patient" && isR4ResourceType(m[0]));

/** Any mention told as fact: a narrative says it twice, once after a "when" that reads like a rule. */
const patientNotReturned = (line: string): boolean =>
  [...mentions(PATIENT_NOT_RETURNED, line)].some((m) => toldAsFact(line, m.index, m.index + m[0].length));

const ROLE_REFUSED =
  /\bnot\s+in\s+an?\s+(?:authori[sz]ed|allowed|permitted|required|valid)\s+roles?\b|\b(?:does|do|did)\s*(?:not|n't)\s+have\s+(?:the\s+|a\s+|any\s+)?(?:required\s+|necessary\s+|needed\s+)roles?\b|\broles?\s+(?:is\s+|are\s+|was\s+)?(?:missing|not\s+assigned)\b|\b(?:missing|insufficient)\s+(?:app\s+)?roles?\b|\blacks?\s+(?:the\s+)?(?:required\s+)?roles?\b/i;

/** A resource's element just before the words: "Encounter.participant role missing" is the body's, not the caller's. */
const ELEMENT_BEFORE = /\b[A-Z][A-Za-z]{1,40}(?:\.[a-z][A-Za-z]{0,40}){1,6}(?:\[\d{1,3}\])?\s{0,3}$/;
/** The role named as a resource's element: "role element is missing", "the role field missing". */
const ROLE_ELEMENT = /\brole\s+(?:element|field|attribute|property)\b/i;

/** A role the caller lacks, told as fact — not a resource's role element a validation says is missing. */
function callerRoleRefused(line: string): boolean {
  const m = toldMatch(ROLE_REFUSED, line);
  if (!m) return false;
  const around = line.slice(Math.max(0, m.index - 80), m.index + m[0].length + 40);
  return !ELEMENT_BEFORE.test(line.slice(Math.max(0, m.index - 80), m.index)) && !ROLE_ELEMENT.test(around);
}

/** The server saying parameters are missing: "missing required parameter", "parameters missing", "must contain". */
const PARAMS_MISSING =
  /\b(?:missing|absent)[\s+]{1,3}(?:(?:required|mandatory)[\s+]{1,3})?(?:(?:launch|request)[\s+]{1,3})?param(?:eter)?s?(?:\(s\)|\b)|\b(?:required|mandatory)\s+(?:launch\s+|request\s+)?param(?:eter)?s?\s+(?:(?:is|are|were|was)\s+)?(?:missing|absent|not\s+(?:found|present|provided))\b|\bparam(?:eter)?s?\s+(?:(?:is|are|was|were)\s+)?missing\b|\bmust\s+contain\s+the\s+following\s+param(?:eter)?s?\b|\bmandatory\s+['"`]?[a-z_]{2,40}['"`]?\s+param(?:eter)?\s+is\s+missing\b/gi;

/** The OAuth and SMART request parameters a refusal can name, keyed by their letters only (redirectUri, RedirectUri). */
const PARAMS = new Map(
  [
    "response_type",
    "client_id",
    "redirect_uri",
    "scope",
    "state",
    "aud",
    "launch",
    "code_challenge",
    "code_challenge_method",
    "code_verifier",
    "grant_type",
    "code",
    "client_assertion",
    "client_assertion_type",
    "client_secret",
    "refresh_token",
  ].map((p) => [p.replace(/_/g, ""), p]),
);
/** "Audience" is how some servers' request dumps name aud. */
PARAMS.set("audience", "aud");

/** How far after the refusal its parameters are read: the message and the request dump that follows it. */
const WINDOW = 600;
/** A name the refusal gives: quoted, after a colon, in brackets, or a dump's key with no value (null or ""). */
const NAMED = /['"`]([a-z_]{2,40})['"`](?!\s*\\?["']?\s*:)|:\s*([a-z_]{2,40})\b|\(([a-z_]{2,40})\)/gi;
const EMPTY_FIELD = /\\?["']([A-Za-z_]{2,40})\\?["']\s*:\s*(?:null\b|\\?["']\\?["'])/g;

/** A parameter said missing by its own name: "redirect_uri is missing", "'code_verifier' parameter was not provided". */
const PARAM_IS_MISSING =
  /\b([a-z_]{2,40})['"`]?\s{1,3}(?:param(?:eter)?\s{1,3})?(?:is|was)\s{1,3}(?:missing|absent|not\s+(?:provided|present))\b/i;

/** Where the refusal's own clause ends: a full stop, ";", "!" or "?" before a space, or the line's end. */
const CLAUSE_END = /[.;!?](?:\s|$)/;

/**
 * The parameters named as missing in the window after the refusal: dumped with no value anywhere in it, or named
 * outright in the refusal's own clause ("Missing required parameter: customerNumber. Note: client_id … sent." names
 * none of the OAuth ones).
 */
function missingParams(window: string): string[] {
  const out = new Set<string>();
  const known = (name: string) => PARAMS.get(name.toLowerCase().replace(/_/g, ""));
  for (const m of mentions(EMPTY_FIELD, window)) {
    const p = known(m[1]);
    if (p) out.add(p);
  }
  const end = CLAUSE_END.exec(window);
  const clause = end ? window.slice(0, end.index) : window;
  if (!out.size)
    for (const m of mentions(NAMED, clause)) {
      const p = known(m[1] ?? m[2] ?? m[3]);
      if (p) out.add(p);
    }
  return [...out];
}

export function readContextRefusals(lines: readonly string[]): NamedRefusal[] {
  const out: NamedRefusal[] = [];
  const seen = new Set<NamedRefusal["kind"]>();
  const add = (r: NamedRefusal) => {
    if (seen.has(r.kind)) return;
    seen.add(r.kind);
    out.push(r);
  };
  lines.forEach((raw, index) => {
    const line = readableLine(raw);
    const lower = line.toLowerCase();
    const n = index + 1;
    if (lower.includes("context") && toldMatch(LAUNCH_CONTEXT, line)) add({ kind: "launch-context", line: n });
    else if (
      lower.includes("patient") &&
      TOKEN_OR_LAUNCH.test(line) &&
      !namesFhirCall(line) &&
      !namesSearch(line) &&
      patientNotReturned(line)
    )
      add({ kind: "launch-context", line: n });
    if (lower.includes("role") && callerRoleRefused(line)) add({ kind: "role", line: n });
    // A FHIR call's parameters ("Missing required parameter: code" of an Observation search) are the API's own.
    if (!seen.has("parameters-missing") && lower.includes("param") && !namesFhirCall(line)) {
      PARAMS_MISSING.lastIndex = 0;
      const m = toldMatch(PARAMS_MISSING, line);
      const params = m ? missingParams(line.slice(m.index, m.index + m[0].length + WINDOW)) : [];
      if (params.length) add({ kind: "parameters-missing", line: n, params });
    }
    if (!seen.has("parameters-missing") && lower.includes("missing") && !namesFhirCall(line)) {
      const m = toldMatch(PARAM_IS_MISSING, line);
      const param = m ? PARAMS.get(m[1].toLowerCase().replace(/_/g, "")) : undefined;
      if (param) add({ kind: "parameters-missing", line: n, params: [param] });
    }
  });
  return out;
}
