// base64 / base64url ⇄ UTF-8 text, by hand: pure TypeScript for the browser, the server and the CLI (no Buffer).

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
/** Each ASCII code's 6-bit value (both alphabets: `+/` and `-_`); -1 for a character that is not base64. */
const VALUE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i;
VALUE["-".charCodeAt(0)] = 62;
VALUE["_".charCodeAt(0)] = 63;
const valueOf = (code: number) => (code < 128 ? VALUE[code] : -1);

/** The length of `input`'s first `n` characters without their trailing `=` padding. */
function unpadded(input: string, n = input.length): number {
  while (n > 0 && input.charCodeAt(n - 1) === 0x3d) n--;
  return n;
}

/**
 * Decodes the first `n` characters of `input` (its padding already left out) into `out`, which has room for
 * floor(n * 3 / 4) bytes: the number of bytes, or -1 when a character is not base64 or `n` leaves a lone character.
 */
function decodeInto(input: string, n: number, out: Uint8Array): number {
  if (n % 4 === 1) return -1;
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < n; i++) {
    const v = valueOf(input.charCodeAt(i));
    if (v < 0) return -1;
    buffer = ((buffer << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return o;
}

/** Bytes of a base64 or base64url string (padding optional); null if it is not base64. */
export function base64ToBytes(input: string): Uint8Array | null {
  const n = unpadded(input);
  const out = new Uint8Array(Math.floor((n * 3) / 4));
  const length = decodeInto(input, n, out);
  return length < 0 ? null : out.subarray(0, length);
}

/** A byte of ASCII text: tab, line ends, printable. */
const isTextByte = (b: number) => (b >= 0x09 && b <= 0x0d) || (b >= 0x20 && b < 0x7f);
/** Room for the bytes of a short prefix, reused (the check runs to completion before it can run again). */
let scratch = new Uint8Array(96);

/**
 * Whether the bytes the first `maxChars` characters of `input` decode to are all ASCII text — false when that
 * prefix is not base64. What `base64ToBytes(prefix)` and a test of every byte answer, without a new array or a copy
 * of the prefix.
 */
export function base64PrefixIsText(input: string, maxChars: number): boolean {
  const n = unpadded(input, Math.min(input.length, maxChars));
  if (scratch.length < n) scratch = new Uint8Array(n);
  const length = decodeInto(input, n, scratch);
  if (length < 0) return false;
  for (let i = 0; i < length; i++) if (!isTextByte(scratch[i])) return false;
  return true;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** The characters of ASCII bytes, in chunks (an argument list has a length limit). */
function asciiText(bytes: Uint8Array): string {
  const CHUNK = 4096;
  if (bytes.length <= CHUNK) return String.fromCharCode.apply(null, bytes as unknown as number[]);
  let out = "";
  for (let i = 0; i < bytes.length; i += CHUNK)
    out += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}

/** UTF-8 text of a base64/base64url string; null if it is not base64 or not valid UTF-8. */
export function decodeBase64Text(input: string): string | null {
  const bytes = base64ToBytes(input);
  if (!bytes) return null;
  // ASCII bytes are their own characters (most tokens' JSON): no decoder call.
  if (isAscii(bytes)) return asciiText(bytes);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** Standard base64 (with padding) of a string's UTF-8 bytes. */
export function encodeBase64Text(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i];
    const b1 = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const b2 = i + 2 < bytes.length ? bytes[i + 2] : 0;
    out += ALPHABET[b0 >> 2] + ALPHABET[((b0 & 3) << 4) | (b1 >> 4)];
    out += i + 1 < bytes.length ? ALPHABET[((b1 & 15) << 2) | (b2 >> 6)] : "=";
    out += i + 2 < bytes.length ? ALPHABET[b2 & 63] : "=";
  }
  return out;
}
