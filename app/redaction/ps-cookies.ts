// Chrome's and Edge's "Copy as PowerShell": the page's cookies go into a WebRequestSession one call each,
// `$session.Cookies.Add((New-Object System.Net.Cookie("session", "…", "/", ".example.org")))` — the second string is
// the cookie's value, which the headers reader never sees (no `Cookie:` line is written). Each such value is replaced
// where it stands, like every value of a Cookie header; the cookie's name, path and domain stay. A value taken from a
// variable (`$login.token`) is code, not a secret, and stays. Only lines naming `System.Net.Cookie(` are read.
import type { ItemContext } from "./context";
import { eachCueLine } from "./detectors/line-of";

const CUE = /System\.Net\.Cookie/g;
/** A PowerShell string literal, its quote doubled inside (`'it''s'`, `"a""b"`). Bounded (a cookie's name, a value
 *  of at most 8 KB, twice a browser's limit), so every start of a call reads a bounded stretch: linear per line. */
const STRING = `(?:'(?:[^'\\n]|''){0,256}'|"(?:[^"\\n]|""){0,256}")`;
/** The constructor — `New-Object System.Net.Cookie(…)`, `… -ArgumentList …`, `[System.Net.Cookie]::new(…)` — and its
 *  first two arguments as string literals: the name (kept), then the value (group 2 or 3, by its quote). */
const COOKIE_CALL = new RegExp(
  `(System\\.Net\\.Cookie(?:\\]::new)?(?:[ \\t]*\\(|[ \\t]+-ArgumentList[ \\t]+)[ \\t]*${STRING}[ \\t]*,[ \\t]*)` +
    `(?:'((?:[^'\\n]|''){1,8192})'|"((?:[^"\\n]|""){1,8192})")`,
  "g",
);

export function redactPowerShellCookies(text: string, ctx: ItemContext): string {
  if (!text.includes("System.Net.Cookie")) return text;
  let out = "";
  let pos = 0;
  eachCueLine(text, CUE, Number.POSITIVE_INFINITY, (start, end) => {
    const line = text.slice(start, end);
    const redacted = line.replace(COOKIE_CALL, (whole, lead: string, single?: string, double?: string) => {
      const value = single ?? double ?? "";
      const q = single === undefined ? '"' : "'";
      // PowerShell's escaped quote (`"…`") around a variable, or a variable inside the string: code, not a value.
      return value.includes("$") || !/[A-Za-z0-9]/.test(value) ? whole : lead + q + ctx.secret(value, "cookie") + q;
    });
    if (redacted === line) return;
    out += text.slice(pos, start) + redacted;
    pos = end;
  });
  return pos === 0 ? text : out + text.slice(pos);
}
