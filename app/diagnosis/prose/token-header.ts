// What the text shows of how the caller sends its token, for the steps that only some reports need: a token header
// told as sent ("we set the token header", a header named with underscores such as FSE_JWT_Signature — nginx and many
// proxies drop those) while the server says none came; and a token the caller builds and signs itself (an x5c
// certificate header, "we sign the JWT"), whose own header and signature are then the first suspects. Lines are read up
// to 20,000 characters and each pattern is bounded, so the reader is linear in its input.
import { readableLine } from "./line-limit";

const HEADER_WORD = /\bheaders?\b|\bcabe(?:ç|c)alhos?\b|\bcabeceras?\b|\ben-t[êe]tes?\b/i;
/** A header told as sent, or one whose name has underscores (a name a proxy may drop). */
const HEADER_SENT =
  /\b(?:set|sets|setting|send|sends|sending|sent|add|adds|added|include[sd]?|including|pass(?:es|ed)?|present[ei]?|provided?)\b|\b[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,5}\b/i;
/** The caller signs the token: an x5c header, "we sign the JWT", "our signed token". */
const CALLER_SIGNS =
  /\bx5c\b|\b(?:we|I|our\s+(?:code|app|client))\s+(?:sign|build|create|generate|mint)s?\s+(?:the\s+|a\s+|our\s+)?(?:JWT|token)\b|\b(?:our|self)[\s-]signed\s+(?:JWT|token)\b/i;

export interface TokenHeaderLines {
  /** A line telling the token's header as sent. */
  headerSent: number | null;
  /** A line showing the caller signing the token it sends. */
  callerSigns: number | null;
}

export function readTokenHeader(lines: readonly string[]): TokenHeaderLines {
  const out: TokenHeaderLines = { headerSent: null, callerSigns: null };
  for (let i = 0; i < lines.length && (out.headerSent === null || out.callerSigns === null); i++) {
    const line = readableLine(lines[i]);
    if (out.headerSent === null && HEADER_WORD.test(line) && HEADER_SENT.test(line)) out.headerSent = i + 1;
    if (out.callerSigns === null && CALLER_SIGNS.test(line)) out.callerSigns = i + 1;
  }
  return out;
}
