// A message's identifier reads as `local@domain` but names one message, not anyone's mailbox: RFC 5322's
// `Message-ID: <…>` and `In-Reply-To: <…>`, postfix's `message-id=<…>`, sendmail's `msgid=<…>`, Exim's `id=…`, SendGrid's
// `"smtp-id":"<…>"`. A support engineer traces a mail through its hops and logs by it, so it stays whole; a person's
// address in the same headers and lines (`from=<…>`, `To:`) is still an address.

/** The key of an identifier and its separator right before its `<`: `Message-ID: <`, `message-id=<`, `"smtp-id":"<`. */
const ID_KEY_BEFORE = /(?:message-?id|msgid|smtp-id|in-reply-to)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?<$/i;
/** Exim's log field for it, without brackets, after the message's size (`<= jroe@… H=… S=2369 id=…@mx.example.org`):
 *  a bare ` id=` elsewhere (`login id=jroe@…`) may hold anyone's address. */
const EXIM_ID_BEFORE = /[ \t]S=\d{1,12}[ \t]id=$/;
/** git send-email's identifier, `<date.pid-n-user@domain>`: its sender's address is inside it, so it goes whole. */
const GIT_SEND_EMAIL = /^\d{14}\.\d{1,10}-\d{1,6}-[^@]{1,64}@/;
/** How far before the `<` the key is looked for (the longest key and separator). */
const REACH = 24;
/** The longest local part looked back over: an identifier's may hold `=`, `$` or `!`, which no address rule reads. */
const MAX_LOCAL = 250;

/** Whether text[start, end) — an address's shape — is (the end of) a message identifier: in `<…>` right after an
 *  identifier's key, or Exim's ` id=` field. The `<` is looked for back over the characters an address's local part leaves out. */
export function isMessageIdAt(text: string, start: number, end: number): boolean {
  if (EXIM_ID_BEFORE.test(text.slice(Math.max(0, start - 20), start))) return true;
  let open = start;
  while (open > 0 && start - open < MAX_LOCAL && !/[\s<>"']/.test(text[open - 1])) open--;
  if (text[open - 1] !== "<" || text[end] !== ">" || GIT_SEND_EMAIL.test(text.slice(open, end))) return false;
  return ID_KEY_BEFORE.test(text.slice(Math.max(0, open - REACH), open));
}
