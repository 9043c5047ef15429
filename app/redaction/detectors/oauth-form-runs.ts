// An OAuth request or answer written bare on a log line: OkHttp's body line (`D/OkHttp: grant_type=authorization_code
// &code=…&redirect_uri=…`), an app printing what its redirect brought back (`code=…&state=…`). `code` alone names
// anything (a status, a product), so a run is read as OAuth only when another pair says so. A grant_type,
// response_type, code_verifier, code_challenge or redirect_uri is said only by OAuth: beside one, any `code` is the
// authorization code. A state, session_state (Keycloak, Azure AD), iss (RFC 9207), scope or client_id is said by OAuth
// too, but also by other records (a job's or a US state, a scope of work): beside one of these, `code` is taken only
// when its value reads as a generated code (ten characters or more, random, not a word or a number:
// `code=500&state=error`, `code=invalid_request&state=xyz` and `code=ORD-12345&state=shipped` stay). Such a run is
// judged pair by pair as a token request is, its `code` the authorization code. Runs are found with one scan
// (form-runs.ts).
import type { ItemContext } from "../context";
import { parseFormPairs } from "~/evidence/form";
import { hasSentinel } from "../placeholders";
import { isTemplateMarker } from "../context";
import { looksLikeSecretValue } from "./secret-keys";
import { rewriteFormRuns } from "./form-runs";
import { redactParams, standsForCode } from "./url";

/** Names only an OAuth request or redirect carries. */
const OAUTH_ONLY_NAMES = new Set(["grant_type", "response_type", "code_verifier", "code_challenge", "redirect_uri"]);
/** Names an OAuth redirect or request carries, but other records too (a job's state, a US state, a scope of work). */
const OAUTH_TOO_NAMES = new Set(["state", "session_state", "iss", "scope", "client_id"]);
/** A code of its own: not redacted yet, and not a variable or template standing for one (judged as written, `raw`). */
const isCode = (value: string, raw: string) =>
  !!value && !hasSentinel(value) && !standsForCode(raw) && !isTemplateMarker(value);
/** The quick pre-check: names are read in any case (`CODE=…&STATE=…` from an upper-cased log). */
const CODE_PAIR = /code=/i;
/** A value that reads as a generated authorization code, not a status, an error word or an order number. */
const readsAsCode = (value: string) => value.length >= 10 && looksLikeSecretValue(value);

/**
 * A run with a `code` whose value is not redacted yet, beside a pair that makes it OAuth. Every `code` pair counts, not
 * only the last: a run repeated in a log (`code=Zx81kQpLmN0a&state=…&code=x`) is OAuth when any code reads as one.
 */
function isOAuthRun(run: string): boolean {
  let hasCode = false;
  let codeReads = false;
  let oauthOnly = false;
  let oauthToo = false;
  for (const pair of parseFormPairs(run)) {
    const name = pair.name.toLowerCase();
    if (name === "code" && pair.hasValue && isCode(pair.value, run.slice(pair.valueStart, pair.valueEnd))) {
      hasCode = true;
      codeReads ||= readsAsCode(pair.value);
    } else if (OAUTH_ONLY_NAMES.has(name)) oauthOnly = true;
    else if (OAUTH_TOO_NAMES.has(name)) oauthToo = true;
  }
  return hasCode && (oauthOnly || (oauthToo && codeReads));
}

export function redactOAuthFormRuns(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!CODE_PAIR.test(text)) return text;
  return rewriteFormRuns(text, isOAuthRun, (run) => redactParams(run, ctx, { codeIsSecret: true }, sweep));
}
