// E-mail addresses in free text, anchored on each "@".
import type { PhiSpan } from "./phi-span";

const EMAIL_DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/y;
const isLocalChar = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 57) ||
  c === 46 ||
  c === 95 ||
  c === 37 ||
  c === 43 ||
  c === 45;

/** E-mail addresses alone (the sweep takes them before the user's terms, so a glued term cannot hide one). */
export function findEmailSpans(text: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  findEmails(text, out);
  return out;
}

/** Anchored on each "@" (a regex scanning every position for a local part would cost 64 steps a character). */
export function findEmails(text: string, out: PhiSpan[]) {
  let at = text.indexOf("@");
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    // Leading dots are punctuation, not part of the address ("see:.jane@x.org").
    while (text[start] === "." && start < at) start++;
    EMAIL_DOMAIN.lastIndex = at + 1;
    const m = start < at ? EMAIL_DOMAIN.exec(text) : null;
    if (m) {
      out.push({ start, end: m.index + m[0].length, type: "email" });
      at = text.indexOf("@", m.index + m[0].length);
    } else at = text.indexOf("@", at + 1);
  }
}
