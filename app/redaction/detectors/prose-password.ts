// A password given in a chat message's prose, with no key a reader knows: "I also set you a new password on the
// Ubuntu box - Kq7ZrT2mWx9, same username", "the sandbox password is MarbleKettleOrbit". The sentence names a
// password (passphrase, passcode, passwd, pwd, pw), then — within a few words and before the sentence ends — the
// first dash, arrow or "is"/"was" (perhaps "is:"), or a colon right after the word, introduces one word that reads as
// a secret: letters and digits together, words run together in mixed case, a long lower-case passphrase. A plain word
// ("is done"), a number alone, a URL or an RFC's name ("RFC 6749", two words) stays. One scan for the password word;
// each match reads at most a bounded stretch of its line.
import type { ItemContext } from "../context";

/** The password's own phrase ends at the first dash, arrow, "is" or "was" (perhaps with a colon) after the word, or at
 *  a colon right after it ("PW: …"); the words between may not hold another one, so a later clause's "the id is …"
 *  is never read as the password's. */
const CONNECTOR = "(?:[-–—→]|is|was)";
const PROSE_PASSWORD = new RegExp(
  `\\b(?:password|passphrase|passcode|passwd|pwd|pw)\\b(?:(?:(?![ \\t]${CONNECTOR}[ \\t:])[^\\n.!?:=]){0,60}?[ \\t]${CONNECTOR}:?|:)` +
    `[ \\t]+[\`"']?([A-Za-z0-9!#$%&*+/?@^_~-]{8,64})(?=[\`"']?(?:[,;.!?)]?(?:[ \\t]|$)))`,
  "gimu",
);

/** Reads as a secret: letters and digits, an upper-case letter after a lower-case one (words run together), or a
 *  long run of lower-case letters (a passphrase: "correcthorsebatterystaple"). */
const looksSecret = (v: string) =>
  !/:\/\//.test(v) && ((/[A-Za-z]/.test(v) && /\d/.test(v)) || /[a-z][A-Z]/.test(v) || /^[a-z]{16,}$/.test(v));

export function redactProsePasswords(text: string, ctx: ItemContext): string {
  if (!/pass(?:word|phrase|code|wd)|pwd|\bpw\b/i.test(text)) return text;
  return text.replace(PROSE_PASSWORD, (whole, value: string) =>
    looksSecret(value) ? whole.slice(0, whole.length - value.length) + ctx.secret(value, "password") : whole,
  );
}
