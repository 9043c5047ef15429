// A form payload copied from the browser's DevTools (the Payload tab's parsed view) or written out in an issue: one
// `name: value` (or `name:value`) a line. Such a block is an OAuth form when one of its names is `grant_type` or
// `response_type`; then its `code` is the authorization code, and the secret parameters (client_secret, refresh_token,
// code_verifier, …) go as they would in a form body. Other lines of the block, and every other line, are left to the
// line reader. One pass over the lines.
import type { ItemContext } from "./context";
import { splitLines } from "./http-text";
import { SECRET_PARAMS } from "./detectors/secret-keys";

const PAIR = /^([ \t]*)([a-z][a-z0-9_]{1,40})([ \t]*:[ \t]*)([^\s:]{4,2048})([ \t]*\r?\n?)$/;
const OAUTH_FORM = new Set(["grant_type", "response_type"]);

/** The value's placeholder type in an OAuth form, or undefined. */
const secretType = (name: string): string | undefined => (name === "code" ? "authorization_code" : SECRET_PARAMS[name]);

export function redactPayloadLines(text: string, ctx: ItemContext): string {
  if (!text.includes("grant_type") && !text.includes("response_type")) return text;
  const lines = splitLines(text);
  let changed = false;
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && lines[end].length <= 2100 && PAIR.test(lines[end])) end++;
    if (end - i >= 2) {
      const pairs = lines.slice(i, end).map((l) => PAIR.exec(l)!);
      if (pairs.some((p) => OAUTH_FORM.has(p[2])))
        for (let k = 0; k < pairs.length; k++) {
          const [, lead, name, sep, value, eol] = pairs[k];
          const type = secretType(name);
          if (!type) continue;
          lines[i + k] = lead + name + sep + ctx.secret(value, type) + eol;
          changed = true;
        }
    }
    i = end > i ? end : i + 1;
  }
  return changed ? lines.join("") : text;
}
