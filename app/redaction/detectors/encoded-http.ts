// An HTTP message written in base64: Burp Suite's saved items (`<request base64="true">`, `<response base64="true">`)
// and the tools that read or write its format. Such a token is judged by its header section: one that carries a
// credential (a cookie, a Set-Cookie, an Authorization or API-key header) makes the whole token a secret. Only the
// token's first HEAD_CHARS characters are decoded, so a long response costs no more than its headers.
import { base64PrefixIsText, base64ToBytes } from "~/evidence/base64";
import { isCredentialHeader } from "../headers";

/** Enough base64 for the header section of any real message (48 KB of text). */
const HEAD_CHARS = 64 * 1024;
/** A request line or a status line at the very start. */
const START_LINE = /^(?:[A-Z]{3,7} \S{1,2048} HTTP\/\d(?:\.\d)?|HTTP\/\d(?:\.\d)? \d{3})(?:\r?\n|[ \t])/;
/** One header line: `Name: value` (a value after the colon). */
const HEADER = /^([A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}):[ \t]*\S/;

/** Does this base64 token encode an HTTP message whose headers carry a credential? */
export function encodesHttpCredentials(token: string): boolean {
  if (token.length < 24 || !base64PrefixIsText(token, 64)) return false;
  const head = decodePrefix(token);
  if (head === null || !START_LINE.test(head.slice(0, 2100))) return false;
  let lineStart = head.indexOf("\n") + 1;
  while (lineStart > 0 && lineStart < head.length) {
    const end = head.indexOf("\n", lineStart);
    const line = head.slice(lineStart, end < 0 ? head.length : end).replace(/\r$/, "");
    // The blank line ends the header section.
    if (line === "") return false;
    const header = HEADER.exec(line);
    if (header && isCredentialHeader(header[1].toLowerCase())) return true;
    if (end < 0) return false;
    lineStart = end + 1;
  }
  return false;
}

/** The text of the token's first HEAD_CHARS characters (a whole number of base64 quads), one character a byte. */
function decodePrefix(token: string): string | null {
  const body = token.replace(/=+$/, "");
  const n = Math.min(body.length, HEAD_CHARS) & ~3;
  const bytes = base64ToBytes(body.slice(0, n));
  if (!bytes) return null;
  let text = "";
  const CHUNK = 4096;
  for (let i = 0; i < bytes.length; i += CHUNK)
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  return text;
}
