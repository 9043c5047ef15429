// Cookies: every cookie's value, whatever its name (Cookie: a=1; b=2 → names kept, values redacted).
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/** Cookie request header: `name=value; name2=value2`. */
export function redactCookieHeader(value: string, ctx: ItemContext): string {
  return value
    .split(";")
    .map((pair) => {
      const eq = pair.indexOf("=");
      if (eq < 0)
        return pair.trim() && !isSentinelOnly(pair.trim())
          ? pair.replace(pair.trim(), ctx.secret(pair.trim(), "cookie"))
          : pair;
      const v = pair.slice(eq + 1);
      let trimmed = v.trim();
      // A quoted value (NAME="…", RFC 6265) keeps its quotes.
      if (trimmed.length > 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) trimmed = trimmed.slice(1, -1);
      if (!trimmed) return pair;
      return pair.slice(0, eq + 1) + v.replace(trimmed, ctx.secret(trimmed, "cookie"));
    })
    .join(";");
}

/** Set-Cookie response header: the first pair is the cookie; attributes (Path, Expires, HttpOnly…) stay. */
export function redactSetCookie(value: string, ctx: ItemContext): string {
  const semi = value.indexOf(";");
  const first = semi < 0 ? value : value.slice(0, semi);
  return redactCookieHeader(first, ctx) + (semi < 0 ? "" : value.slice(semi));
}
