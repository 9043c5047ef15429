// Chrome's and Edge's "Copy as PowerShell": the page's cookies go into a WebRequestSession one call each,
// `$session.Cookies.Add((New-Object System.Net.Cookie("session", "…", "/", ".example.org")))` — the second string is
// the cookie's value, which the headers reader never sees (no `Cookie:` line is written). Each such value is replaced
// where it stands, like every value of a Cookie header; the cookie's name, path and domain stay. A value taken from a
// variable (`$login.token`) is code, not a secret, and stays. Only lines naming `System.Net.Cookie(` are read.
import type { ItemContext } from "./context";
import { eachCueLine } from "./detectors/line-of";

const CUE = /System\.Net\.Cookie[ \t]*\(/g;
/** The constructor's first two arguments as string literals: the name (kept), then the value. */
const COOKIE_CALL = /(System\.Net\.Cookie[ \t]*\([ \t]*(['"])[^'"\n]*\2[ \t]*,[ \t]*)(['"])([^'"\n]+)\3/g;

export function redactPowerShellCookies(text: string, ctx: ItemContext): string {
  if (!text.includes("System.Net.Cookie")) return text;
  let out = "";
  let pos = 0;
  eachCueLine(text, CUE, Number.POSITIVE_INFINITY, (start, end) => {
    const line = text.slice(start, end);
    const redacted = line.replace(COOKIE_CALL, (whole, lead: string, _q, q: string, value: string) =>
      // PowerShell's escaped quote (`"…`") around a variable, or a variable inside the string: code, not a value.
      value.includes("$") || !/[A-Za-z0-9]/.test(value) ? whole : lead + q + ctx.secret(value, "cookie") + q,
    );
    if (redacted === line) return;
    out += text.slice(pos, start) + redacted;
    pos = end;
  });
  return pos === 0 ? text : out + text.slice(pos);
}
