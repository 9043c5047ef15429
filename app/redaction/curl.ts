// curl commands: each option's value by its meaning (-H by header name, -u user:password → password, -d/--data*
// as a form or JSON body, -b cookies, --oauth2-bearer, URLs), rewritten in place: in the word's own double quotes, or
// else in bash's single quotes.
import type { ItemContext } from "./context";
import { parseCurlCommands, type CurlArg, type CurlCommand } from "~/evidence/curl";
import { parseHeaderLine } from "~/evidence/headers";
import { shellQuote } from "~/evidence/shell-words";
import { redactHeaderValue } from "./headers";
import { redactUrl } from "./detectors/url";
import { redactCookieHeader } from "./detectors/cookies";
import { redactFormBody } from "./form";
import { redactJsonText } from "./json";
import { asPersonRequest, writesPerson } from "./person-request";
import { sweepText, sweepValue } from "./sweep";
import { applyEdits } from "./text-edits";
import { decodeURIComponentSafe } from "~/lib/url";
import { isShellVariable } from "./command-words";

/** `person`: the command's URL writes a person's record, so a JSON body's own `name` is that person's. */
function redactArgValue(arg: CurlArg, ctx: ItemContext, person: boolean): string {
  const v = arg.value;
  const json = () =>
    asPersonRequest(ctx, person, () => redactJsonText(v, ctx)) ?? sweepText(v, ctx, { freeText: true });
  const sweep = (x: string) => sweepValue(x, ctx);
  // A command's `$TOKEN` is expanded by the shell: a name, not the secret (`-H "Authorization: Bearer $TOKEN"`).
  if (isShellVariable(v.slice(v.lastIndexOf(arg.role === "header" ? " " : ":") + 1))) return v;
  switch (arg.role) {
    case "header": {
      const h = parseHeaderLine(v);
      if (!h) return sweep(v);
      const colon = v.indexOf(":");
      const after = v.slice(colon + 1);
      const lead = /^[ \t]*/.exec(after)?.[0] ?? "";
      return v.slice(0, colon + 1) + lead + redactHeaderValue(h.name, after.slice(lead.length), ctx, sweep);
    }
    case "user":
    case "proxy-user": {
      const colon = v.indexOf(":");
      // The user part is the client ID in client_secret_basic: kept. The password goes.
      return colon < 0 ? v : v.slice(0, colon + 1) + ctx.secret(v.slice(colon + 1), "client_secret");
    }
    case "cert": {
      const colon = v.lastIndexOf(":");
      return colon > 1 ? v.slice(0, colon + 1) + ctx.secret(v.slice(colon + 1), "password") : v;
    }
    case "key-password":
      return ctx.secret(v, "password");
    case "bearer":
      return ctx.token(v, "access_token");
    case "cookie":
      return v.includes("=") ? redactCookieHeader(v, ctx) : v;
    case "url":
    case "referer":
      // A positional word that is not a URL (a stray argument) gets the whole sweep.
      return /^[a-z][a-z0-9+.-]*:\/\/[^\s]*$/i.test(v)
        ? redactUrl(v, ctx, sweep)
        : sweepText(v, ctx, { freeText: false });
    case "json":
      return json();
    case "data":
    case "data-urlencode":
    case "form": {
      const t = v.trim();
      if (t.startsWith("{") || t.startsWith("[")) return json();
      if (t.startsWith("@")) return v;
      if (arg.role === "form") {
        const eq = v.indexOf("=");
        return eq > 0
          ? redactFormBody(`${v.slice(0, eq)}=${encodeURIComponent(v.slice(eq + 1))}`, ctx).replace(
              /=.*$/s,
              (m) => "=" + decodeURIComponentSafe(m.slice(1)),
            )
          : sweep(v);
      }
      if (arg.role === "data-urlencode") {
        const eq = v.indexOf("=");
        if (eq > 0) {
          const out = redactFormBody(`${v.slice(0, eq)}=${encodeURIComponent(v.slice(eq + 1))}`, ctx);
          const outEq = out.indexOf("=");
          const value = out.slice(outEq + 1);
          return (
            v.slice(0, eq + 1) +
            (value === encodeURIComponent(v.slice(eq + 1)) ? v.slice(eq + 1) : decodeURIComponentSafe(value))
          );
        }
        return sweep(v);
      }
      return redactFormBody(v, ctx);
    }
    default:
      return sweep(v);
  }
}

/** Every curl command in `text` rewritten; the rest of the text is swept. */
export function redactCurlCommands(input: string, ctx: ItemContext): string {
  // Chrome's cmd copy is read as bash once its carets are gone; it cannot come back in its own quoting anyway.
  const uncareted = input.includes('^"');
  const text = uncareted ? uncaretCommands(input) : input;
  return rewriteCommands(text, parseCurlCommands(text), ctx, !uncareted);
}

/**
 * Chrome's "Copy as cURL (cmd)" escapes for cmd.exe: each argument in `^"…^"`, `^` before every special character
 * (`^{^\\^"client_secret^\\^":…`). cmd removes the carets before curl's own argument parser sees the quotes; so does
 * this, on the lines of a command (a `curl` line and the lines its `^` continuations join), leaving the continuations.
 * The command then reads as the bash-like words the tokenizer knows; rewritten words come back in bash quoting.
 */
function uncaretCommands(text: string): string {
  let inCommand = false;
  return text.replace(/[^\n]*\n?/g, (line) => {
    if (!line) return line;
    if (/^[ \t]*(?:\S*[>$#][ \t]*)?curl(?:\.exe)?[ \t]/.test(line)) inCommand = true;
    const out = inCommand ? line.replace(/\^([^\r\n])/g, "$1") : line;
    inCommand = inCommand && /\^\r?\n$/.test(line);
    return out;
  });
}

/**
 * A word that came in double quotes goes back in them, its quotes (and a backslash the shell would read as an escape)
 * escaped: cmd.exe has no single quotes, so `-d "{\"id\":…}"` typed there must stay in its own quoting (and in bash
 * it reads the same).
 */
const doubleQuoted = (value: string) => `"${value.replace(/\\(?=["\\$`]|$)|"/g, "\\$&")}"`;

/** `text` with the values of the commands' arguments redacted. */
function rewriteCommands(text: string, commands: CurlCommand[], ctx: ItemContext, ownQuotes: boolean): string {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  for (const command of commands) {
    const person = command.args.some((a) => a.role === "url" && writesPerson(a.value));
    for (const arg of command.args) {
      const redacted = redactArgValue(arg, ctx, person);
      if (redacted === arg.value) continue;
      const original = text.slice(arg.word.start, arg.word.end);
      let replacement: string;
      if (arg.attached) {
        // -H'…' or --header=… : the option and the value share the word.
        const optLength = arg.word.value.length - arg.value.length;
        replacement = shellQuote(arg.word.value.slice(0, optLength) + redacted);
      } else {
        // A value with no quote or backslash to escape goes back in double quotes even from Chrome's cmd copy.
        const inOwnQuotes =
          original.startsWith('"') && !/[$`]/.test(redacted) && (ownQuotes || !/["\\]/.test(redacted));
        replacement = inOwnQuotes ? doubleQuoted(redacted) : shellQuote(redacted);
      }
      edits.push({ start: arg.word.start, end: arg.word.end, text: replacement });
    }
  }
  const rewritten = applyEdits(text, edits, (e) => e.text);
  // Then the whole command line is swept once (rewritten words are placeholders by now, so they stay as they are):
  // the same text is swept whatever was rewritten, which keeps a second pass identical to the first.
  return sweepText(rewritten, ctx, { freeText: false });
}
