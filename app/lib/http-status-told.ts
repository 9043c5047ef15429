// A status told in words rather than in a status line: a code with its reason phrase ("a 400 Bad Request", "401
// UnAuthourized", "406 Client Error: Not Acceptable"), a code with an OAuth error ("403 insufficient_scope"), a key
// that names it ("status=503", "StatusCode: 415"), or — in a short note only — a reason phrase alone ("getting
// unauthorized"). Each pattern is bounded and runs in one pass over the text.

/** RFC 9110's reason phrases (and 429's, RFC 6585) for the statuses people report. */
const REASONS: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  406: "Not Acceptable",
  408: "Request Timeout",
  409: "Conflict",
  410: "Gone",
  412: "Precondition Failed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Entity",
  429: "Too Many Requests",
  500: "Internal Server Error",
  501: "Not Implemented",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

const PHRASE_WORDS = Object.entries(REASONS).map(([code, phrase]) => ({
  code: Number(code),
  words: phrase.toLowerCase().split(" "),
}));

/**
 * Whether a written word is the phrase's word, or it with one typo ("UnAuthourized", "Entitty") when the word is long
 * enough for one to be told apart — but not its plural ("conflicts" names things, not the status).
 */
function nearly(written: string, word: string): boolean {
  if (written === word) return true;
  if (word.length < 5 || written === `${word}s` || Math.abs(written.length - word.length) > 1) return false;
  let i = 0;
  while (i < written.length && written[i] === word[i]) i++;
  // One edit: a letter changed, added or dropped at the first difference, the rest the same.
  return (
    written.slice(i + 1) === word.slice(i + 1) ||
    written.slice(i + 1) === word.slice(i) ||
    written.slice(i) === word.slice(i + 1)
  );
}

/** The code whose whole reason phrase starts the words (a typo a word forgiven), if any. */
function codeOfPhrase(text: string): number | undefined {
  const written = text.toLowerCase().split(/[\s_]+/);
  return PHRASE_WORDS.find(({ words }) => words.every((word, i) => i < written.length && nearly(written[i], word)))
    ?.code;
}

const OAUTH_ERROR = /^(?:insufficient_scope|invalid_(?:token|request|client|grant|scope)|unauthorized_client)$/i;

/** A code standing alone (not in a path, an address or a longer number), then the words after it. */
const CODE_THEN_WORDS =
  /(?<![\w./:-])([1-5]\d{2})(?![\w./])(?:\s?[-–:]\s?|\s)\(?(?:(client|server) error:?\s?)?([a-z][a-z_]{1,29}(?: [a-z]{2,15}){0,2})?/gi;
/**
 * A code a verb says came back (`got 400`, `received 400`, `fails with 400`, `Response with code 400`) or written
 * after `HTTP` and a blank (`HTTP 401 {…}`): what was expected before it (`expected 200, but received 400`) is not.
 * The word after it is taken too: it may make the number a count (`returned 100 patients`, `got 200 of 500`).
 */
const VERB_THEN_CODE =
  /(?<![\w-])(?:got|get|gets|getting|receive[sd]?|receiving|returns?|returned|returning|(?:responds?|responded|fails?|failed|failing|errors?|errored) with|with code|throws?|threw|http)\s(?:an?\s|the\s)?(?:(?:http|status|error)\s)?(?:code\s)?([1-5]\d{2})(?![0-9A-Za-z/]|\.\d)(?=(?:\s([a-z]{1,20})(?![a-z]))?)/gi;
/**
 * A word after a number that makes it a count of things, not a status: `of` (`100 of 250`) or a plural noun
 * (`patients`, `entries`, `results`) — bar the plurals a status is reported in (`401 errors`, `500 responses`).
 */
function countsThings(word: string | undefined): boolean {
  if (!word) return false;
  const lower = word.toLowerCase();
  if (lower === "of") return true;
  return (
    lower.length >= 4 && lower.endsWith("s") && !/^(?:errors|responses|codes|statuses|this|was|has|is|as)$/.test(lower)
  );
}
/** A code standing alone in a text, unless it follows `expected` (the status hoped for, not the one returned). */
const BARE_CODE =
  /(?<![\w./]|\d[,:]|(?:expected|expecting|instead of) (?:an? )?(?:(?:http|status) )?)([1-5]\d{2})(?![0-9A-Za-z/]|\.\d)/gi;
/**
 * A key that names the status: `status=503`, `"status": 403`, `StatusCode: 415`, `http_status:502`, `Response code:
 * 401`.
 */
const STATUS_KEY =
  /(?<![\w-])(?:(?:http|response)[_ ]?(?:status[_ ]?)?code|(?:http[_ ]?)?status[_ ]?(?:code)?)["']?\s?[:=]\s?["']?([1-5]\d{2})(?!\d)/gi;
/** A reason phrase as a whole word (not `unauthorized_client`, an OAuth error). */
const PHRASE = new RegExp(String.raw`(?<![\w-])(${Object.values(REASONS).join("|")}|unauthori[sz]ed)(?![\w-])`, "gi");

/** The one code in a list of them, or undefined when there is none or they differ. */
function single(codes: Iterable<number>): number | undefined {
  const distinct = new Set(codes);
  return distinct.size === 1 ? [...distinct][0] : undefined;
}

/**
 * Whether the words after a code tell it: its own reason phrase (maybe in brackets), an OAuth error, "error" (not
 * "errors": some 404 errors are other requests'), or its class's "client error".
 */
function tells(code: number, errorClass: string | undefined, words: string | undefined): boolean {
  if (errorClass) return (errorClass.toLowerCase() === "client") === code < 500;
  if (!words) return false;
  const first = words.split(" ")[0];
  return OAUTH_ERROR.test(first) || /^error$/i.test(first) || codeOfPhrase(words) === code;
}

/** The status a text tells by a key or a code with its words; undefined when it tells none, or two that differ. */
export function statusTold(text: string): number | undefined {
  const keyed = single(Array.from(text.matchAll(STATUS_KEY), (m) => Number(m[1])));
  if (keyed) return keyed;
  const told = Array.from(text.matchAll(CODE_THEN_WORDS))
    .map(([, code, errorClass, words]) => ({ code: Number(code), errorClass, words }))
    .filter(({ code, errorClass, words }) => tells(code, errorClass, words))
    .map(({ code }) => code);
  const returned = Array.from(text.matchAll(VERB_THEN_CODE))
    .filter(([, , after]) => !countsThings(after))
    .map(([, code]) => Number(code));
  // A verb tells its code only when no other code stands in the text (`got 401 at first, then 403`), bar an expected one.
  const others = Array.from(text.matchAll(BARE_CODE), (m) => Number(m[1])).filter((code) => !returned.includes(code));
  return single(others.length ? told : [...told, ...returned]);
}

/** The status a short note names by its reason phrase alone ("we are getting unauthorized"), if only one. */
export function statusByPhrase(note: string): number | undefined {
  return single(Array.from(note.matchAll(PHRASE), (m) => codeOfPhrase(m[1])!));
}
