// A ticket carried in a link's fragment (`/share#v1.…`): browsers never send the fragment to a server, so the ticket
// goes from one browser to another through the link itself. The ticket's JSON is deflated (fflate) and base64url
// encoded; with a passphrase it is encrypted first with AES-GCM under a key derived by PBKDF2-SHA-256 (WebCrypto),
// so the link alone reveals nothing. Pure apart from WebCrypto (browser and Node 20 both have `crypto.subtle`).
// Decoding never throws and never echoes the link: each failure has one plain message.
import { deflateSync, inflateSync, strFromU8, strToU8 } from "fflate";

/** Longer links are cut by mail and chat tools; past this the ticket file is the way to share. */
export const MAX_SHARE_URL_CHARS = 16_000;
/** A fragment longer than this is not one we made (it would inflate to more than a ticket file may hold). */
const MAX_FRAGMENT_CHARS = 4 * MAX_SHARE_URL_CHARS;
const MAX_INFLATED_BYTES = 16 * 1024 * 1024;
const PBKDF2_ITERATIONS = 310_000;
const PLAIN = "v1";
const SEALED = "v1e";

export type ShareDecodeResult =
  | { ok: true; json: unknown }
  | { ok: false; reason: "passphrase-needed" | "wrong-passphrase" | "damaged" | "empty"; message: string };

const FAIL = {
  empty: "This link carries no ticket: the part after # is missing. Ask for the link again, or for the ticket file.",
  damaged:
    "This link is damaged or cut short (mail and chat tools sometimes cut long links). Ask for the ticket file instead.",
  "passphrase-needed": "This ticket is protected with a passphrase. Enter the passphrase you were given.",
  "wrong-passphrase": "That passphrase does not open this ticket. Check it with the person who sent the link.",
} as const;

const fail = (reason: keyof typeof FAIL): ShareDecodeResult => ({ ok: false, reason, message: FAIL[reason] });

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

async function keyFrom(passphrase: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", strToU8(passphrase.normalize("NFC")), "PBKDF2", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    { name: "PBKDF2", salt, iterations: PBKDF2_ITERATIONS, hash: "SHA-256" },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

/** The fragment (without `#`) for a ticket's JSON text; encrypted when a passphrase is given. */
export async function encodeShareFragment(json: string, passphrase?: string): Promise<string> {
  const packed = deflateSync(strToU8(json), { level: 9 });
  if (!passphrase) return `${PLAIN}.${toBase64Url(packed)}`;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await keyFrom(passphrase, salt), packed),
  );
  return `${SEALED}.${toBase64Url(salt)}.${toBase64Url(iv)}.${toBase64Url(sealed)}`;
}

/** Whether a fragment needs a passphrase (to ask for it before trying). */
export const isSealedFragment = (fragment: string): boolean => fragment.replace(/^#/, "").startsWith(`${SEALED}.`);

function inflate(bytes: Uint8Array): unknown {
  const out = inflateSync(bytes);
  if (out.length > MAX_INFLATED_BYTES) throw new Error("too large");
  return JSON.parse(strFromU8(out));
}

export async function decodeShareFragment(fragment: string, passphrase?: string): Promise<ShareDecodeResult> {
  const text = fragment.replace(/^#/, "").trim();
  if (!text) return fail("empty");
  if (text.length > MAX_FRAGMENT_CHARS) return fail("damaged");
  const parts = text.split(".");
  if (parts[0] === PLAIN && parts.length === 2) {
    const bytes = fromBase64Url(parts[1]);
    if (!bytes) return fail("damaged");
    try {
      return { ok: true, json: inflate(bytes) };
    } catch {
      return fail("damaged");
    }
  }
  if (parts[0] === SEALED && parts.length === 4) {
    if (!passphrase) return fail("passphrase-needed");
    const [salt, iv, sealed] = parts.slice(1).map(fromBase64Url);
    if (!salt || !iv || !sealed || salt.length !== 16 || iv.length !== 12) return fail("damaged");
    let packed: Uint8Array;
    try {
      const key = await keyFrom(passphrase, new Uint8Array(salt));
      packed = new Uint8Array(
        await crypto.subtle.decrypt({ name: "AES-GCM", iv: new Uint8Array(iv) }, key, new Uint8Array(sealed)),
      );
    } catch {
      // AES-GCM authenticates: a wrong passphrase and a changed link both fail here.
      return fail("wrong-passphrase");
    }
    try {
      return { ok: true, json: inflate(packed) };
    } catch {
      return fail("damaged");
    }
  }
  return fail("damaged");
}

/** The whole link for a fragment, or the reason it cannot be one (too long: use the file). */
export function shareUrl(origin: string, fragment: string): { ok: true; url: string } | { ok: false; length: number } {
  const url = `${origin}/share#${fragment}`;
  return url.length <= MAX_SHARE_URL_CHARS ? { ok: true, url } : { ok: false, length: url.length };
}
