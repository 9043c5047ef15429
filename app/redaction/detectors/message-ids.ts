// A message's identifier reads as `local@domain` but names one message, not anyone's mailbox: RFC 5322's
// `Message-ID: <…>` and `In-Reply-To: <…>`, postfix's `message-id=<…>`, sendmail's `msgid=<…>`, Exim's `id=…`, SendGrid's
// `"smtp-id":"<…>"`. A support engineer traces a mail through its hops and logs by it, so it stays whole; a person's
// address in the same headers and lines (`from=<…>`, `To:`) is still an address.

import { firstNotBefore } from "../sorted-search";

/** The key of an identifier and its separator right before its `<`: `Message-ID: <`, `message-id=<`, `"smtp-id":"<`. */
const ID_KEY_BEFORE = /(?:message[-_]?id|msgid|smtp-id|in-reply-to)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?<$/i;
/** The same key before a quoted identifier written bare, as a mail webhook's JSON does (`"message-id":"…@…"`). */
const QUOTED_ID_KEY_BEFORE = /(?:message[-_]?id|msgid|smtp-id|in-reply-to)["']?[ \t]{0,4}[:=][ \t]{0,4}["']$/i;
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
  if (GIT_SEND_EMAIL.test(text.slice(open, end))) return false;
  const before = text.slice(Math.max(0, open - REACH), open);
  if (text[open - 1] === "<") return text[end] === ">" && ID_KEY_BEFORE.test(before);
  return (
    (text[open - 1] === '"' || text[open - 1] === "'") &&
    text[end] === text[open - 1] &&
    QUOTED_ID_KEY_BEFORE.test(before)
  );
}

/** A key that names a message's identifier, alone (a JSON key: Mailgun's `"message-id"`, `"Message-Id"`). */
const ID_KEY = /^(?:message[-_]?id|msgid|smtp-id|in-reply-to)$/i;
/** An identifier as a key's whole value, brackets or none: no blank, one `@`, a host name after it. */
const ID_VALUE = /^<?[A-Za-z0-9._$=!+%-]{1,250}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}>?$/;

/** Whether a key's whole value is a message identifier: the key names one, the value has its shape (git send-email's,
 *  which carries its sender's address, excepted). */
export function isMessageIdValue(key: string, value: string): boolean {
  return ID_KEY.test(key) && ID_VALUE.test(value) && !GIT_SEND_EMAIL.test(value.replace(/^</, ""));
}

/** A table's column of message identifiers (a Microsoft 365 message trace's `MessageId`, `Message-ID`, `message_id`). */
const ID_COLUMN = /^["']?(?:internet[-_ ]?)?message[-_ ]?id["']?$/i;
const MAX_COLUMNS = 64;

/**
 * The ranges of the text that stand in a CSV or tab-separated table's message-identifier column, as a look-up by
 * index: the column is named in a header row; the rows under it run while they hold as many cells. One pass over the
 * lines, each read once; empty when no line names such a column.
 */
export function messageIdColumns(text: string): (index: number) => boolean {
  if (!/message[-_ ]?id/i.test(text)) return () => false;
  const starts: number[] = [];
  const ends: number[] = [];
  let table: { sep: string; count: number; column: number } | undefined;
  for (let at = 0; at < text.length;) {
    const nl = text.indexOf("\n", at);
    const lineEnd = nl < 0 ? text.length : nl;
    const line = text.slice(at, text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd);
    const sep = line.includes("\t") ? "\t" : ",";
    const cells = cellsOf(line, sep);
    if (table && sep === table.sep && cells.length === table.count) {
      const [s, e] = cells[table.column];
      starts.push(at + s);
      ends.push(at + e);
    } else {
      const column = cells.findIndex(([s, e]) => ID_COLUMN.test(line.slice(s, e).trim()));
      table = column >= 0 && cells.length > 1 ? { sep, count: cells.length, column } : undefined;
    }
    at = lineEnd + 1;
  }
  return (index) => {
    const k = firstNotBefore(starts.length, (i) => starts[i] <= index);
    return k > 0 && index < ends[k - 1];
  };
}

/** The [start, end) of a row's cells (up to MAX_COLUMNS + 1); a quoted cell runs to its closing quote. */
function cellsOf(line: string, sep: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let i = 0;
  while (i <= line.length && out.length <= MAX_COLUMNS) {
    const start = i;
    if (line[i] === '"') {
      const close = line.indexOf('"', i + 1);
      i = close < 0 ? line.length : close + 1;
    }
    const next = line.indexOf(sep, i);
    i = next < 0 ? line.length : next;
    out.push([start, i]);
    i++;
  }
  return out;
}
