// A stored password's hash, written the way password stores write it, wherever it stands (an IdP's user import, a
// database row, an LDIF line, a log): the modular crypt format (`$2a$10$…` bcrypt, `$6$salt$…` sha512-crypt,
// `$argon2id$v=19$m=…$salt$hash`, `$pbkdf2-sha256$27500$salt$hash` as passlib and ZITADEL write it, `$scrypt$…`) and
// LDAP's scheme prefix (`{SSHA}…`, `{CRYPT}$6$…`, `{PBKDF2-SHA256}…`). A hash is a credential: it can be cracked
// offline. The whole string goes (a table's or a key's reader then sees a placeholder, not a scheme's stub). Each pattern starts with a literal `$` or `{` and reads a
// bounded run of one character class: linear in the text.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/** The modular crypt format: `$id$` then parameters, salt and hash of the crypt alphabet (base64, `.`, `/`, `,`, `=`). */
const MODULAR_CRYPT =
  /(?<![\w$])\$(?:2[abxy]?|1|5|6|7|y|gy|sha1|md5|argon2(?:id|i|d)|pbkdf2(?:-sha(?:1|256|512))?|scrypt|bcrypt(?:-sha256)?)\$(?=[^\s"'`$]{0,80}\$)([A-Za-z0-9./+=,$-]{16,400})/g;
/** LDAP's `{SCHEME}value` (RFC 2307 and OpenLDAP's modules). */
const LDAP_SCHEME =
  /\{(?:SSHA(?:256|384|512)?|SHA(?:256|384|512)?|SMD5|MD5|CRYPT|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2|BCRYPT|CLEARTEXT)\}([A-Za-z0-9./+=$,-]{8,400})/gi;

export const passwordHashCue = (text: string): boolean => text.includes("$") || text.includes("{");

function replaceGroup(text: string, pattern: RegExp, ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    if (isSentinelOnly(m[1]) || !/\d/.test(m[1]) || start < pos) continue;
    out += text.slice(pos, start) + ctx.secret(m[0], "password");
    pos = start + m[0].length;
  }
  return out + text.slice(pos);
}

export function redactPasswordHashes(text: string, ctx: ItemContext): string {
  if (!passwordHashCue(text)) return text;
  let out = text.includes("$") ? replaceGroup(text, MODULAR_CRYPT, ctx) : text;
  if (out.includes("{")) out = replaceGroup(out, LDAP_SCHEME, ctx);
  return out;
}
