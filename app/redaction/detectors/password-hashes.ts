// A stored password's hash, written the way password stores write it, wherever it stands (an IdP's user import, a
// database row, an LDIF line, a log): the modular crypt format (`$2a$10$…` bcrypt, `$6$salt$…` sha512-crypt, Apache's
// `$apr1$salt$hash` as htpasswd prints it, `$argon2id$v=19$m=…$salt$hash`, `$pbkdf2-sha256$27500$salt$hash` as
// passlib and ZITADEL write it, `$scrypt$…`), LDAP's scheme prefix (`{SSHA}…`, `{CRYPT}$6$…`, `{PBKDF2-SHA256}…`),
// phpass (`$P$…` WordPress, `$H$…` phpBB) and Django's `pbkdf2_sha256$…`. A hash is a credential: it can be cracked
// offline. A scheme named by its algorithm (`$pbkdf2-sha256$`, `$argon2id$`, `{SSHA}`) stays before the placeholder,
// telling which algorithm a store uses; a numbered one (`$2a$`, `$6$`) says little and goes with the rest. Each pattern starts with a literal scheme and reads
// bounded runs of one character class: linear in the text.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/** The modular crypt format: `$id$`, one to four parameter or salt segments (`10`, `rounds=5000`, `v=19`,
 *  `m=65536,t=3,p=4`, the salt), then the hash: 16 characters or more of the crypt alphabet (base64, `.`, `/`), ending
 *  where that alphabet ends. awk's and the shell's `$1$2$3` or `$6$20240101T0000Z$request-1234` are no such shape.
 *  Each segment stops at a `$`, so a start is read one way only. */
const MODULAR_CRYPT =
  /(?<![\w$])\$(?:2[abxy]?|1|5|6|7|y|gy|apr1|sha1|md5|argon2(?:id|i|d)|pbkdf2(?:-sha(?:1|256|512))?|scrypt|bcrypt(?:-sha256)?)\$((?:[A-Za-z0-9./+=,-]{1,80}\$){1,4}[A-Za-z0-9./+=]{16,400})(?![\w./+=$-])/g;
/** phpass, as WordPress (`$P$`) and phpBB (`$H$`) store it: a count character, an 8-character salt and a 22-character
 *  hash, with no `$` between them. */
const PHPASS = /(?<![\w$])\$[PH]\$([./0-9A-Za-z]{31})(?![\w./$-])/g;
/** Django's `algorithm$…`: `pbkdf2_sha256$260000$salt$hash`, `sha1$salt$hex`, `argon2$argon2id$v=19$…$salt$hash`. */
const DJANGO =
  /(?<![\w$-])(?:pbkdf2_sha(?:1|256)|sha1|md5|argon2|scrypt)\$((?:[A-Za-z0-9./+=,-]{1,80}\$){1,4}[A-Za-z0-9./+=]{16,400})(?![\w./+=$-])/g;
/** LDAP's `{SCHEME}value` (RFC 2307 and OpenLDAP's modules). */
const LDAP_SCHEME =
  /\{(?:SSHA(?:256|384|512)?|SHA(?:256|384|512)?|SMD5|MD5|CRYPT|PBKDF2(?:-SHA(?:1|256|512))?|ARGON2|BCRYPT|CLEARTEXT)\}([A-Za-z0-9./+=$,-]{8,400})/gi;

/** A scheme named by its algorithm (three letters or more), not by a number or a letter (`$2a$`, `$6$`, `$y$`). */
const NAMED_SCHEME = /[A-Za-z]{3}/;

export const passwordHashCue = (text: string): boolean => text.includes("$") || text.includes("{");

/** The hash (the last `$` segment, or the whole value) has a letter: a run of digits is a field number or a date. */
const hashHasLetter = (value: string): boolean => /[A-Za-z]/.test(value.slice(value.lastIndexOf("$") + 1));

function replaceGroup(text: string, pattern: RegExp, ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const value = m[1];
    const scheme = m[0].slice(0, m[0].length - value.length);
    const start = NAMED_SCHEME.test(scheme) ? m.index + scheme.length : m.index;
    if (isSentinelOnly(value) || !/\d/.test(value) || !hashHasLetter(value) || m.index < pos) continue;
    out += text.slice(pos, start) + ctx.secret(text.slice(start, m.index + m[0].length), "password");
    pos = m.index + m[0].length;
  }
  return out + text.slice(pos);
}

export function redactPasswordHashes(text: string, ctx: ItemContext): string {
  if (!passwordHashCue(text)) return text;
  let out = text;
  if (out.includes("$"))
    out = replaceGroup(replaceGroup(replaceGroup(out, MODULAR_CRYPT, ctx), PHPASS, ctx), DJANGO, ctx);
  if (out.includes("{")) out = replaceGroup(out, LDAP_SCHEME, ctx);
  return out;
}
