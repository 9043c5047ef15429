// A password given in a chat message's prose, with no key a reader knows: "I also set you a new password on the
// Ubuntu box - Kq7ZrT2mWx9, same username", "the sandbox password is MarbleKettleOrbit". The sentence names a
// password (passphrase, passcode), then — within a few words and before the sentence ends — a dash or "is"/"was"
// introduces one word that reads as a secret: letters and digits together, or words run together in mixed case. A
// plain word ("is done"), a number alone, a URL or an RFC's name ("RFC 6749", two words) stays. One scan for the
// password word; each match reads at most a bounded stretch of its line.
import type { ItemContext } from "../context";

const PROSE_PASSWORD =
  /\b(?:password|passphrase|passcode)\b([^\n.!?:=]{0,60}?[ \t](?:[-–—]|is|was)[ \t]+[`"']?)([A-Za-z0-9!#$%&*+/?@^_~-]{8,64})(?=[`"']?(?:[,;.!?)]?(?:[ \t]|$)))/gim;

/** Reads as a secret: letters and digits, or an upper-case letter after a lower-case one (words run together). */
const looksSecret = (v: string) => !/:\/\//.test(v) && ((/[A-Za-z]/.test(v) && /\d/.test(v)) || /[a-z][A-Z]/.test(v));

export function redactProsePasswords(text: string, ctx: ItemContext): string {
  if (!/pass(?:word|phrase|code)/i.test(text)) return text;
  return text.replace(PROSE_PASSWORD, (whole, _lead: string, value: string) =>
    looksSecret(value) ? whole.slice(0, whole.length - value.length) + ctx.secret(value, "password") : whole,
  );
}
