// E-mail addresses in free text, anchored on each "@".
import type { PhiSpan } from "./phi-span";
import { namesNoMailbox } from "./at-sign-names";
import { isMessageIdAt, messageIdColumns } from "./message-ids";

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
  const inIdColumn = at < 0 ? () => false : messageIdColumns(text);
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < 64 && isLocalChar(text.charCodeAt(start - 1))) start--;
    // Leading dots are punctuation, not part of the address ("see:.jane@x.org").
    while (text[start] === "." && start < at) start++;
    start = verpStart(text, start, at);
    EMAIL_DOMAIN.lastIndex = at + 1;
    const m = start < at ? EMAIL_DOMAIN.exec(text) : null;
    const masked = !m && start < at ? maskedDomainEnd(text, at) : null;
    const end = m ? m.index + m[0].length : (masked ?? (start < at ? keyedShortEnd(text, start, at) : -1));
    if (masked !== null && !isMessageIdAt(text, start, masked)) {
      // The mask is no one's data (and reads as a placeholder): the local part, a name left bare, goes.
      out.push({ start, end: at, type: "email" });
      at = text.indexOf("@", masked);
    } else if (
      end > 0 &&
      (namesNoMailbox(text.slice(start, at), text.slice(at + 1, end)) ||
        isRoleMailbox(text.slice(start, at)) ||
        isMessageIdAt(text, start, end) ||
        inIdColumn(start))
    )
      at = text.indexOf("@", end);
    else if (end > 0) {
      out.push({ start, end, type: "email" });
      at = text.indexOf("@", end);
    } else at = text.indexOf("@", at + 1);
  }
}

/** Mailboxes of a role or a service, no person's: RFC 2142's (`postmaster`, `abuse`, `webmaster`, `info`, `support`,
 *  `sales`…), the sender of a bounce (`mailer-daemon`), of notifications (`noreply`, `do-not-reply`, `notifications`,
 *  `newsletter`) and an organisation's `contact`. An `admin` or `root` address is some operator's login: not here. */
const ROLE_WORD =
  "(?:postmaster|hostmaster|webmaster|usenet|news|uucp|ftp|www|abuse|noc|security|info|marketing|sales|support|mailer-daemon|no-?reply|do-?not-?reply|donotreply|do_not_reply|notifications?|newsletters?|contact|bounces?)";
/** What a role mailbox's `+tag` says when it names a purpose, not a person. */
const TAG_WORD =
  "(?:tickets?|cases?|help|helpdesk|weekly|daily|monthly|digest|alerts?|updates?|events?|reports?|billing|invoices?|orders?|lists?|test|dev|prod|staging|sandbox)";
/** A `+tag` is kept only when it names no one: digits and separators (a ticket's number), or role words (`+tickets`,
 *  `+weekly`); a tag of other letters is as often a person's (`support+priya.raghunathan@`, `contact+jroe@`). */
const ROLE_MAILBOX = new RegExp(
  `^${ROLE_WORD}(?:\\+(?:[0-9._-]{0,64}|(?:${ROLE_WORD}|${TAG_WORD})(?:[._-](?:${ROLE_WORD}|${TAG_WORD}|[0-9]{1,12})){0,4}))?$`,
  "i",
);
/** Whether an address's local part (a `+tag` after it allowed) names a role's or a service's mailbox. */
export const isRoleMailbox = (local: string) => local.length <= 80 && ROLE_MAILBOX.test(local);

/** A domain its writer masked with `*` (`jroe@******.******.com`, as a reporter hides where they work): the mask and
 *  at least one more label, so a shell prompt's masked host (`root@******:/tmp#`) is no address. */
const MASKED_DOMAIN = /\*{2,64}(?:\.[A-Za-z0-9*-]{1,63}){1,8}(?![\w.*-])/y;

/** The end of an address whose domain is masked while its local part, someone's name, is not; else null. */
function maskedDomainEnd(text: string, at: number): number | null {
  MASKED_DOMAIN.lastIndex = at + 1;
  const m = MASKED_DOMAIN.exec(text);
  return m ? m.index + m[0].length : null;
}

/** How far back a VERP address's prefix is read before the recipient it carries. */
const MAX_VERP_PREFIX = 128;
/** The word before a `-` tag that makes it a bounce address's (ezmlm's `list-return-4821-`, `bounces-`): a `-` alone
 *  joins a key's words as often (`x-original-to=jane.roe@…`). */
const VERP_DASH_WORD = /(?:^|[-+])(?:\d{1,12}|return|bounces?|owner|errors|verp|mailer-daemon)$/i;

/**
 * Where an address starts when it is a VERP or list bounce address (`bounce+3-jroe=gmail.com@send.example.net`,
 * `owner-list+M12=jroe=clinic.org@lists.example.net`, `list-return-4821-jroe=clinic.org@…`, `bounces-jroe=clinic.org@…`):
 * its local part carries the recipient's address as `local=domain` after a `+` tag, or a `-` after a bounce word or
 * a number, so the whole address goes, not the domain-shaped tail the local-part rule stops at. A key before a value
 * (`sender=jane.roe@…`, `x-original-to=…`) has no such tag: `start` is returned as it was.
 */
function verpStart(text: string, start: number, at: number): number {
  if (text[start - 1] !== "=" || !text.slice(start, at).includes(".")) return start;
  let s = start - 1;
  let tagged = false;
  while (s > 0 && start - s < MAX_VERP_PREFIX) {
    const c = text.charCodeAt(s - 1);
    if (!isLocalChar(c) && c !== 61) break;
    if (c === 43) tagged = true;
    s--;
  }
  if (!tagged) tagged = dashTagged(text.slice(s, start - 1));
  return tagged ? s : start;
}

/** Whether a local part's recipient (the text after its last `-`) follows a bounce address's `-` tag. */
function dashTagged(local: string): boolean {
  const dash = local.lastIndexOf("-");
  return dash > 0 && VERP_DASH_WORD.test(local.slice(0, dash));
}

/** A domain of any shape: one label (`clinic`) or labels whose last is one letter (`a.a`). */
const SHORT_DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}(?![\w.@-])/y;
/**
 * An e-mail key and its separator right before a value (`"email"=>"`, `user_email: `, `EmailAddress=`, `"e-mail": "`):
 * the key ends in `email`/`e-mail`/`mail` (with `address` after it) and starts the line or follows a non-word.
 */
const EMAIL_KEY_BEFORE =
  /(?:^|[^\w-])[\w-]{0,32}e?-?mail(?:[_-]?address)?\\?["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}\\?["']?$/i;

/**
 * The end of a short address (`a@a.a`, `jroe@clinic`) whose domain has no usual top-level part, when an e-mail key
 * holds it; else -1. `git@github:org/repo`, `deploy@bastion` under other keys stay.
 */
function keyedShortEnd(text: string, start: number, at: number): number {
  SHORT_DOMAIN.lastIndex = at + 1;
  const m = SHORT_DOMAIN.exec(text);
  if (!m || !EMAIL_KEY_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return -1;
  return m.index + m[0].length;
}
