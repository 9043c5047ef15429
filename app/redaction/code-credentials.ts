// Credentials that commands and code snippets pass without a key a reader knows: HTTPie's `-a user:password` (and
// `-A bearer -a TOKEN`), a call that takes a user and a password (`auth=("client", "secret")`, `HTTPBasicAuth(…)`,
// `setBasicAuth`, `NetworkCredential`), "user:password" on its way into a Basic header (`GetBytes("…")`, `btoa('…')`,
// `$pair = "…"`), PowerShell's `ConvertTo-SecureString "…"`, a secret compared in code (`if auth.password ==
// 'hunter2':`, `token !== "…"`: the name compared is judged as a key is). Each value is replaced where it stands, before the text is read line by line (the
// placeholder then passes every later reader untouched). Only lines that name one of these are looked at; each pattern
// is bounded by the line.
import type { ItemContext } from "./context";
import { eachCueLine } from "./detectors/line-of";
import { labelNamesSecret, secretKey } from "./detectors/secret-keys";
import { SHELL_PROMPT_SOURCE } from "./shell-prompts";

const TRIGGER =
  /[=!]==?[ \t]*[rRbBfFuU]{0,2}['"]|\.equals(?:IgnoreCase)?\(|(?:^|[\s$>])(?:https?|xhs?)[ \t]|Auth[ \t]*\(|authenticate[ \t]*\(|Credentials\.basic|\bauth[ \t]*=[ \t]*\(|Credentials?[ \t]*\(|ConvertTo-SecureString|GetBytes|btoa|b64encode|base64|(?:pair|creds?|credentials?|userpass|auth)[ \t]*=|\.\w{0,40}(?:secret|passw|pwd|token|key)\w{0,20}[ \t]*\([ \t]*['"]/i;
/** An HTTPie (or xh) command at the start of a line, after an optional shell prompt of any shell (shell-prompts.ts). */
const HTTPIE = new RegExp(String.raw`^[ \t]*(?:${SHELL_PROMPT_SOURCE}[ \t]*)?(?:https?|xhs?)[ \t]`);
/** `-a value`, `--auth value`, `--auth=value`, the value bare or quoted. */
const HTTPIE_AUTH = /([ \t](?:-a|--auth)(?:=|[ \t]+))(['"]?)([^\s'"]+)\2/g;
const HTTPIE_BEARER = /[ \t](?:-A|--auth-type)(?:=|[ \t]+)['"]?bearer\b/i;
/**
 * A call that takes a user and a password (requests' `auth=("user", "secret")`, `HTTPBasicAuth('user', 'secret')`,
 * Spring's `setBasicAuth`, .NET's `NetworkCredential`, Apache's `UsernamePasswordCredentials`, OkHttp's
 * `Credentials.basic`, R httr's `authenticate`, a `new Credentials(user, password)`): the second string.
 */
const PAIR_CALL =
  /(\b(?:auth[ \t]*=[ \t]*\(|(?:HTTPBasicAuth|HTTPDigestAuth|setBasicAuth|basicAuth|BasicAuth|UsernamePasswordCredentials|NetworkCredential|Credentials(?:\.basic)?|authenticate)[ \t]*\()[ \t]*(['"])[^'"\n]*\2[ \t]*,[ \t]*)(['"])([^'"\n]+)\3/gi;
/**
 * "user:password" about to become a Basic credential: the argument of a base64 encoder (`GetBytes("…")`, `btoa('…')`,
 * `b64encode(b"…")`), or assigned to a variable named for it (`$pair = "…"`, `creds = '…'`): the part after the colon.
 */
const ENCODED_PAIR =
  /(\b(?:GetBytes|btoa|b64encode|Buffer\.from)[ \t]*\([ \t]*b?|(?:pair|creds?|credentials?|userpass|auth)[ \t]*=[ \t]*)(['"])([^'"\s:/]+:)([^'"\s/][^'"\n]*)\2/gi;
/** `ConvertTo-SecureString "…"`, `ConvertTo-SecureString -String "…"`, `"…" | ConvertTo-SecureString`. */
/** A name compared with a string (`auth.password == 'x'`, `secret !== "x"`, Python's `== r'x'`, Java's
 *  `PASSWORD.equals("x")`): the name (after its object's dot) and the string, each bounded. */
const COMPARED =
  /(\b([\w$]{1,64})(?:[ \t]*[=!]==?[ \t]*|\.equals(?:IgnoreCase)?\([ \t]*)[rRbBfFuU]{0,2})(['"])([^'"\n]{1,200})\3/g;
/** A setter or builder step named for a secret, given one string (`.setClientSecret("…")`, `builder.password("…")`,
 *  `.withApiKey("…")`): the name without its set/with prefix, and the string, each bounded. */
const SETTER = /\.(?:set|with)?([A-Za-z_$][\w$]{0,63})[ \t]*\([ \t]*(['"])([^'"\n]{1,200})\2[ \t]*\)/g;
const PS_SECURE_AFTER = /(ConvertTo-SecureString[ \t]+(?:-String[ \t]+)?)(['"])([^'"\n]+)\2/gi;
const PS_SECURE_BEFORE = /(['"])([^'"\n]+)\1([ \t]*\|[ \t]*ConvertTo-SecureString)/gi;

function redactLine(line: string, ctx: ItemContext): string {
  let out = line;
  if (HTTPIE.test(out)) {
    const bearer = HTTPIE_BEARER.test(out);
    out = out.replace(HTTPIE_AUTH, (whole, lead: string, q: string, value: string) => {
      if (bearer) return lead + q + ctx.token(value, "access_token") + q;
      const colon = value.indexOf(":");
      return colon < 0
        ? whole
        : lead + q + value.slice(0, colon + 1) + ctx.secret(value.slice(colon + 1), "password") + q;
    });
  }
  out = out
    .replace(
      PAIR_CALL,
      (_w, lead: string, _q, q: string, value: string) => lead + q + ctx.secret(value, "password") + q,
    )
    .replace(
      ENCODED_PAIR,
      (_w, lead: string, q: string, user: string, value: string) => lead + q + user + ctx.secret(value, "password") + q,
    );
  if (/[=!]==?|\.equals/.test(out))
    out = out.replace(COMPARED, (whole, lead: string, name: string, q: string, value: string) => {
      const named = secretKey(name);
      return named && labelNamesSecret(name, named, value) ? lead + q + ctx.secret(value, named.type) + q : whole;
    });
  if (out.includes("("))
    out = out.replace(SETTER, (whole, name: string, q: string, value: string) => {
      const named = secretKey(name);
      if (!named || !(named.strong || labelNamesSecret(name, named, value))) return whole;
      const at = whole.lastIndexOf(q + value + q) + 1;
      return whole.slice(0, at) + ctx.secret(value, named.type) + whole.slice(at + value.length);
    });
  if (/ConvertTo-SecureString/i.test(out))
    out = out
      .replace(
        PS_SECURE_AFTER,
        (_w, lead: string, q: string, value: string) => lead + q + ctx.secret(value, "password") + q,
      )
      .replace(
        PS_SECURE_BEFORE,
        (_w, q: string, value: string, tail: string) => q + ctx.secret(value, "password") + q + tail,
      );
  return out;
}

const TRIGGER_ALL = new RegExp(TRIGGER.source, "gi");

/** The text with the credentials of HTTPie commands, code's Basic credentials and PowerShell secure strings replaced. */
export function redactCodeCredentials(text: string, ctx: ItemContext): string {
  if (!TRIGGER.test(text)) return text;
  // Only the lines holding a trigger are read, each once. No length cap: every pattern above reads between the quotes
  // or blanks of its own call, so a long line (minified code) costs one pass per pattern, and skipping it would let
  // its credential through.
  let out = "";
  let pos = 0;
  eachCueLine(text, TRIGGER_ALL, Number.POSITIVE_INFINITY, (start, end) => {
    const line = text.slice(start, end);
    const redacted = redactLine(line, ctx);
    if (redacted === line) return;
    out += text.slice(pos, start) + redacted;
    pos = end;
  });
  return pos === 0 ? text : out + text.slice(pos);
}
