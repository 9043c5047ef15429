// A mail's source pasted as it was sent: a part whose header says `Content-Transfer-Encoding: quoted-printable` writes
// `=` as `=3D`, every non-ASCII byte as `=XX` and cuts lines over 76 characters with a soft `=` at the end. Read as
// written, a token behind `=3D` loses its key and one split by a soft break is two pieces; so such a body is decoded
// before the readers run, and the ticket shows it decoded (it is read by people, not by a mail client: `We’re` is
// better than `We=E2=80=99re`, and a placeholder keeps no encoded piece of a value next to it). The headers, and the
// other parts of a multipart mail, stay as they were written.
//
// A body's valid escapes and soft breaks are decoded; an `=` quoted-printable never writes (a text already decoded,
// `access_token=[REDACTED…]`) stays as it is. A body whose decoded text would decode again is left as written, so a
// second redaction changes nothing.
// Linear: one pass for the headers, one for the boundaries, and each body is scanned for its end and decoded once.

/** The header, its value on the same line or folded onto the next (RFC 5322 folding: a line break before a blank). */
const ENCODING_HEADER = /^content-transfer-encoding:[ \t]*(?:\r?\n[ \t]+)?quoted-printable[ \t]*\r?$/gim;
/** A blank line: where a part's headers end and its body starts. */
const BLANK_LINE = /\n[ \t]*\r?\n/g;
const BOUNDARY = /\bboundary=(?:"([^"\r\n]{1,200})"|([^\s;"]{1,200}))/gi;
const CHARSET = /\bcharset=["']?([\w.:-]{1,40})/gi;
/** An `=` that quoted-printable never writes: not before two hex digits, nor a soft break at a line's end. */
const NOT_ENCODED = /=(?![0-9A-Fa-f]{2}|[ \t]*(?:\r?\n|$))/;
/** How far above its encoding header a part's `charset` is looked for (its header block). */
const HEADER_REACH = 2_000;

export interface DecodedParts {
  text: string;
  /** How many bodies were decoded. */
  parts: number;
}

export function decodeQuotedPrintableParts(text: string): DecodedParts {
  if (!/quoted-printable/i.test(text)) return { text, parts: 0 };
  const boundaries = new Set<string>();
  for (const m of text.matchAll(BOUNDARY)) boundaries.add((m[1] ?? m[2]).trim());
  let out = "";
  let pos = 0;
  let parts = 0;
  ENCODING_HEADER.lastIndex = 0;
  for (let m = ENCODING_HEADER.exec(text); m; m = ENCODING_HEADER.exec(text)) {
    BLANK_LINE.lastIndex = m.index + m[0].length;
    const blank = BLANK_LINE.exec(text);
    // No blank line after this header: none after a later one either.
    if (!blank) break;
    const start = blank.index + blank[0].length;
    const end = partEnd(text, start, boundaries);
    const body = text.slice(start, end);
    if (body.includes("=")) {
      const charset = charsetOf(text.slice(Math.max(pos, m.index - HEADER_REACH), blank.index));
      const decoded = decodeBody(body, charset);
      // A body with an `=` quoted-printable never writes (a hand-edited or already decoded one) keeps it, its valid
      // escapes and soft breaks decoded all the same; unless the decoded text would decode again (`=3D41` → `=41`):
      // then it is left as written, so a second redaction changes nothing.
      const settled = !NOT_ENCODED.test(body) || decodeBody(decoded, charset) === decoded;
      if (decoded !== body && settled) {
        out += text.slice(pos, start) + decoded;
        pos = end;
        parts++;
      }
    }
    ENCODING_HEADER.lastIndex = Math.max(end, ENCODING_HEADER.lastIndex);
  }
  return parts === 0 ? { text, parts } : { text: out + text.slice(pos), parts };
}

/** Where the body starting at `from` ends: at the next line that is one of the mail's boundaries, or the text's end. */
function partEnd(text: string, from: number, boundaries: ReadonlySet<string>): number {
  if (boundaries.size === 0) return text.length;
  let at = from;
  if (!text.startsWith("--", at)) {
    const next = text.indexOf("\n--", from);
    if (next < 0) return text.length;
    at = next + 1;
  }
  for (;;) {
    const eol = text.indexOf("\n", at);
    const line = text
      .slice(at + 2, eol < 0 ? text.length : eol)
      .trimEnd()
      .replace(/--$/, "");
    if (boundaries.has(line)) return at;
    const next = eol < 0 ? -1 : text.indexOf("\n--", eol);
    if (next < 0) return text.length;
    at = next + 1;
  }
}

/** The last `charset=` of a part's headers. */
function charsetOf(headers: string): string {
  let charset = "utf-8";
  for (const m of headers.matchAll(CHARSET)) charset = m[1];
  return charset;
}

const hexValue = (c: number): number =>
  c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1;

/** The byte an `=XX` escape at `i` writes (the two hex digits after the `=`); -1 when it is no such escape. */
export function escapedByteAt(text: string, i: number): number {
  const hi = hexValue(text.charCodeAt(i + 1));
  const lo = hexValue(text.charCodeAt(i + 2));
  return hi >= 0 && lo >= 0 ? hi * 16 + lo : -1;
}

/** The body's bytes (`=XX` as the byte, a soft break as nothing, the rest as written) read in its charset. */
/** A decoder for a message's declared charset; UTF-8 when the charset is one the platform does not know. */
export function decoderFor(charset: string): TextDecoder {
  try {
    return new TextDecoder(charset);
  } catch {
    return new TextDecoder("utf-8");
  }
}

function decodeBody(body: string, charset: string): string {
  const decoder = decoderFor(charset);
  const utf8 = decoder.encoding === "utf-8";
  const encoder = new TextEncoder();
  const bytes = new Uint8Array(body.length * 3);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c === 61) {
      const byte = escapedByteAt(body, i);
      if (byte >= 0) {
        bytes[n++] = byte;
        i += 2;
        continue;
      }
      // A soft break: the `=`, blanks after it and the line break go. Any other `=` stays as written.
      let j = i + 1;
      while (body.charCodeAt(j) === 32 || body.charCodeAt(j) === 9) j++;
      if (body.charCodeAt(j) === 13 && body.charCodeAt(j + 1) === 10) j++;
      if (body.charCodeAt(j) === 10 || body.charCodeAt(j) === 13 || j >= body.length) {
        i = j;
        continue;
      }
      bytes[n++] = c;
      continue;
    }
    if (c < 128 || (!utf8 && c < 256)) {
      bytes[n++] = c;
      continue;
    }
    // A character a viewer already decoded: its bytes in UTF-8 (a surrogate pair as one character).
    const wide = c >= 0xd800 && c < 0xdc00 && i + 1 < body.length ? 2 : 1;
    n += encoder.encodeInto(body.slice(i, i + wide), bytes.subarray(n)).written;
    i += wide - 1;
  }
  return decoder.decode(bytes.subarray(0, n));
}
