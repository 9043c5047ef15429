// PEM private keys (RSA, EC, PKCS#8, OpenSSH, encrypted, PGP blocks), found by a linear scan for the markers.
import type { ItemContext } from "../context";

const BEGIN = /-----BEGIN (?:[A-Z0-9]+ ){0,4}PRIVATE KEY(?: BLOCK)?-----/g;

export function redactPemKeys(text: string, ctx: ItemContext): string {
  if (!text.includes("PRIVATE KEY")) return text;
  let out = "";
  let pos = 0;
  BEGIN.lastIndex = 0;
  for (;;) {
    BEGIN.lastIndex = pos;
    const m = BEGIN.exec(text);
    if (!m) break;
    const start = m.index;
    let end: number;
    const endMarker = text.indexOf("-----END ", start + m[0].length);
    const close = endMarker >= 0 ? text.indexOf("-----", endMarker + 9) : -1;
    if (close >= 0 && close - endMarker < 80) {
      end = close + 5;
    } else {
      // No END marker (a truncated paste): the key runs to a blank line, a quote, or the end of the text.
      const stops = [text.indexOf("\n\n", start), text.indexOf("\r\n\r\n", start), text.indexOf('"', start), text.indexOf("'", start)].filter((i) => i >= 0);
      end = stops.length ? Math.min(...stops) : text.length;
    }
    out += text.slice(pos, start) + ctx.secret(text.slice(start, end), "private_key");
    pos = end;
  }
  return out + text.slice(pos);
}

/** JWK members that are private key material (RFC 7518): d, p, q, dp, dq, qi, oth; k of symmetric keys. */
export const JWK_PRIVATE_MEMBERS = new Set(["d", "p", "q", "dp", "dq", "qi", "oth", "k"]);
