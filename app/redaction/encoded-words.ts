// RFC 2047 encoded words, as a raw message's headers write any name that is not plain ASCII (and some that are):
// `=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=`, `=?UTF-8?B?SmFuZSBSb2U=?=`. Read as written, such a display name is no
// name at all to the name rules; decoded, it is judged as any other. The text itself is never rewritten here.
// Linear: one pass over the phrase, each `=?` tried once as a bounded sticky match, each word decoded once.
import { base64ToBytes } from "~/evidence/base64";
import { decoderFor, escapedByteAt } from "./quoted-printable";

/** One encoded word: charset (an RFC 2231 language after `*` allowed), Q or B, the encoded text (no blank, no `?`). */
const ENCODED_WORD = /=\?([A-Za-z0-9_.:-]{1,40})(?:\*[A-Za-z-]{1,20})?\?([QqBb])\?([^?\s]{0,500})\?=/y;

/** The decoded text of a phrase holding encoded words (the blanks between two of them dropped, RFC 2047 §6.2; plain
 *  words beside them, `=?UTF-8?Q?J=C3=B6rg?= Schmidt`, as written), or null when it holds none or one does not decode. */
export function decodeEncodedWords(phrase: string): string | null {
  let out = "";
  let pos = 0;
  let decoded = false;
  let afterWord = false;
  while (pos < phrase.length) {
    const open = phrase.indexOf("=?", pos);
    const plain = phrase.slice(pos, open < 0 ? phrase.length : open);
    ENCODED_WORD.lastIndex = open;
    const m = open < 0 ? null : ENCODED_WORD.exec(phrase);
    if (!m) {
      // No `=?` left, or one that opens no encoded word: as written.
      out += open < 0 ? plain : phrase.slice(pos, open + 2);
      pos = open < 0 ? phrase.length : open + 2;
      afterWord = false;
      continue;
    }
    if (!(afterWord && /^[ \t\r\n]*$/.test(plain))) out += plain;
    const bytes = m[2] === "Q" || m[2] === "q" ? qBytes(m[3]) : base64ToBytes(m[3]);
    if (!bytes) return null;
    out += decoderFor(m[1]).decode(bytes);
    decoded = afterWord = true;
    pos = ENCODED_WORD.lastIndex;
  }
  return decoded ? out : null;
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
