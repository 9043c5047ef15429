// RFC 2047 encoded words, as a raw message's headers write any name that is not plain ASCII (and some that are):
// `=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=`, `=?UTF-8?B?SmFuZSBSb2U=?=`. Read as written, such a display name is no
// name at all to the name rules; decoded, it is judged as any other. The text itself is never rewritten here.
// Linear: one sticky pass over the phrase, each word decoded once.
import { base64ToBytes } from "~/evidence/base64";
import { escapedByteAt } from "./quoted-printable";

/** One encoded word: charset (an RFC 2231 language after `*` allowed), Q or B, the encoded text (no blank, no `?`). */
const ENCODED_WORD = /=\?([A-Za-z0-9_.:-]{1,40})(?:\*[A-Za-z-]{1,20})?\?([QqBb])\?([^?\s]{0,500})\?=/y;
const BLANKS = /[ \t\r\n]*/y;

/** The decoded text of a phrase written only in encoded words (the blanks between them dropped, RFC 2047 §6.2), or
 *  null when any of it is not an encoded word or does not decode. */
export function decodeEncodedWords(phrase: string): string | null {
  let out = "";
  let pos = 0;
  while (pos < phrase.length) {
    ENCODED_WORD.lastIndex = pos;
    const m = ENCODED_WORD.exec(phrase);
    if (!m) return null;
    const bytes = m[2] === "Q" || m[2] === "q" ? qBytes(m[3]) : base64ToBytes(m[3]);
    if (!bytes) return null;
    out += decodeIn(bytes, m[1]);
    BLANKS.lastIndex = ENCODED_WORD.lastIndex;
    BLANKS.exec(phrase);
    pos = BLANKS.lastIndex;
  }
  return pos > 0 ? out : null;
}

/** Q encoding: `_` is a blank, `=XX` a byte, the rest as written; null on a broken escape. */
function qBytes(text: string): Uint8Array | null {
  const bytes = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 61) {
      const byte = escapedByteAt(text, i);
      if (byte < 0) return null;
      bytes[n++] = byte;
      i += 2;
    } else bytes[n++] = c === 95 ? 32 : c & 0xff;
  }
  return bytes.subarray(0, n);
}

function decodeIn(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}
