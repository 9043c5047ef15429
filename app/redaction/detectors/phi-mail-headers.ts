// The lines a mail reply or an issue page brings with it when pasted whole: the quote header of a reply ("On Tue,
// Mar 5, 2024 at 9:12 AM Jane Roe <jroe@…> wrote:", "Am … schrieb Jane Roe <…>:"), a forwarded message's header block
// ("From: Roe, Jane <…>", "To:", "Cc:" beside "Sent:"/"Subject:"), and an issue comment's header ("Jane Roe commented
// on Mar 5, 2024", "jroe commented 3 days ago") and a commit's trailers ("Signed-off-by: Jane Roe <…>"). The display names go; dates, addresses (left to the e-mail rule),
// subjects stay. One scan of the text per cue; only the lines that hold a cue are read.
import type { PhiSpan } from "./phi-span";
import { eachCueLine, lineAfter, lineBefore } from "./line-of";
import { isMailboxName } from "../mailbox-names";

const MAX_LINE = 400;
/** A name: one to four words of letters (. - ' inside), or "Last, First". */
const NAME = /^[\p{L}][\p{L}\p{M}'’.-]*(?:,?[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,3}$/u;
/** The end of a reply's quote header: "<address> wrote:", "wrote:", "schrieb …:" (German clients). */
const QUOTE_START = /^[ \t>]*(?:On|Am)[ \t]/;
const QUOTE_END = /(?:<[^<>\n]{3,120}>)?[ \t]*(?:wrote|schrieb)?[ \t]*:[ \t]*$/;
/** Where the date ends in a quote header: a time's AM/PM, a time, a year; the name follows. */
const DATE_END =
  /(?:\b[AP]\.?M\b\.?|\b\d{1,2}:\d{2}(?::\d{2})?|\b(?:19|20)\d{2})[ \t,]*(?:(?:um|at)[ \t]+\d{1,2}[:.]\d{2}[ \t,]*)?/gi;
const MAIL_HEADER = /^[ \t>]*(From|To|Cc|CC|Bcc|Reply-To|Sent|Date|Subject)[ \t]*:/;
const NAME_HEADERS = new Set(["From", "To", "Cc", "CC", "Bcc", "Reply-To"]);
/** A commit's trailers and author lines ("Signed-off-by: Jane Roe <…>", git log's "Author:"): a name on their own. */
const TRAILER =
  /^[ \t>]*(?:(?:Signed-off|Co-authored|Reviewed|Acked|Reported|Tested|Suggested)-by|Author|Committer)[ \t]*:/i;
const COMMENT_HEADER =
  /^[ \t]*([\p{L}\d][\p{L}\p{M}\d'’._-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,3})[ \t]+(?:commented|replied|opened this issue|reviewed)(?:[ \t]+on[ \t]+[A-Z][a-z]{2}[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}|[ \t]+\d{1,3}[ \t]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)[ \t]+ago)\b/u;

/** The cues, all found with one scan of the whole text: a reply's verb, a name header, a comment's verb. */
const CUE =
  /(\b(?:wrote|schrieb)\b)|(^[ \t>]*(?:From|To|Cc|CC|Bcc|Reply-To|[A-Za-z-]+-by|Author|Committer)[ \t]*:)|([ \t](?:commented|replied|opened this issue|reviewed)\b)/gm;

export function findMailHeaderNames(text: string, out: PhiSpan[]) {
  // A header line counts next to another header line (a block), so a "To: …" step in prose stays.
  const header = (l: [number, number] | null) =>
    l !== null && l[1] - l[0] <= MAX_LINE && MAIL_HEADER.test(text.slice(l[0], l[1]));
  eachCueLine(text, CUE, MAX_LINE, (start, end) => {
    // Each kind of line is read whatever cue found it (a line may hold several).
    const line = text.slice(start, end);
    if (QUOTE_START.test(line) && /\b(?:wrote|schrieb)\b/.test(line)) quoteHeader(line, start, out);
    const t = TRAILER.exec(line);
    if (t) headerNames(line, start, t[0].length, out);
    const h = MAIL_HEADER.exec(line);
    if (h && NAME_HEADERS.has(h[1]) && (header(lineBefore(text, start)) || header(lineAfter(text, end))))
      headerNames(line, start, h[0].length, out);
    const m = COMMENT_HEADER.exec(line);
    if (m) {
      const at = start + line.indexOf(m[1]);
      out.push({ start: at, end: at + m[1].length, type: "name" });
    }
  });
}

/** "On <date>, <name> <address> wrote:": the words between the date and the address. */
function quoteHeader(line: string, s: number, out: PhiSpan[]) {
  const end = QUOTE_END.exec(line);
  if (!end) return;
  let from = -1;
  DATE_END.lastIndex = 0;
  for (let m = DATE_END.exec(line); m && m.index < end.index; m = DATE_END.exec(line)) from = m.index + m[0].length;
  if (from < 0) return;
  // German clients put the verb before the name: "… um 09:12 schrieb Jane Roe <…>:".
  const verb = /^schrieb[ \t]+/.exec(line.slice(from));
  if (verb) from += verb[0].length;
  let to = end.index;
  const tail = /[ \t]+(?:wrote|schrieb)?[ \t]*$/.exec(line.slice(from, to));
  if (tail) to = from + tail.index;
  const name = line.slice(from, to).trim();
  if (!name || !NAME.test(name)) return;
  const at = s + from + line.slice(from, to).indexOf(name);
  out.push({ start: at, end: at + name.length, type: "name" });
}

/** The display names of a From/To/Cc line: before each "<address>", or the whole value when it has none. */
function headerNames(line: string, s: number, valueStart: number, out: PhiSpan[]) {
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const display = raw.replace(/^[\s,;"]+|[\s,;"]+$/g, "");
    if (!display || !NAME.test(display) || isMailboxName(display)) return;
    const at = s + from + raw.indexOf(display);
    out.push({ start: at, end: at + display.length, type: "name" });
  };
  let from = valueStart;
  for (let lt = line.indexOf("<", from); lt >= 0; lt = line.indexOf("<", from)) {
    const gt = line.indexOf(">", lt);
    if (gt < 0) break;
    push(from, lt);
    from = gt + 1;
  }
  if (from === valueStart) push(valueStart, line.length);
}

/**
 * A name written right before its address, anywhere: "Contact: Jane Roe (jroe@…)", "Jane Roe <jroe@…>". Two to four
 * capitalised words (a capital, then lower case: "AM" is no name word), then the address in brackets. A word starts only where no letter stands before it, so each
 * word is tried once. Team and mailbox names ("Support Team <…>", "GitHub Notifications <…>") stay.
 */
const NAME_BEFORE_ADDRESS =
  /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*){1,3})[ \t]*[<(][^<>()\s@]{1,64}@[^<>()\s@]{1,255}[>)]/gu;

export function findNamesBeforeAddresses(text: string, out: PhiSpan[]) {
  NAME_BEFORE_ADDRESS.lastIndex = 0;
  for (let m = NAME_BEFORE_ADDRESS.exec(text); m; m = NAME_BEFORE_ADDRESS.exec(text)) {
    if (isMailboxName(m[1])) continue;
    out.push({ start: m.index, end: m.index + m[1].length, type: "name" });
  }
}
