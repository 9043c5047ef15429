// An OAuth request or answer written bare on a log line: OkHttp's body line (`D/OkHttp: grant_type=authorization_code
// &code=…&redirect_uri=…`), an app printing what its redirect brought back (`code=…&state=…`). `code` alone names
// anything (a status, a product), so a run is read as OAuth only when another pair says so: a grant_type,
// response_type, code_verifier, redirect_uri or state. Such a run is judged pair by pair as a token request is, its
// `code` the authorization code. Runs are found with one scan (form-runs.ts).
import type { ItemContext } from "../context";
import { parseFormPairs } from "~/evidence/form";
import { hasSentinel } from "../placeholders";
import { isTemplateMarker } from "../context";
import { findFormRuns } from "./form-runs";
import { redactParams, standsForCode } from "./url";

const OAUTH_NAMES = new Set(["grant_type", "response_type", "code_verifier", "redirect_uri", "state"]);
const isCode = (value: string) => !!value && !hasSentinel(value) && !standsForCode(value) && !isTemplateMarker(value);

/** A run with a `code` whose value is not redacted yet, beside a pair that makes it OAuth. */
function isOAuthRun(run: string): boolean {
  let code = false;
  let oauth = false;
  for (const pair of parseFormPairs(run)) {
    const name = pair.name.toLowerCase();
    if (name === "code" && pair.hasValue && isCode(pair.value)) code = true;
    else if (OAUTH_NAMES.has(name)) oauth = true;
  }
  return code && oauth;
}

export function redactOAuthFormRuns(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("code=")) return text;
  let out = "";
  let pos = 0;
  for (const { start, end } of findFormRuns(text)) {
    const run = text.slice(start, end);
    if (!isOAuthRun(run)) continue;
    out += text.slice(pos, start) + redactParams(run, ctx, { codeIsSecret: true }, sweep);
    pos = end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
