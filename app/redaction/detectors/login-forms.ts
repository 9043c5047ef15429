// A form body or query written bare in text (a HAR's `postData.text` pasted cut off, a log line, notes) that carries a
// password: `user=jroe&pass=…`. The run is judged pair by pair like a form (redactParams), where a bare `user` beside
// a password is the login it goes with. A run without a password is left to the other detectors (`user=` alone
// filters or names a role). One pass; pairs cannot overlap (each one after the first starts at an `&` its value
// cannot hold).
import type { ItemContext } from "../context";
import { PASSWORD_PARAM, redactParams } from "./url";

const FORM_RUN = /(?<![\w.%-])[A-Za-z_][\w.-]{0,63}=[^\s&"'<>]{0,4096}(?:&[A-Za-z_][\w.-]{0,63}=[^\s&"'<>]{0,4096})+/g;
const HAS_PASSWORD = /(?:^|&)(?:pass|password|passwd|pwd|passphrase)=/i;

export function redactLoginForms(text: string, ctx: ItemContext, sweep: (v: string) => string): string {
  if (!text.includes("&") || !PASSWORD_PARAM_WORD.test(text)) return text;
  return text.replace(FORM_RUN, (run: string) =>
    HAS_PASSWORD.test(run) ? redactParams(run, ctx, { codeIsSecret: true }, sweep) : run,
  );
}

const PASSWORD_PARAM_WORD = new RegExp(`(?:${PASSWORD_PARAM.source.replace(/^\^|\$$/g, "")})=`, "i");
