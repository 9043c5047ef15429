// A form body or query written bare in text (a HAR's `postData.text` pasted cut off, a log line, notes) that carries a
// password: `user=jroe&pass=…`. The run is judged pair by pair like a form (redactParams), where a bare `user` beside
// a password is the login it goes with. A run without a password is left to the other detectors (`user=` alone
// filters or names a role). One pass; pairs cannot overlap (each one after the first starts at an `&` its value
// cannot hold).
import type { ItemContext } from "../context";
import { rewriteFormRuns } from "./form-runs";
import { isPasswordName, redactParams } from "./url";

/** A password word before `=` (or `]=`, a bracketed field) somewhere in the text: the cheap gate. */
const PASSWORD_WORD_BEFORE_EQUALS = /(?:pass|password|passwd|pwd|pw|passphrase)\]?=/i;
const hasPassword = (run: string) => run.split("&").some((pair) => isPasswordName(pair.slice(0, pair.indexOf("="))));

export function redactLoginForms(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("&") || !PASSWORD_WORD_BEFORE_EQUALS.test(text)) return text;
  return rewriteFormRuns(text, hasPassword, (run) => redactParams(run, ctx, { codeIsSecret: true }, sweep));
}
