// An HTTP message written in base64: Burp Suite's saved items (`<request base64="true">`, `<response base64="true">`)
// and the tools that read or write its format. Such a token is judged by its header section, then by its body: a
// credential header (a cookie, a Set-Cookie, an Authorization or API-key header), or a body that holds a secret or a
// person (a token endpoint's JSON, a FHIR Patient read), makes the whole token a secret. Only the token's first
// HEAD_CHARS characters are decoded, so a long response costs no more than its first 48 KB.
import { base64PrefixIsText, base64ToBytes } from "~/evidence/base64";
import { isCredentialHeader } from "../headers";
import { startsWithHttpStartLine } from "~/lib/http-start-line";

/** Enough base64 for the header section of any real message (48 KB of text). */
const HEAD_CHARS = 64 * 1024;
/** One header line: `Name: value` (a value after the colon). */
const HEADER = /^([A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}):[ \t]*\S/;

/**
 * Does this base64 token encode an HTTP message whose headers carry a credential, or whose body (as far as it was
 * decoded) `bodyHolds` judges to hold a secret or personal data?
 */
export function encodesHttpCredentials(token: string, bodyHolds: (body: string) => boolean = () => false): boolean {
  if (token.length < 24 || !base64PrefixIsText(token, 64)) return false;
  const head = decodePrefix(token);
  if (head === null || !startsWithHttpStartLine(head.slice(0, 2100))) return false;
  let lineStart = head.indexOf("\n") + 1;
  while (lineStart > 0 && lineStart < head.length) {
    const end = head.indexOf("\n", lineStart);
    const line = head.slice(lineStart, end < 0 ? head.length : end).replace(/\r$/, "");
    // The blank line ends the header section; the body follows.
    if (line === "") return end >= 0 && bodyHolds(head.slice(end + 1));
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
