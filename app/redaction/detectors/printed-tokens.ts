// The token a command prints on the line after it, alone: `gcloud auth print-access-token`, `gh auth token`,
// `heroku auth:token`, `aws ecr get-login-password`, `kubectl create token <sa>`, `az account get-access-token --query
// accessToken -o tsv`, `vault print token`. What such a command prints is a credential whatever its shape (heroku's
// is a UUID, which elsewhere is an id to keep), so the next line goes when it is one word of MIN_LENGTH characters or
// more; a message (`ERROR: …`, words with blanks) stays. Each command line is read once, its output line at most
// MAX_TOKEN characters: linear in the text.
import { isSecretTemplateMarker, type ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/** The commands, anywhere on their line (after a prompt, `sudo`, a path, `$(`). */
const PRINTS_TOKEN =
  /\b(?:print-access-token|print-identity-token|auth token|auth:token|get-login-password|create token|print token|get-access-token\b[^\n]{0,200}?-o tsv)\b[^\n]{0,200}\n/g;
/** The printed line: one word of a token's characters, alone on its line. */
const TOKEN_LINE = /[ \t]*([A-Za-z0-9._~+/=:-]{16,8192})[ \t]*\r?(?:\n|$)/y;

export const printedTokenCue = (text: string): boolean => text.includes("token") || text.includes("password");

export function redactPrintedTokens(text: string, ctx: ItemContext): string {
  if (!printedTokenCue(text)) return text;
  let out = "";
  let pos = 0;
  PRINTS_TOKEN.lastIndex = 0;
  for (let m = PRINTS_TOKEN.exec(text); m; m = PRINTS_TOKEN.exec(text)) {
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
