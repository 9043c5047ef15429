// Form-encoded bodies (token requests): each parameter by its name — client_secret, client_assertion, code,
// code_verifier, password, refresh_token go; grant_type, scope, client_id, redirect_uri stay.
import type { ItemContext } from "./context";
import { redactParams } from "./detectors/url";
import { sweepValue } from "./sweep";

export function redactFormBody(body: string, ctx: ItemContext): string {
  // A form body may be pasted over several lines; each line is a run of pairs. After the pairs are judged by their
  // names, the line is swept once more as a whole: a token in a name (a pasted key ending in "=" reads as a name
  // with no value) or split by the pair syntax is still found.
  return body
    .split(/(\r?\n)/)
    .map((line) =>
      /^\r?\n$/.test(line) || !line.includes("=")
        ? line.trim() && !/^\r?\n$/.test(line)
          ? sweepValue(line, ctx)
          : line
        : sweepValue(
            redactParams(line, ctx, { codeIsSecret: true }, (v) => sweepValue(v, ctx)),
            ctx,
          ),
    )
    .join("");
}
