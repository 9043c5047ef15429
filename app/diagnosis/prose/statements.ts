// Statements in prose that the structured parsers cannot see: a failure told in words ("getting 403 error for R4
// Coverage PATCH request", "After 10 mins … unauthorized"), the app's type, a standalone launch and a launch= value,
// a request described instead of pasted, tenant IDs written in URLs, and errors carried by a redirect URL
// (error=…&error_uri=…, the URN double-encoded). One regex pass per line.
import { emptyError, parseErrorUri, type ParsedError } from "../errors";
import { isR4ResourceType } from "../knowledge/fhir-r4";
import { errorPageUrn } from "../knowledge/error-pages";
import { urnOfName } from "../knowledge/urns";
import { readableLine } from "./line-limit";

export interface FailureStatement {
  status: number | null;
  /** Minutes (or seconds) said to have passed before the failure: "after 10 mins". */
  elapsedSeconds: number | null;
  /** The text says the token (or session) expired: "after some time the access_token expires". */
  expired: boolean;
  /** The step the line speaks of: FHIR calls (a FHIR URL, "FHIR API"), the token endpoint, or not said. */
  target: "fhir" | "token" | null;
  line: number;
}

/** An error named in a sentence ("I get a "invalid_client" error") or a sentence of Oracle's error page. */
export interface NamedError {
  error: string | null;
  urn: string | null;
  line: number;
  /** Read from plain words ("an unknown tenant error"), not from the error's own name or a pasted response. */
  words?: true;
}

export interface RequestStatement {
  method: string;
  url: string;
  status: number | null;
  line: number;
}

export interface ProseStatements {
  failures: FailureStatement[];
  requests: RequestStatement[];
  appType: { value: "system" | "provider" | "patient"; line: number } | null;
  standalone: number | null;
  launchParams: number[];
  tenants: Array<{ value: string; line: number }>;
  redirectErrors: Array<{ error: ParsedError; line: number }>;
  namedErrors: NamedError[];
  /** The SMART version said in words: "SMART v2", "v2 scopes", "`.rs` scopes". */
  smartVersion: "v1" | "v2" | null;
  /** Scopes the text says the token lacks: "the response is missing the openid scope". */
  missingScopes: Array<{ scope: string; line: number }>;
  /** A refresh said to fail: "Unable to refresh", "reauthorization fails", "does not return the refresh token". */
  refreshFailed: number | null;
  /** The browser's CORS check said to block a request: "has been blocked by CORS policy". */
  cors: number | null;
  /** A token's signing key not found in the key set the app holds: "could not find key ID …", "no matching key". */
  unknownKid: number | null;
  /** A launch page opened without iss: "no authorization server is identified", "give it params 'iss' and 'launch'". */
  missingIss: number | null;
  /** A SMART client library's missing-state message: "No 'state' parameter found. Please (re)launch the app." */
  missingState: number | null;
  /**
   * The SMART profile of authorization URLs: …/protocols/oauth2/profiles/smart-v1/… (markdown bold allowed); `failed`
   * on the one a failure on its line belongs to (the last URL before the error, else the first after it).
   */
  profiles: Array<{ version: "v1" | "v2"; line: number; failed: boolean }>;
}

const STATUS_WORDS: Record<string, number> = { unauthorized: 401, unauthorised: 401, forbidden: 403 };
const FAILURE =
  /\b(?:get(?:ting)?|got|receiv(?:e|ed|ing)|return(?:s|ed|ing)?|giv(?:e|es|ing)|gave|respon(?:se|ds?|ded)|throws?|fails?\s+with|with|an?|the)\s+(?:an?\s+)?(?:http\s+)?(?:(\d{3})\b(?![.-]\d)(?:\s+(?:error|forbidden|unauthori[sz]ed|response|status))?|(unauthori[sz]ed|forbidden)\b)|\b(\d{3})\s+(?:forbidden|unauthori[sz]ed)\b|\b(unauthori[sz]ed|forbidden)\s+(?:response|error)\b|\((\d{3})\)|\bdoes\s*(?:not|n't)\s+indicate\s+success\s{0,3}:?\s{0,3}(\d{3})\b/i;
/** A status said to be gone: "then the 415 went away", "the 403 is gone", "that 401 was fixed". */
const GONE_AFTER = /^\s{0,3}(?:error\s+|status\s+)?(?:went\s+away|disappeared|(?:is|was)\s+(?:gone|fixed|resolved))\b/i;
const FAILURE_ALL = new RegExp(FAILURE.source, "gi");
/** Failures read on one line: a post names its statuses a few times at most. */
const MAX_FAILURES = 8;

/** A rule quoted from documentation: "Per the HAPI documentation, a missing Accept header returns 406". */
export const DOCS_BEFORE =
  /\b(?:docs?|documentation|spec(?:ification)?|guide|according\s+to|per\s+the)\b[^.!?]{0,80}$/i;

/**
 * The line's first failure not said to be gone ("the 415 went away and we got 403" fails with 403) nor quoted from
 * documentation ("Per the docs, a missing Accept header returns 406. Our call returns 401." fails with 401).
 */
function failureOn(line: string): RegExpExecArray | null {
  FAILURE_ALL.lastIndex = 0;
  for (let m = FAILURE_ALL.exec(line), seen = 0; m && seen < MAX_FAILURES; m = FAILURE_ALL.exec(line), seen++) {
    const end = m.index + m[0].length;
    const docs = DOCS_BEFORE.test(line.slice(Math.max(0, m.index - 80), m.index));
    if (!docs && !GONE_AFTER.test(line.slice(end, end + 40))) return m;
  }
  return null;
}
const ELAPSED =
  /\b(?:after|waited(?:\s+at\s+least)?|for)\s+(?:about\s+|around\s+|~)?(\d{1,3})\s*(?:min(?:ute)?s?|mins)\b/i;
const APP_TYPE =
  /\b(?:app(?:lication)?\s+type|type\s+of\s+app(?:lication)?)\s*(?:[:=-]\s*)?(?:\*+\s*)?(system|provider|patient)\b|\b(system|provider|patient)[\s-]+(?:\([a-z -]{1,30}\)\s+)?(?:facing\s+)?(?:app(?:lication)?|persona)\b(?!\s+(?:id|name))/i;
const STANDALONE = /\bstand[\s-]?alone\b/i;
const LAUNCH_PARAM =
  /(?:[?&\s`"“(]|^)launch=(?!\S*error)[^\s&"'`”)]+|[“"']launch[”"']\s+(?:query\s+)?param(?:eter)?\s+(?:i'?m|we'?re|is|was)\s+send/i;
const VERB_TYPE =
  /\b(GET|POST|PUT|PATCH|DELETE)\s+(?:request\s+)?(?:(?:for|of|on|to)\s+)?(?:an?\s+|the\s+)?(?:R4\s+)?([A-Z][A-Za-z]+)\b|\b(?:R4\s+)?([A-Z][A-Za-z]+)\s+(GET|POST|PUT|PATCH|DELETE)\s+(?:request|call)\b|\b(create|read|search|update|delete)\s+(?:an?\s+|the\s+)?([a-z][a-z]+)\s+(?:api\s+)?(?:call|request)\b|\b(?:request|call)s?\s+(?:to|for)\s+(?:the\s+)?([A-Z][A-Za-z]+)\s+(?:FHIR\s+)?(?:resource|endpoint|API)\b/i;
const VERB_METHOD: Record<string, string> = {
  create: "POST",
  read: "GET",
  search: "GET",
  update: "PUT",
  delete: "DELETE",
};
const TENANT_IN_URL = /\/(?:tenants|r4|dstu2)\/([A-Za-z0-9-]{20,48})(?=[/?#\s"'`]|$)|[?&]tenant=([A-Za-z0-9-]{20,48})/g;
const TENANT_IN_WORDS =
  /\btenant(?:\s+id)?\s*(?:[:=(]\s*)?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi;
/** The token said to expire, as a verb ("the token expired") or as the cause named ("fails because of token expiry"). */
const EXPIRED =
  /\b(?:access[_\s-]?token|token|session)s?\s+(?:has\s+|had\s+|have\s+|is\s+|was\s+|gets?\s+|got\s+|already\s+)?expire[sd]?\b|\b(?:because\s+of|due\s+to|caused\s+by)\s+(?:an?\s+|the\s+)?(?:(?:access[_\s-]?)?token(?:'s)?\s+expir(?:y|ation)|expired\s+(?:access[_\s-]?)?token)\b/i;
/** "unable to", "cannot", "failed to": the start of a step said to fail. */
const CANNOT = "\\b(?:unable|not\\s+able|can(?:not|'t|\\s+not)|fail(?:s|ed|ing)?)\\s+to\\s+";
const NO_AUTH = new RegExp(
  `${CANNOT}(?:authenticate|authori[sz]e|get\\s+(?:an?\\s+|the\\s+)?(?:access\\s+)?token)\\b`,
  "i",
);
const FHIR_TARGET =
  /\bfhir-(?:ehr|myrecord|open)|\/(?:r4|dstu2)\/|\bFHIR\s+(?:api|server|services?|calls?|requests?|endpoints?|resources?|data)\b/i;
/** An error said to come back without its status: "returns error", "I get following error:", "receiving the error". */
const ERROR_SAID =
  /\b(?:get(?:s|ting)?|got|receiv(?:e|es|ed|ing)|return(?:s|ed|ing)?|throws?|shows?)\s+(?:(?:an?|the|this|below|following)\s+){0,2}(?:error|exception)s?\b/i;
/** A call said to have failed: "Failed to call FHIR Service", "fails to load the patient". */
const FAILED_CALL = /\bfail(?:ed|s|ing)?\s+(?:to\s+(?:call|reach|load|fetch|retrieve|query)|with)\b/i;
/** A status written as a label before the body it belongs to: "400 - OperationOutcome", "HTTP/1.1 422: error". */
const STATUS_LABEL =
  /^\s*(?:HTTP\/[\d.]+\s+)?([45]\d\d)\s*(?:[-–:]\s*|\s+)(?:OperationOutcome|Bad Request|Unprocessable|Forbidden|Unauthori[sz]ed|Not Found|Conflict|Precondition|error)\b/i;
const OUTCOME_START = /"resourceType"\s*:\s*"OperationOutcome"/;
/**
 * An OperationOutcome's issue type that says the content was refused, with the status FHIR's HTTP page gives it (a
 * resource failing validation 400, a business rule 422, a version conflict 409): read line by line, so an outcome cut
 * off after its issue code (as pasted into forums) still tells the kind of failure.
 */
const CONTENT_ISSUE: Record<string, number> = {
  invalid: 400,
  structure: 400,
  required: 400,
  value: 400,
  invariant: 400,
  "too-long": 400,
  "business-rule": 422,
  duplicate: 409,
  conflict: 409,
};
const ISSUE_CODE = /"code"\s*:\s*"([a-z-]+)"/;
const SEVERITY = /"severity"\s*:\s*"([a-z]+)"/i;
/** Words that put an outcome or an "invalid" on the token rather than the request's content. */
const TOKEN_WORDS = /\b(?:bearer|(?:access[_\s-]?)?token|authori[sz]ation\s+header)\b/i;
/** An OperationOutcome told in words with the kind of its issue: "an OperationOutcome response indicating an Invalid request". */
const OUTCOME_SAID = /\bOperationOutcome\b.{0,80}?\b(invalid|unprocessable|business[ -]rule)\b/i;
/**
 * The server's own words for a refused body, quoted and called an error: "“Invalid request” error", "'Unprocessable
 * Entity' error", ""Bad Request" response" — with the status those words go with.
 */
const QUOTED_CONTENT =
  /[“"'‘`](invalid request|bad request|unprocessable entity|business rule(?: violation)?|validation (?:error|failed))[”"'’`]\s+(?:error|response|exception)\b/i;
const contentStatus = (words: string): number => (/unprocessable|business/i.test(words) ? 422 : 400);
/** Look-ahead from an OperationOutcome's resourceType to its first issue code. */
const OUTCOME_LINES = 20;
/** A scope word with at most three marks of markdown or quoting either side (capped: an open run backtracks). */
const SCOPE_WORD =
  "[*_`\"“']{0,3}((?:patient|user|system)/[A-Za-z*]+\\.[a-z*]+|openid|fhirUser|profile|online_access|offline_access|launch(?:/[a-z]+)?)[*_`\"”']{0,3}";
/** A scope the text says the token lacks: "missing the openid scope", "the patient/*.read scope is not returned". */
const SCOPE_MISSING = new RegExp(
  `\\b(?:missing|lacks?|lacking|(?:do|does|did)\\s*(?:not|n't)\\s+(?:include|contain|have|return))\\s+(?:the\\s+)?${SCOPE_WORD}\\s+scope\\b|${SCOPE_WORD}\\s+scope\\s+(?:(?:(?:is|was)\\s+not|isn't|wasn't)\\s+(?:returned|granted|included|present)|(?:is|was)\\s+(?:missing|dropped))\\b|\\bscopes?\\s+(?:do|does|did)\\s*(?:not|n't)\\s+(?:include|contain|have)\\s+(?:the\\s+)?${SCOPE_WORD}|\\bmissing\\s+scopes?\\s*:\\s*${SCOPE_WORD}`,
  "i",
);
/** An error named by its catalogue name: kebab-case in quotes or backticks, or a quoted title called an error. */
const QUOTED_NAME = /[`"“'‘]([a-z]+(?:-[a-z]+){1,6})[`"”'’]|[`"“'‘]([A-Za-z]+(?: [A-Za-z]+){1,6})[`"”'’]\s+error\b/gi;
/** "refresh token", "refresh_token", "refreshtoken", "refresh-token", quoted or in backticks. */
const REFRESH_TOKEN = "[\"'`]?refresh[_ -]?token[\"'`]?";
/**
 * After "no refresh token" / "without the refresh token": not words that make it a denial of something else ("no
 * refresh token problem here", "without the refresh token being involved").
 */
const NOT_A_NOUN =
  "(?![\"'`]?\\s+(?:being\\s+)?(?:problems?|issues?|errors?|concerns?|involved|needed|required|necessary|related|used|in\\s+play)\\b)";
const REFRESH_FAILED = new RegExp(
  [
    `${CANNOT}refresh\\b`,
    "\\brefresh(?:ing)?\\s+(?:the\\s+)?(?:access\\s+)?(?:token\\s+)?(?:fails|failed|failing)\\b",
    "\\bre-?authori[sz]ation\\s+fail(?:s|ed)?\\b",
    "\\bno\\s+(?:offline_access|online_access)\\s+scope\\s+(?:found|granted|returned|in\\s+the\\s+token)\\b",
    // Said missing: "refresh_token is null", "the refresh token was not returned", "\"refresh_token\": null".
    `${REFRESH_TOKEN}\\s*(?:(?:is|was|comes?\\s+back|came\\s+back|returned)\\s+(?:as\\s+)?(?:null|undefined|empty|nil|none|blank)|:\\s*(?:null|""))`,
    `${REFRESH_TOKEN}\\s+(?:is\\s+|was\\s+)?(?:lost|missing|absent|not\\s+(?:returned|issued|included|found|present|there))\\b`,
    // Said not received: "no refresh token returned", "not getting refreshtoken", "doesn't come with a refresh token".
    `\\bno\\s+(?:new\\s+)?${REFRESH_TOKEN}${NOT_A_NOUN}`,
    `\\b(?:not|never)\\s+(?:get(?:ting)?|got|receiv(?:e|ed|ing)|see(?:ing)?|seen|given)\\s+(?:an?\\s+|the\\s+|any\\s+)?(?:new\\s+)?${REFRESH_TOKEN}`,
    `\\b(?:does|did|do)\\s*(?:not|n't)\\s+(?:come\\s+(?:back\\s+)?with|include|contain|return|give|issue|have|send)\\s+(?:an?\\s+|the\\s+|any\\s+)?(?:new\\s+)?${REFRESH_TOKEN}`,
    `\\bwithout\\s+(?:an?\\s+|any\\s+|the\\s+)?${REFRESH_TOKEN}${NOT_A_NOUN}`,
  ].join("|"),
  "i",
);
const CORS =
  /\bblocked\s+by\s+CORS\b|\bCORS\s+(?:policy|error|issue|problem)\b|\bdue\s+to\s+CORS\b|\bnot\s+allowed\s+by\s+Access-Control-Allow-Origin\b|\bdue\s+to\s+access\s+control\s+checks\b|\bCross-Origin\s+Request\s+Blocked\b|\bAccess-Control-Allow-Origin\b.{0,120}\b(?:wildcard|missing|not\s+present)\b/i;
/** A launch without iss: said missing, or the params said to be needed ("I should give it params 'iss' and 'launch'"). */
const MISSING_ISS =
  /\b(?:no|without|missing)\s+['"`“]?iss['"`”]?\s+(?:param(?:eter)?|value)|\biss['"`”]?\s+(?:param(?:eter)?|value)\s+(?:is|was)\s+(?:missing|not\s+(?:set|given|passed|sent))|\bno\s+server\s+url\s+found\b|\b(?:give|pass|send|add|need)s?\s+(?:it\s+|the\s+)?params?\s+['"`“]iss['"`”]|\bno\s+authori[sz]ation\s+server\s+(?:is\s+)?(?:identified|found|given)|\b(?:cannot|can't|could\s*(?:not|n't)|failed\s+to)\s+(?:find|discover)\s+(?:the\s+)?authori[sz]ation\s+(?:server|url)|\bnot\s+receiv(?:e|es|ed|ing)\s+(?:the\s+|any\s+|its\s+)?(?:required\s+)?(?:SMART\s+)?(?:launch|tenant\s+and\s+user|patient)\s+context\b|\$(?:PAT_PersonId|VIS_EncntrId|USR_PersonId)\$/i;
/**
 * The authorization response's state not found where the app looks for it: client-js's "No 'state' parameter found.
 * Please (re)launch the app." and "No state found!", "state parameter is missing", "state … not found in sessionStorage".
 */
const MISSING_STATE =
  /\bno\s+['"`‘“]?state['"`’”]?\s+(?:param(?:eter)?\s+)?(?:was\s+)?found\b|(?<![.\w])['"`‘“]?state['"`’”]?\s+(?:param(?:eter)?\s+)?(?:(?:is|was)\s+)?(?:missing|not\s+found)\b/i;
/**
 * Whether the words are about OAuth's state: the parameter quoted or named ("'state'", "state parameter"), client-js's
 * "No state found!", or a line about the launch, the callback or the redirect. "address.state is missing" or a
 * terraform "Error: state not found" is another state.
 */
const OAUTH_STATE =
  /['"`‘“]state['"`’”]|\bstate\s+param|\bno\s+state\s+found!|\b(?:oauth2?|authori[sz]\w*|callback|redirect\w*|launch\w*|smart|sessionStorage|fhirclient|client-js|code=)/i;
/** The app not sending state ("missing from the authorize URL we build"), not a callback that lost it. */
const STATE_NOT_SENT =
  /^\s+(?:from|in)\s+(?:the\s+|our\s+|my\s+)?(?:authori[sz]e|authori[sz]ation|login)\s+(?:url|request|link)/i;

function missingState(line: string): boolean {
  if (!OAUTH_STATE.test(line)) return false;
  const m = happeningMatch(MISSING_STATE, line);
  return m !== null && !STATE_NOT_SENT.test(line.slice(m.index + m[0].length, m.index + m[0].length + 60));
}
/** A request said refused with its status or the status's reason phrase: "rejected as Bad Request", "rejected with 401". */
const REJECTED =
  /\brejected\s+(?:as|with)\s+(?:an?\s+)?(?:http\s+)?(?:(\d{3})\b|(bad\s+request|unauthori[sz]ed|forbidden|not\s+found|unprocessable(?:\s+entity)?|conflict)\b)/i;
const REASON_STATUS: Record<string, number> = {
  "bad request": 400,
  unauthorized: 401,
  unauthorised: 401,
  forbidden: 403,
  "not found": 404,
  unprocessable: 422,
  "unprocessable entity": 422,
  conflict: 409,
};
/**
 * A token's signing key missing from the key set the app validates with: the words JWT libraries use ("could not
 * find key ID", "Unable to find a signing key that matches", "no matching key") or a kid said not present.
 */
const KID_MISSING =
  /\b(?:could\s*(?:not|n't)|cannot|can't|unable\s+to|failed\s+to)\s+find\s+(?:a\s+|the\s+|any\s+)?(?:matching\s+|signing\s+|public\s+|verification\s+)?(?:key\s+id|key|kid|jwk)\b|\b(?:kid|key\s+id)\b[^.;!?]{0,40}\bnot\s+(?:found|present|in\s+the\s+(?:jwks?|key\s+set))\b/i;
/** "no matching key": a signing key only when the line speaks of tokens or key sets ("… in the JWKS for kid …"). */
const NO_MATCHING_KEY = /\bno\s+(?:matching|suitable)\s+(?:signing\s+|public\s+)?(?:key|jwk)s?\b/i;
const KEY_CONTEXT = /\b(?:kid|jwks?|jwt|(?:id_|access_)?token|signature|signing|key\s*set|public\s+key)\b/i;
/** A failure said as a possibility, not an event: "would show an error page", "throws an exception if you forget aud". */
const HYPOTHETICAL_BEFORE = /\b(?:would|could|might|otherwise)\b[^.;!?]{0,40}$/i;
const HYPOTHETICAL_AFTER = /^[^.;!?]{0,20}\b(?:if\s+you|unless)\b/i;
/** A failure said as a condition: "if the tenant is not found, …", "If you see unknown tenant, check the URL". */
const CONDITION_BEFORE = /\b(?:if|in\s+case|whenever)\b[^.;!?]{0,40}$/i;
/** A failure said to be over: "that is fixed now", "was an old problem, now solved", "no longer happens". */
const SETTLED =
  /\b(?:fixed|solved|resolved|went\s+away|no\s+longer|old\s+(?:problem|issue|error))\b|\bnot\s+(?:an?\s+)?(?:issue|problem)\s+(?:any\s*more|now)\b/i;

/** Failures of the developer's own tooling, not of the API: "the CI build was failing with a TypeScript error". */
const NON_API =
  /\b(?:builds?|compil(?:e|er|ing|ation)|typescript|tsc|lint(?:er|ing)?|eslint|webpack|npm|yarn|unit\s+tests?|CI)\b/i;

/** A failure said without a status ("returns error", "failed to call …"), unless as a possibility or of tooling. */
function saidFailing(line: string): boolean {
  if (NON_API.test(line)) return false;
  return [ERROR_SAID, FAILED_CALL].some((re) => {
    const m = re.exec(line);
    if (!m) return false;
    const end = m.index + m[0].length;
    return (
      !HYPOTHETICAL_BEFORE.test(line.slice(Math.max(0, m.index - 60), m.index)) &&
      !HYPOTHETICAL_AFTER.test(line.slice(end, end + 40))
    );
  });
}

/** Words that deny what follows them in the same clause: "this is not a CORS issue", "I don't think the refresh fails". */
const NEGATION =
  /\b(?:not|never|no\s+longer|isn't|wasn't|aren't|don't|doesn't|didn't|rather\s+than|instead\s+of|ruled\s+out)\b[^.;!?]{0,40}$/i;

/** Whether `at` stands inside an XML comment opened earlier on the line (`<!-- … -->`). */
const inComment = (line: string, at: number): boolean => line.lastIndexOf("<!--", at) > line.lastIndexOf("-->", at);

/** The reader's match, unless the words just before it in the same clause deny it. */
function affirmedMatch(re: RegExp, line: string): RegExpExecArray | null {
  const m = re.exec(line);
  return m && !deniedAt(line, m.index) ? m : null;
}

/**
 * The reader's match, unless denied, said as a possibility or a condition ("would", "if you see …"), or said to be
 * over ("… but that is fixed now"): words of a failure that is not happening.
 */
export function happeningMatch(re: RegExp, line: string): RegExpExecArray | null {
  const m = re.exec(line);
  return m && happeningAt(line, m.index, m.index + m[0].length) ? m : null;
}

/** Whether the words at [at, end) of the line are told as happening: not denied, supposed, conditional, asked or over. */
export function happeningAt(line: string, at: number, end: number): boolean {
  if (deniedAt(line, at) || SETTLED.test(line)) return false;
  const before = line.slice(Math.max(0, at - 60), at);
  if (HYPOTHETICAL_BEFORE.test(before) || CONDITION_BEFORE.test(before)) return false;
  if (askedAbout(line, at, end)) return false;
  return !HYPOTHETICAL_AFTER.test(line.slice(end, end + 40));
}

/** A yes/no question opening the sentence: "Is a missing code_verifier the reason?", "Does Cerner reject …?". */
const YES_NO_OPENING = /(?:^|[.!?]\s)\s*(?:is|are|does|do|did|can|could|should|would|will|was|were)\b[^.!?]{0,120}$/i;
/** Words of a question about a failure that happened: "Does anyone know why …?", "Can you help with …?". */
const ASKS_WHY = /\b(?:why|anyone|someone|know|help|explain)\b/i;

/** Whether the words at [at, end) are asked about in a yes/no question, not told as an event. */
function askedAbout(line: string, at: number, end: number): boolean {
  const opening = YES_NO_OPENING.exec(line.slice(Math.max(0, at - 120), at));
  if (!opening || ASKS_WHY.test(opening[0])) return false;
  const rest = /^[^.!?]{0,120}[.!?]/.exec(line.slice(end, end + 122));
  return rest !== null && rest[0].endsWith("?");
}

/** .NET's HttpClient failure, a failure and no denial: "Response status code does not indicate success: 406 (…)". */
const NOT_SUCCESS_BEFORE = /\bdoes\s*(?:not|n't)\s+indicate\s+success\s{0,3}:?\s{0,3}$/i;

/** Whether the clause before `at` denies what is written there. */
function deniedAt(line: string, at: number): boolean {
  const before = line.slice(Math.max(0, at - 60), at);
  return NEGATION.test(before) && !NOT_SUCCESS_BEFORE.test(before);
}

const affirmed = (re: RegExp, line: string): boolean => affirmedMatch(re, line) !== null;
/** A slash, or one percent-encoded once or twice: an authorize URL carried inside another URL's parameter. */
const SLASH = "(?:/|%2F|%252F)";
const PROFILE = new RegExp(`${SLASH}profiles${SLASH}\\**smart-v([12])\\**${SLASH}`, "gi");
const TOKEN_TARGET = /\btoken\s+(?:endpoint|requests?|calls?|url)\b|\/token\b|grant_type/i;
/**
 * An OAuth error code after a verb of receiving, or after the error or response that carried it: "I get a
 * "invalid_client" error", "fails with invalid_grant", "a 401 error with invalid_client in the body".
 */
const NAMED_OAUTH =
  /\b(?:get(?:s|ting)?|got|receiv(?:e|es|ed|ing)|return(?:s|ed|ing)?|throws?|(?:fail(?:s|ed|ing)?|respond(?:s|ed)?|error(?:s|ed)?\s+out)\s+with|(?:[45]\d\d\s+)?(?:error|response|reply)\s+(?:with|containing|saying))\s+(?:an?\s+|the\s+)?(?:error\s+)?["'`“]?(invalid_client|invalid_grant|unauthorized_client|invalid_scope|invalid_request|unsupported_grant_type|access_denied|invalid_token|insufficient_scope)\b/i;
/** The OAuth error named on the line, when told as happening and not quoted from the docs. */
function toldOAuthError(line: string): RegExpExecArray | null {
  const m = happeningMatch(NAMED_OAUTH, line);
  return m && !DOCS_BEFORE.test(line.slice(Math.max(0, m.index - 80), m.index)) ? m : null;
}
const VERSION_WORDS = /\bSMART\s*v?([12])\b|\bv([12])\s+scopes?\b|`?\.(rs|cruds|read)`?\s+scopes?\b/i;
/** A resource type said to be refused: "`Observation` is `403 insufficient_scope`", "Condition returns 403". */
const REFUSED_TYPE =
  /`?\b([A-Z][A-Za-z]+)`?\s+(?:is|are|was|were|returns?|returned|gets?|got|gives?|fails?\s+with)\s+(?:an?\s+)?`?(40[13])\b/;
const REDIRECT = /[?&#]error=([a-z_]+)(?:&[^\s"'`]*?)?[&]error_uri=([^\s"'`&]+)/i;
/** A tenant said to be unknown, unquoted: "an unknown tenant error", "tenant not found", "invalid tenant ID". */
const UNKNOWN_TENANT =
  /\bunknown[ -]tenant\b|\btenant(?:[ _-]?id)?\s+(?:was\s+|is\s+)?not\s+found\b(?!\s+to\b)|\bno\s+such\s+tenant\b|\b(?:invalid|unrecogni[sz]ed)\s+tenant(?:[ _-]?id)?\b/i;
/** The catalogue's error for an unknown tenant at each step: the authorize step's, or the token endpoint's. */
const TENANT_URN = {
  authorize: "urn:cerner:error:authorization-server:oauth2:grant:unknown-tenant",
  token: "urn:cerner:error:authorization-server:oauth2:token:invalid-tenant",
};

function typeName(word: string): string | null {
  const cap = word.charAt(0).toUpperCase() + word.slice(1);
  if (isR4ResourceType(cap)) return cap;
  const lower = word.toLowerCase();
  return lower === "patient" ? "Patient" : null;
}

function decodeTwice(value: string): string {
  let out = value;
  for (let i = 0; i < 2 && /%[0-9a-f]{2}/i.test(out); i++) {
    try {
      out = decodeURIComponent(out);
    } catch {
      break;
    }
  }
  return out;
}

/** An authorize redirect's error=…&error_uri=… (the error_uri once URL-encoded, its URN twice). */
export function redirectError(line: string): ParsedError | null {
  const m = REDIRECT.exec(line);
  if (!m) return null;
  let uri = m[2];
  try {
    uri = decodeURIComponent(uri);
  } catch {
    /* keep as is */
  }
  const e = emptyError("token-endpoint");
  e.error = m[1].toLowerCase();
  e.errorUri = uri;
  Object.assign(e, parseErrorUri(uri) ?? {});
  if (!e.urn) {
    const urn = /urn:cerner:error:[a-z0-9:_.-]*[a-z0-9_]/i.exec(decodeTwice(uri));
    if (urn) e.urn = urn[0];
  }
  return e;
}

/** A FHIR request's content refused, with the status its OperationOutcome implies. */
const contentFailure = (status: number, line: number): FailureStatement => ({
  status,
  elapsedSeconds: null,
  expired: false,
  target: "fhir",
  line,
});

/** The profiles of a line's authorization URLs; the one a failure at `errorAt` belongs to is marked failed. */
function profilesOf(line: string, n: number, errorAt: number): ProseStatements["profiles"] {
  const found = [...line.matchAll(PROFILE)].map((m) => ({
    version: (m[1] === "1" ? "v1" : "v2") as "v1" | "v2",
    line: n,
    failed: false,
    at: m.index ?? 0,
  }));
  if (errorAt !== Infinity && found.length) {
    const before = found.filter((p) => p.at < errorAt);
    (before.length ? before[before.length - 1] : found[0]).failed = true;
  }
  return found.map(({ version, line: l, failed }) => ({ version, line: l, failed }));
}

export function readStatements(lines: readonly string[]): ProseStatements {
  const out: ProseStatements = {
    failures: [],
    requests: [],
    appType: null,
    standalone: null,
    launchParams: [],
    tenants: [],
    redirectErrors: [],
    namedErrors: [],
    smartVersion: null,
    missingScopes: [],
    refreshFailed: null,
    cors: null,
    unknownKid: null,
    missingIss: null,
    missingState: null,
    profiles: [],
  };
  /** The OperationOutcome being read: its first issue's code, severity, and whether it speaks of the token. */
  let issue: { until: number; code: string | null; line: number; severity: string | null; token: boolean } | null =
    null;
  // An error issue (or one whose severity was cut off) with a content code is the content failing, unless the
  // outcome is about the token ("Bearer token is invalid"): that is no content failure.
  const settle = () => {
    const implied = issue?.code ? CONTENT_ISSUE[issue.code] : undefined;
    if (issue && implied && (issue.severity === null || /^(?:error|fatal)$/.test(issue.severity)) && !issue.token)
      out.failures.push(contentFailure(implied, issue.line));
    issue = null;
  };
  lines.forEach((raw, index) => {
    const line = readableLine(raw);
    const n = index + 1;
    const lower = line.toLowerCase();
    const failure = failureOn(line);
    // Where on the line the first failure or error is written (to tell which of its URLs failed).
    let errorAt = failure ? failure.index : Infinity;
    const errorSeen = (at: number) => (errorAt = Math.min(errorAt, at));
    let status: number | null = null;
    if (failure) {
      const digits = failure[1] ?? failure[3] ?? failure[5] ?? failure[6];
      const word = failure[2] ?? failure[4];
      const code = digits
        ? Number(digits)
        : word
          ? STATUS_WORDS[word.toLowerCase().replace("unauthorised", "unauthorized")]
          : null;
      if (code && code >= 400 && code < 600) status = code;
    }
    const label = status === null ? STATUS_LABEL.exec(line) : null;
    if (label) status = Number(label[1]);
    const rejected = status === null && lower.includes("rejected") ? happeningMatch(REJECTED, line) : null;
    if (rejected)
      status = rejected[1]
        ? Number(rejected[1])
        : (REASON_STATUS[rejected[2].toLowerCase().replace(/\s+/g, " ")] ?? null);
    const elapsed = ELAPSED.exec(line);
    // "otherwise re-auth is needed when the token expires" is a possibility, not an expiry that happened; "it is not due
    // to token expiry" rules it out.
    const expiry = affirmedMatch(EXPIRED, line);
    const expired =
      expiry !== null && !HYPOTHETICAL_BEFORE.test(line.slice(Math.max(0, expiry.index - 60), expiry.index));
    const noAuth = NO_AUTH.test(line);
    const target = FHIR_TARGET.test(line) ? "fhir" : noAuth || TOKEN_TARGET.test(line) ? "token" : null;
    const record = (s: number | null, seconds: number | null) =>
      out.failures.push({ status: s, elapsedSeconds: seconds, expired, target, line: n });
    if (status !== null) record(status, elapsed ? Number(elapsed[1]) * 60 : null);
    else if (
      elapsed &&
      /\b(?:expire|refresh|token|session|stops?\s+working|not\s+working|unauthori[sz]ed)\b/i.test(line)
    )
      record(null, Number(elapsed[1]) * 60);
    else if (
      expired ||
      noAuth ||
      saidFailing(line) ||
      /\b(?:authori[sz]ation|authentication|access)\s+(?:errors?|failures?)\b|\baccess\s+denied\b/i.test(line)
    )
      record(null, null);
    const outcome = status === null && lower.includes("operationoutcome") ? OUTCOME_SAID.exec(line) : null;
    // "… an OperationOutcome that says the access token is invalid" is about the token, not the content; one inside
    // an XML comment on its line (`<!-- <OperationOutcome>… -->`) is commented out.
    if (outcome && !TOKEN_WORDS.test(outcome[0]) && !inComment(line, outcome.index)) {
      const kind = outcome[1].toLowerCase();
      const implied = kind === "invalid" ? 400 : 422;
      out.failures.push(contentFailure(implied, n));
    }
    // The same words of an OAuth step (the token endpoint's invalid_request) are no content failure.
    const quoted = status === null && /[“"'‘`]/.test(line) ? affirmedMatch(QUOTED_CONTENT, line) : null;
    if (quoted && !TOKEN_WORDS.test(line) && !TOKEN_TARGET.test(line))
      out.failures.push(contentFailure(contentStatus(quoted[1]), n));
    if (OUTCOME_START.test(line)) {
      settle();
      issue = { until: n + OUTCOME_LINES, code: null, line: n, severity: null, token: false };
    }
    if (issue && n <= issue.until) {
      const code = issue.code === null ? ISSUE_CODE.exec(line) : null;
      if (code) Object.assign(issue, { code: code[1], line: n });
      issue.severity = SEVERITY.exec(line)?.[1].toLowerCase() ?? issue.severity;
      issue.token ||= TOKEN_WORDS.test(line);
      // The issue is read to its end: its severity and diagnostics may follow the code.
      if (issue.code !== null && /[}\]]/.test(code ? line.slice((code.index ?? 0) + code[0].length) : line)) settle();
    } else settle();
    // The readers below run only on lines holding their key word (most lines hold none).
    if (/[`"“'‘]/.test(line))
      for (const m of line.matchAll(QUOTED_NAME)) {
        const urn = deniedAt(line, m.index ?? 0) ? null : urnOfName(m[1] ?? m[2]);
        if (urn) out.namedErrors.push({ error: null, urn, line: n });
        if (urn) errorSeen(m.index ?? 0);
      }
    const refresh = /refresh|reauthori|re-authori|_access/.test(lower) && affirmed(REFRESH_FAILED, line);
    const cors = /cors|access[- ]control|cross-origin/.test(lower) && affirmed(CORS, line);
    const iss = /iss|authori|context|\$(?:pat|vis|usr)_/.test(lower) && affirmed(MISSING_ISS, line);
    const kid =
      /key|kid|jwk/.test(lower) &&
      (happeningMatch(KID_MISSING, line) !== null ||
        (KEY_CONTEXT.test(line) && happeningMatch(NO_MATCHING_KEY, line) !== null));
    if (refresh && out.refreshFailed === null) out.refreshFailed = n;
    if (cors && out.cors === null) out.cors = n;
    if (iss && out.missingIss === null) out.missingIss = n;
    const state = lower.includes("state") && missingState(line);
    if (kid && out.unknownKid === null) out.unknownKid = n;
    if (state && out.missingState === null) out.missingState = n;
    if (
      (refresh || cors || iss || kid || state) &&
      status === null &&
      out.failures[out.failures.length - 1]?.line !== n
    )
      out.failures.push({
        status: null,
        elapsedSeconds: null,
        expired,
        target: target ?? (iss || kid || state ? null : "token"),
        line: n,
      });
    // "without the online_access scope we would …" is a reason, not a drop: bare "without" is not read; nor a denial.
    const missing = lower.includes("scope") ? affirmedMatch(SCOPE_MISSING, line) : null;
    if (missing) {
      out.missingScopes.push({ scope: missing.slice(1).find(Boolean) ?? "", line: n });
      if (status === null && out.failures[out.failures.length - 1]?.line !== n) record(null, null);
    }
    // The docs' "a 400 response with invalid_grant" or a tip's "if you see an error saying …" is no error received.
    const named = toldOAuthError(line);
    if (named) out.namedErrors.push({ error: named[1].toLowerCase(), urn: null, line: n });
    if (named) errorSeen(named.index);
    // Unless the line already named it in quotes (`unknown-tenant`, read above by its catalogue name).
    const lastNamed = out.namedErrors[out.namedErrors.length - 1];
    const quotedTenant = lastNamed?.line === n && /tenant$/.test(lastNamed.urn ?? "");
    const tenantWords = lower.includes("tenant") && !quotedTenant ? happeningMatch(UNKNOWN_TENANT, line) : null;
    if (tenantWords) {
      out.namedErrors.push({
        error: null,
        urn: TOKEN_TARGET.test(line) ? TENANT_URN.token : TENANT_URN.authorize,
        line: n,
        words: true,
      });
      errorSeen(tenantWords.index);
      if (status === null && out.failures[out.failures.length - 1]?.line !== n) record(null, null);
    }
    const page = errorPageUrn(line);
    if (page) out.namedErrors.push({ error: null, urn: page, line: n });
    if (page) errorSeen(line.length);
    const said = out.smartVersion ? null : VERSION_WORDS.exec(line);
    if (said) out.smartVersion = said[1] === "1" || said[2] === "1" || said[3] === "read" ? "v1" : "v2";
    const refused = REFUSED_TYPE.exec(line);
    const refusedType = refused ? typeName(refused[1]) : null;
    if (refused && refusedType) {
      if (status === null) record(Number(refused[2]), null);
      out.requests.push({ method: "GET", url: `{fhir_base}/${refusedType}`, status: Number(refused[2]), line: n });
    }
    const verb = refusedType ? null : VERB_TYPE.exec(line);
    if (verb) {
      const method = (
        verb[1] ??
        verb[4] ??
        VERB_METHOD[(verb[5] ?? "").toLowerCase()] ??
        (verb[7] ? "GET" : "")
      ).toUpperCase();
      const type = typeName(verb[2] ?? verb[3] ?? verb[6] ?? verb[7] ?? "");
      if (method && type && !/https?:\/\//.test(line.slice(verb.index ?? 0, (verb.index ?? 0) + verb[0].length + 8))) {
        const withId =
          method === "PUT" || method === "PATCH" || method === "DELETE" || (verb[5] ?? "").toLowerCase() === "read";
        out.requests.push({ method, url: `{fhir_base}/${type}${withId ? "/{id}" : ""}`, status, line: n });
      }
    }
    const app = APP_TYPE.exec(line);
    if (
      app &&
      !out.appType &&
      !/\b(?:scopes?|persona=)\b/i.test(line.slice(app.index ?? 0, (app.index ?? 0) + app[0].length))
    ) {
      out.appType = { value: (app[1] ?? app[2]).toLowerCase() as "system" | "provider" | "patient", line: n };
    }
    if (STANDALONE.test(line) && out.standalone === null) out.standalone = n;
    if (LAUNCH_PARAM.test(line) && !/[?&]error=/.test(line)) out.launchParams.push(n);
    for (const m of line.matchAll(TENANT_IN_URL)) out.tenants.push({ value: m[1] ?? m[2], line: n });
    for (const m of line.matchAll(TENANT_IN_WORDS)) out.tenants.push({ value: m[1], line: n });
    const redirect = redirectError(line);
    if (redirect) out.redirectErrors.push({ error: redirect, line: n });
    if (redirect) errorSeen(line.search(REDIRECT));
    if (/profiles(?:\/|%2f|%252f)/.test(lower)) out.profiles.push(...profilesOf(line, n, errorAt));
  });
  settle();
  out.failures.sort((a, b) => a.line - b.line);
  return out;
}
