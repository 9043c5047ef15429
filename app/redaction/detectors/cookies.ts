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
  let out = "";
  let from = 0;
  for (const end of pairEnds(value)) {
    out += redactPair(value.slice(from, end), ctx) + value.slice(end, end + 1);
    from = end + 1;
  }
  return out;
}

/** Set-Cookie response header: the first pair is the cookie; attributes (Path, Expires, HttpOnly…) stay. */
export function redactSetCookie(value: string, ctx: ItemContext): string {
  const semi = pairEnds(value)[0];
  return redactPair(value.slice(0, semi), ctx) + value.slice(semi);
}
