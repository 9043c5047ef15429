// A private key's base64 body pasted without its `-----BEGIN … PRIVATE KEY-----` lines: a template literal in a test
// (`testPrivKey = \`MIIBOwIBAAJB…\``), an environment variable holding the key on one line (`JWT_PRIVATE_KEY=MIIEv…`),
// a JSON string with `\n` escapes. Recognised by what the first bytes decode to (DER), not by a variable's name:
//   PKCS#1 RSA   SEQUENCE { INTEGER 0, INTEGER … }            MIIEowIBAAKCAQEA…, MIIBOwIBAAJB…
//   PKCS#8       SEQUENCE { INTEGER 0, SEQUENCE { OID … } }   MIIEvQIBADANBgkqhkiG9w0BAQEF…, MIGHAgEAMBMGByqGSM49…
//   (Ed25519, X25519, Ed448 PKCS#8 are short: MC4CAQAwBQYDK2Vw…, MEcCAQAwBQYDK2Vx…; v2 with the public key MFECAQEw…)
//   SEC1 EC      SEQUENCE { INTEGER 1, OCTET STRING … }       MHcCAQEEI…
//   encrypted    SEQUENCE { SEQUENCE { OID pkcs5 / pkcs12-pbe … } }
//   PKCS#12      SEQUENCE { INTEGER 3, SEQUENCE … }           MIIJ…AgEDMIIJ… (a .p12/.pfx file in base64)
// A certificate (SEQUENCE { SEQUENCE { [0] … } }) and a public key (SEQUENCE { SEQUENCE { OID rsaEncryption … },
// BIT STRING }) match none of these and stay: they are public, and say which key signed.
import type { ItemContext } from "../context";
import { base64ToBytes } from "~/evidence/base64";

/** A base64 token that can open a DER SEQUENCE (0x30 then a length from 0x20: `MC…` to `MI…`; an Ed25519 or X25519
 *  PKCS#8 key is 48 bytes, `MC4C…`), 32 characters of it decoded. */
const OPENING = /(?<![A-Za-z0-9+/])M[C-I][A-Za-z0-9+/]{30}/g;
const isB64 = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61;
/** A PEM body line is 64 characters (76 in some tools; a little slack for a line cut short by a copy): a run this
 *  long may have more lines after it, each of which must still read as a key line (`isKeyLine`). */
const FULL_LINE = 60;
/** Shorter than this, a DER-looking token is too small to be a key. */
const MIN_BODY = 64;
/** 1.2.840.113549.1.5 (PKCS#5 PBE, PBES2) and 1.2.840.113549.1.12.1 (PKCS#12 PBE), as DER OID contents. */
const PKCS5 = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x05];
const PKCS12_PBE = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x01];

type Bytes = ArrayLike<number>;
/** The byte at `i` of a DER encoding, or -1 when `i` is not in it (`afterLength` gave -1, or past the end). */
const at = (b: Bytes, i: number) => (i >= 0 && i < b.length ? b[i] : -1);

/** The offset after a DER tag's length bytes, starting at the length byte `i`; -1 for a form keys do not use. */
function afterLength(b: Bytes, i: number): number {
  if (b[i] < 0x80) return i + 1;
  if (b[i] === 0x81) return i + 2;
  if (b[i] === 0x82) return i + 3;
  if (b[i] === 0x83) return i + 4;
  return -1;
}

const startsWith = (b: Bytes, at: number, oid: number[]) => oid.every((x, k) => b[at + k] === x);

/** Whether the first 24 bytes are the start of a private key's (or a key store's) DER encoding. */
export function opensPrivateKey(b: Bytes): boolean {
  if (b[0] !== 0x30) return false;
  const i = afterLength(b, 1);
  if (i < 0) return false;
  // INTEGER version, then what follows it.
  if (b[i] === 0x02 && b[i + 1] === 0x01) {
    const version = b[i + 2];
    const next = b[i + 3];
    if (version === 0 && next === 0x02) return true; // PKCS#1 RSA, DSA
    if (version === 0 && next === 0x30) return at(b, afterLength(b, i + 4)) === 0x06; // PKCS#8: the algorithm's OID
    if (version === 1 && next === 0x04) return true; // SEC1 EC
    if (version === 1 && next === 0x30) return at(b, afterLength(b, i + 4)) === 0x06; // PKCS#8 v2 (with the public key)
    if (version === 3 && next === 0x30) return true; // PKCS#12
    return false;
  }
  // EncryptedPrivateKeyInfo: SEQUENCE { SEQUENCE { OID pbe… } …}.
  if (b[i] !== 0x30) return false;
  const j = afterLength(b, i + 1);
  if (j < 0 || b[j] !== 0x06) return false;
  return startsWith(b, j + 2, PKCS5) || startsWith(b, j + 2, PKCS12_PBE);
}

/** Where a key body that starts at `from` ends: its base64 runs, across line breaks while the line before was a full
 *  PEM line and the next one can be a key line ending its line (a closing quote may follow). */
function bodyEnd(text: string, from: number): number {
  let end = from;
  for (;;) {
    const runStart = end;
    while (end < text.length && isB64(text.charCodeAt(end))) end++;
    if (end - runStart < FULL_LINE) return end;
    const next = nextLineStart(text, end);
    if (next < 0) return end;
    let runEnd = next;
    while (runEnd < text.length && isB64(text.charCodeAt(runEnd))) runEnd++;
    if (!isKeyLine(text, next, runEnd) || !endsLine(text, runEnd)) return end;
    end = next;
  }
}

const skipBlanks = (text: string, i: number) => {
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
};
/** The length of a line break at `i`: "\n", "\r\n", or one written as an escape in a quoted string; 0 if none. */
function lineBreak(text: string, i: number, escaped: boolean): number {
  if (escaped) return text.startsWith("\\r\\n", i) ? 4 : text.startsWith("\\n", i) ? 2 : 0;
  return text.startsWith("\r\n", i) ? 2 : text[i] === "\n" ? 1 : 0;
}

/** Where a wrapped body's next line starts after a line ending at `end`, or -1. Between the two: a line break (real,
 *  or escaped in a string), blanks a terminal or a PDF left, and in source code the literal's closing quote, a `+`
 *  (Java, C#, JS) or `,` (an array of lines) or nothing (Python's implicit concatenation), and the next literal's
 *  opening quote. */
function nextLineStart(text: string, end: number): number {
  let i = end;
  const escaped = lineBreak(text, i, true);
  i = skipBlanks(text, i + escaped);
  const quote = text[i] === '"' || text[i] === "'" ? text[i] : "";
  if (quote) {
    i = skipBlanks(text, i + 1);
    if (text[i] === "+" || text[i] === ",") i = skipBlanks(text, i + 1);
  }
  const real = lineBreak(text, i, false);
  if (!real && (quote || !escaped)) return -1;
  i = skipBlanks(text, i + real);
  if (!quote) return i;
  if (text[i] === "+") i = skipBlanks(text, i + 1);
  return text[i] === quote ? i + 1 : -1;
}

/** Whether the base64 run `text[from, to)` can be a key body's next line: another full line, or a last line — a
 *  whole number of 4-character groups that is padded or mixes digits or `+/` with letters. A status code (`401`), an
 *  error word (`InvalidClient`) or a sign-off (`Thanks`) under a one-line key is not one. */
function isKeyLine(text: string, from: number, to: number): boolean {
  const n = to - from;
  const line = text.slice(from, to);
  // Padding only ends a body: `OTHER_KEY=MIIE…` on the next line is another variable, not this key's next line.
  if (/=[^=]/.test(line)) return false;
  if (n >= FULL_LINE) return true;
  if (n < 4 || n % 4 !== 0) return false;
  return line.endsWith("=") || (/[0-9+/]/.test(line) && /[A-Za-z]/.test(line));
}

/** Whether a base64 run ending at `i` ends its line: the text's end, a line break, an escaped one, or a closing
 *  quote or bracket, after any trailing blanks (a word followed by a blank and more words is prose, not a key line). */
function endsLine(text: string, i: number): boolean {
  const c = text[skipBlanks(text, i)];
  return c === undefined || "\r\n\\\"'`;,)]}<".includes(c);
}

export function redactBareKeyBodies(text: string, ctx: ItemContext): string {
  if (!text.includes("M")) return text;
  let out = "";
  let pos = 0;
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    if (m.index < pos || !opensPrivateKey(base64ToBytes(m[0]) ?? [])) continue;
    const end = bodyEnd(text, m.index);
    if (end - m.index < MIN_BODY) continue;
    out += text.slice(pos, m.index) + ctx.secret(text.slice(m.index, end), "private_key");
    pos = end;
    OPENING.lastIndex = end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
