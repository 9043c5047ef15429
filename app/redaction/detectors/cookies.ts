// Cookies: every cookie's value, whatever its name (Cookie: a=1; b=2 → names kept, values redacted).
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/**
 * Where each `name=value` pair ends: at a `;` outside a quoted value. A value may be quoted (RFC 6265: NAME="…", in a
 * JSON string NAME=\"…\"), and a `;` inside its quotes is the value's. One pass; an unclosed quote quotes nothing.
 */
function pairEnds(value: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === ";") ends.push(i);
    else if (value[i] === "=") {
      let open = i + 1;
      while (value[open] === " ") open++;
      if (value[open] === "\\") open++;
      if (value[open] !== '"') continue;
      const close = value.indexOf('"', open + 1);
      if (close > 0) i = close;
    }
  }
  ends.push(value.length);
  return ends;
}

/** A pair's value without its quotes (`"…"` or `\"…\"`), trimmed. */
function unquoted(v: string): string {
  const trimmed = v.trim();
  for (const q of ['\\"', '"'])
    if (trimmed.length > 2 * q.length && trimmed.startsWith(q) && trimmed.endsWith(q))
      return trimmed.slice(q.length, -q.length);
  return trimmed;
}

function redactPair(pair: string, ctx: ItemContext): string {
  const eq = pair.indexOf("=");
  if (eq < 0)
    return pair.trim() && !isSentinelOnly(pair.trim())
      ? pair.replace(pair.trim(), ctx.secret(pair.trim(), "cookie"))
      : pair;
  const v = pair.slice(eq + 1);
  const value = unquoted(v);
  if (!value) return pair;
  return pair.slice(0, eq + 1) + v.replace(value, ctx.secret(value, "cookie"));
}

/** Cookie request header: `name=value; name2=value2`. */
export function redactCookieHeader(value: string, ctx: ItemContext): string {
  return redactPairs(value, ctx, () => false);
}

/** One item of an HTTP API event's `cookies` (`AWSALB=…; session=…`, attributes copied with it sometimes): every
 *  cookie's value goes, an attribute (`Path=/`, `Secure`) stays. */
export function redactCookieItem(value: string, ctx: ItemContext): string {
  return redactPairs(value, ctx, (pair) => {
    const eq = pair.indexOf("=");
    return COOKIE_ATTRIBUTES.has((eq < 0 ? pair : pair.slice(0, eq)).trim().toLowerCase());
  });
}

function redactPairs(value: string, ctx: ItemContext, isAttribute: (pair: string) => boolean): string {
  let out = "";
  let from = 0;
  for (const end of pairEnds(value)) {
    const pair = value.slice(from, end);
    out += (isAttribute(pair) ? pair : redactPair(pair, ctx)) + value.slice(end, end + 1);
    from = end + 1;
  }
  return out;
}

/** Set-Cookie attribute names (RFC 6265 and common extensions): after `, ` they continue a cookie, not start one. */
export const COOKIE_ATTRIBUTES: ReadonlySet<string> = new Set([
  "path",
  "domain",
  "expires",
  "max-age",
  "samesite",
  "secure",
  "httponly",
  "priority",
  "partitioned",
  "version",
  "comment",
]);

/**
 * Where each cookie of a Set-Cookie value starts and the separator before it ends there. Clients that print every
 * header on one line (.NET's response headers, an HttpResponseMessage, a joined header map) join several Set-Cookie
 * headers with `, ` (or `,` / `,\t`): a new cookie starts after a comma and white space followed by `name=` whose name
 * is not an attribute (an Expires date's own comma is followed by a day number). One pass.
 */
function cookieStarts(value: string): Array<{ start: number; separator: number }> {
  const starts = [{ start: 0, separator: 0 }];
  const next = /,[ \t]*([!#$%&'*+.^_`|~0-9A-Za-z-]+)=/g;
  for (let m = next.exec(value); m; m = next.exec(value))
    if (!COOKIE_ATTRIBUTES.has(m[1].toLowerCase()))
      starts.push({ start: m.index + m[0].length - m[1].length - 1, separator: m.index });
  return starts;
}

/** Set-Cookie response header: the first pair of each cookie is the cookie; attributes (Path, Expires, HttpOnly…) stay. */
export function redactSetCookie(value: string, ctx: ItemContext): string {
  const starts = cookieStarts(value);
  let out = "";
  starts.forEach(({ start }, i) => {
    // The separator before the next cookie is not part of this one (a value without attributes ends right before it).
    const end = starts[i + 1]?.separator ?? value.length;
    const cookie = value.slice(start, end);
    const semi = pairEnds(cookie)[0];
    out += redactPair(cookie.slice(0, semi), ctx) + cookie.slice(semi) + value.slice(end, starts[i + 1]?.start ?? end);
  });
  return out;
}
