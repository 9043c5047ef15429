// A form payload copied from the browser's DevTools (the Payload tab's parsed view) or written out in an issue: one
// `name: value` (or `name:value`) a line. Such a block is an OAuth form when one of its names is `grant_type` or
// `response_type`; then its `code` is the authorization code, and the secret parameters (client_secret, refresh_token,
// code_verifier, …) go as they would in a form body. Other lines of the block, and every other line, are left to the
// line reader. One pass over the lines.
import type { ItemContext } from "./context";
import { splitLines } from "./http-text";
import { SECRET_PARAMS, secretKey } from "./detectors/secret-keys";

/**
 * `name: value`, `name:value`, `name<TAB>value` (the view copied as a table), optionally a Markdown list item. The
 * value may be anything (a scope with spaces, a short state, a value with colons): the `name` shape alone makes a line
 * part of the block; only the values that go need 4+ characters.
 */
const PAIR = /^([ \t]*(?:[-*+][ \t]+)?)(["']?)([a-z][a-z0-9_]{1,40})\2([ \t]*:[ \t]*|\t+)([^\r\n]{0,2048})(\r?\n?)$/;
const OAUTH_FORM = new Set(["grant_type", "response_type"]);
/** An OAuth error code (`invalid_request`, `access_denied`): words joined by `_`, never a random authorization code. */
const ERROR_CODE = /^[a-z]+(?:_[a-z]+)+$/;

/** A quoted string and its comma: an entry of code's object literal or dict (`code: "…",`, `'code': '…',`); the
 *  Payload view shows values bare. */
const CODE_LITERAL = /^(["'`])([^"'`\r\n]*)\1,$/;

/** The value's placeholder type in an OAuth form, or undefined. */
export const oauthSecretType = (name: string): string | undefined =>
  name === "code" ? "authorization_code" : SECRET_PARAMS[name];
/** A parameter that makes a block of parameters an OAuth request (its `code` the authorization code). */
export const isOAuthFormName = (name: string): boolean => OAUTH_FORM.has(name);

/** Does this value of a secret parameter go? (Four characters or more; a `code` is one word and no error code.) */
const goes = (name: string, value: string) =>
  value.length >= 4 && (name !== "code" || (!/\s/.test(value) && !ERROR_CODE.test(value)));

export function redactPayloadLines(text: string, ctx: ItemContext): string {
  if (!text.includes("grant_type") && !text.includes("response_type")) return text;
  const lines = splitLines(text);
  let changed = false;
  for (let i = 0; i < lines.length;) {
    let end = i;
    while (end < lines.length && lines[end].length <= 2100 && PAIR.test(lines[end])) end++;
    if (end - i >= 2) {
      const pairs = lines.slice(i, end).map((l) => PAIR.exec(l)!);
      if (pairs.some((p) => OAUTH_FORM.has(p[3])))
        for (let k = 0; k < pairs.length; k++) {
          const [, lead, nameQuote, name, sep, rest, eol] = pairs[k];
          const type = oauthSecretType(name);
          if (!type) continue;
          // In code's literal the string's body is the value. A name the key readers own (`client_secret: "…",`) is
          // theirs to judge (`token: "https://…/token",` names an endpoint); only `code` is this reader's alone.
          const literal = CODE_LITERAL.exec(rest.trimEnd());
          if (literal && secretKey(name)) continue;
          const valueStart = literal ? 1 : 0;
          const value = literal ? literal[2] : rest.trimEnd();
          if (!goes(name, value)) continue;
          const key = lead + nameQuote + name + nameQuote + sep + rest.slice(0, valueStart);
          lines[i + k] = key + ctx.secret(value, type) + rest.slice(valueStart + value.length) + eol;
          changed = true;
        }
    }
    i = end > i ? end : i + 1;
  }
  return changed ? lines.join("") : text;
}
