// A stored password's hash, written the way password stores write it, wherever it stands (an IdP's user import, a
// database row, an LDIF line, a log): the modular crypt format (`$2a$10$…` bcrypt, `$6$salt$…` sha512-crypt,
// `$argon2id$v=19$m=…$salt$hash`, `$pbkdf2-sha256$27500$salt$hash` as passlib and ZITADEL write it, `$scrypt$…`) and
// LDAP's scheme prefix (`{SSHA}…`, `{CRYPT}$6$…`, `{PBKDF2-SHA256}…`). A hash is a credential: it can be cracked
// offline. A scheme named by its algorithm (`$pbkdf2-sha256$`, `$argon2id$`, `{SSHA}`) stays before the placeholder,
// telling which algorithm a store uses; a numbered one (`$2a$`, `$6$`) says little and goes with the rest. Each
// pattern starts with a literal `$` or `{` and reads a bounded run of one character class: linear in the text.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/** The modular crypt format: `$id$` then parameters, salt and hash of the crypt alphabet (base64, `.`, `/`, `,`, `=`). */
const MODULAR_CRYPT =
  /(?<![\w$])\$(?:2[abxy]?|1|5|6|7|y|gy|sha1|md5|argon2(?:id|i|d)|pbkdf2(?:-sha(?:1|256|512))?|scrypt|bcrypt(?:-sha256)?)\$(?=[^\s"'`$]{0,80}\$)([A-Za-z0-9./+=,$-]{16,400})/g;
/** LDAP's `{SCHEME}value` (RFC 2307 and OpenLDAP's modules). */
const LDAP_SCHEME =
  /\{(?:SSHA(?:256|384|512)?|SHA(?:256|384|512)?|SMD5|MD5|CRYPT|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2|BCRYPT|CLEARTEXT)\}([A-Za-z0-9./+=$,-]{8,400})/gi;

/** A scheme named by its algorithm (three letters or more), not by a number or a letter (`$2a$`, `$6$`, `$y$`). */
const NAMED_SCHEME = /[A-Za-z]{3}/;

export const passwordHashCue = (text: string): boolean => text.includes("$") || text.includes("{");

function replaceGroup(text: string, pattern: RegExp, ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const value = m[1];
    const scheme = m[0].slice(0, m[0].length - value.length);
    const start = NAMED_SCHEME.test(scheme) ? m.index + scheme.length : m.index;
    if (isSentinelOnly(value) || !/\d/.test(value) || m.index < pos) continue;
    out += text.slice(pos, start) + ctx.secret(text.slice(start, m.index + m[0].length), "password");
    pos = m.index + m[0].length;
  }
  return out + text.slice(pos);
}

export function redactPasswordHashes(text: string, ctx: ItemContext): string {
  if (!passwordHashCue(text)) return text;
  let out = text.includes("$") ? replaceGroup(text, MODULAR_CRYPT, ctx) : text;
  if (out.includes("{")) out = replaceGroup(out, LDAP_SCHEME, ctx);
  return out;
}
