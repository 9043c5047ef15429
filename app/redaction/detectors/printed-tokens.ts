// The token a command prints on the line after it, alone: `gcloud auth print-access-token`, `gh auth token`,
// `heroku auth:token`, `aws ecr get-login-password`, `kubectl create token <sa>`, `az account get-access-token --query
// accessToken -o tsv`, `vault print token`. What such a command prints is a credential whatever its shape (heroku's
// is a UUID, which elsewhere is an id to keep), so the next line goes when it is one word of 16 characters or
// more; a message (`ERROR: …`, words with blanks) stays. The command opens its line, typed at a prompt (a sentence
// that names `auth token` prints nothing). Each command line is read once, its output line at most 8192 characters:
// linear in the text.
import { isSecretTemplateMarker, type ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";
import { SHELL_PROMPT_SOURCE } from "../shell-prompts";
import { lineStartWithin } from "./phi-span";

/** The commands' own words, found anywhere; COMMAND_HEAD then says whether they open a command line. */
const PRINTS_TOKEN =
  /\b(?:print-access-token|print-identity-token|auth token|auth:token|get-login-password|create token|print token|get-access-token\b[^\n]{0,200}?-o tsv)\b[^\n]{0,200}\n/g;
/** What stands before them on their line: a prompt, `sudo`, the program (`gcloud`, `/usr/bin/aws`, `gh.exe`) and up
 *  to four words or flags (`ecr`, `--region us-east-1`). */
const COMMAND_HEAD = new RegExp(
  String.raw`^[ \t]*(?:${SHELL_PROMPT_SOURCE}[ \t]*)?(?:sudo[ \t]+)?(?:[\w.~:/\\-]{0,64}[/\\])?(?:gcloud|gh|heroku|aws|kubectl|oc|az|vault)(?:\.exe|\.cmd)?(?:[ \t]+[\w.=-]{1,60}){0,4}[ \t]+$`,
);
const MAX_HEAD = 400;
/** The printed line: one word of a token's characters (base64, base64url, a JWT, hex, a UUID), alone on its line. No
 *  `:` — a URL, a timestamp or a `name: value` line (`opc-request-id:…`) is none. */
const TOKEN_LINE = /[ \t]*([A-Za-z0-9._~+/=-]{16,8192})[ \t]*\r?(?:\n|$)/y;

export const printedTokenCue = (text: string): boolean => text.includes("token") || text.includes("password");

export function redactPrintedTokens(text: string, ctx: ItemContext): string {
  if (!printedTokenCue(text)) return text;
  let out = "";
  let pos = 0;
  PRINTS_TOKEN.lastIndex = 0;
  for (let m = PRINTS_TOKEN.exec(text); m; m = PRINTS_TOKEN.exec(text)) {
    const commandStart = lineStartWithin(text, m.index, MAX_HEAD);
    if (commandStart < 0 || !COMMAND_HEAD.test(text.slice(commandStart, m.index))) continue;
    const lineStart = m.index + m[0].length;
    TOKEN_LINE.lastIndex = lineStart;
    const token = TOKEN_LINE.exec(text)?.[1];
    if (!token || isSentinelOnly(token) || isSecretTemplateMarker(token) || lineStart < pos) continue;
    const start = text.indexOf(token, lineStart);
    out += text.slice(pos, start) + ctx.token(token, "access_token");
    pos = start + token.length;
    PRINTS_TOKEN.lastIndex = pos;
  }
  return pos ? out + text.slice(pos) : text;
}
