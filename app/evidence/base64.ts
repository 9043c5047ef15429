// base64 / base64url ⇄ UTF-8 text, by hand: pure TypeScript for the browser, the server and the CLI (no Buffer).

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP: Record<string, number> = {};
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET[i]] = i;
LOOKUP["-"] = 62;
LOOKUP["_"] = 63;

/** Bytes of a base64 or base64url string (padding optional); null if it is not base64. */
export function base64ToBytes(input: string): Uint8Array | null {
  const clean = input.replace(/=+$/, "");
  if (clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = LOOKUP[clean[i]];
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** UTF-8 text of a base64/base64url string; null if it is not base64 or not valid UTF-8. */
export function decodeBase64Text(input: string): string | null {
  const bytes = base64ToBytes(input);
  if (!bytes) return null;
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
