// A secret announced on one line and given on the next: "Here is the access token:" then the token, "the app's
// client_secret has been registered as:" then a blank line and the secret, indented. The label line must name a
// secret and end with a colon; the value must be one word alone on its line. One pass over the lines.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";
import { isSecretTemplateMarker } from "../context";

export const LABEL =
  /(?:client[ _-]?secret|secret|password|passphrase|passwd|(?:access|refresh|id|bearer|api|auth)[ _-]?token|\btoken|api[ _-]?key|private[ _-]?key|client[ _-]?assertion|credentials?)[`*_"']*((?:[ \t]+[A-Za-z]+){0,6})[ \t]*:[ \t`*_"']*$/i;
/** The words that may stand between the secret word and the colon: "has been registered as", "is", "below". */
const GLUE = new Set(
  "is was are were value values has have had been be registered set configured given as of here below follows following the a an my our your its this that for to".split(
    " ",
  ),
);
/** Words that make the label about something else: "token endpoint:", "token URL:", "secret name:". */
const NOT_A_VALUE =
  /\b(?:endpoint|url|uri|type|name|id|expir\w*|lifetime|length|format|scope|header|request|response|field|parameter|file|path)\b[^\n]*:[ \t`*_"']*$/i;
const VALUE = /^([ \t>]*)([^\s]{6,4096})([ \t]*)$/;
const TOKEN_LABEL = /token|assertion/i;
/** Characters LABEL allows between its colon and the line's end. */
const AFTER_COLON = new Set([" ", "\t", "`", "*", "_", '"', "'"].map((c) => c.charCodeAt(0)));

/** Does the line end in a colon (then only LABEL's closing characters)? LABEL cannot match a line that does not. */
export function endsInColon(line: string): boolean {
  let i = line.length - 1;
  while (i >= 0 && AFTER_COLON.has(line.charCodeAt(i))) i--;
  return i >= 0 && line.charCodeAt(i) === 0x3a;
}

export function redactNextLineSecrets(text: string, ctx: ItemContext): string {
  if (!text.includes(":\n") && !text.includes(":\r\n") && !/:[ \t`*_"']+\r?\n/.test(text)) return text;
  const lines = text.split("\n");
  let label: string | null = null;
  let blanks = 0;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const line = raw.charCodeAt(raw.length - 1) === 0x0d ? raw.slice(0, -1) : raw;
    if (label !== null) {
      if (!line.trim() || /^[ \t]*```\w*[ \t]*$/.test(line)) {
        if (++blanks > 2) label = null;
        continue;
      }
      const m = VALUE.exec(line);
      if (m && !isSentinelOnly(m[2]) && !isSecretTemplateMarker(m[2]) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(m[2])) {
        const replaced = TOKEN_LABEL.test(label) ? ctx.token(m[2], "access_token") : ctx.secret(m[2], "secret");
        lines[i] = m[1] + replaced + m[3] + (lines[i].endsWith("\r") ? "\r" : "");
      }
      label = null;
      continue;
    }
    // Most lines do not end in a colon: the label pattern is not run on them.
    const l = endsInColon(line) ? LABEL.exec(line) : null;
    if (
      l &&
      !NOT_A_VALUE.test(line.slice(l.index)) &&
      l[1]
        .trim()
        .split(/\s+/)
        .every((w) => !w || GLUE.has(w.toLowerCase()))
    ) {
      label = l[0];
      blanks = 0;
    }
  }
  return lines.join("\n");
}
