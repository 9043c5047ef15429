// The lines a mail reply or an issue page brings with it when pasted whole: a message's header block ("From: Roe, Jane
// <…>", "Von:", "De :", "发件人:" beside "Sent:"/"Betreff:" — read by mail-header-block.ts), the quote header of a reply
// ("On Tue, Mar 5, 2024 at 9:12 AM Jane Roe <jroe@…> wrote:", "Am … schrieb Jane Roe <…>:", "Le …, Jane Roe a écrit :",
// "Il … Jane Roe <…> ha scritto:", also wrapped before its address), an issue comment's header ("Jane Roe commented on
// Mar 5, 2024") and a commit's trailers ("Signed-off-by: Jane Roe <…>"). The display names go (one name judge for all:
// mailbox-names.ts); dates, addresses (left to the e-mail rule), subjects stay.
//
// This detector is the one entry point for e-mail headers: it runs wherever prose is swept — a text item, an HTTP
// body, a JSON string, the output around a curl command — after the addresses are replaced, and its spans pass the
// free-text resolver (never over a diagnostic token or inside a placeholder). A pre-pass over text items alone, as the
// header blocks once had, saw fewer places and kept a second name pattern. One scan of the text finds every cue; only
// the lines that hold one are read, and a header block's lines once (the scan resumes after the block).
import type { PhiSpan } from "./phi-span";
import { eachCueLine, lineBefore } from "./line-of";
import { isMailboxName, isPersonName } from "../mailbox-names";
import { HEADER_LINE, readHeaderBlock } from "./mail-header-block";
import { decodeEncodedWords } from "../encoded-words";
import { CJK_LETTERS } from "./cjk-letters";

const MAX_LINE = 400;
/** The verb of a reply's quote header, in the languages mail clients write it. */
const VERB = "wrote|schrieb|schreef|a écrit|ha scritto|escribió|escreveu";
/** A reply's quote header starts with its language's "On": On, Am, Le, Il (giorno), El, Op, Em. */
const QUOTE_START = /^[ \t>]*(?:On|Am|Le|Il|El|Op|Em)[ \t]/;
const QUOTE_VERB = new RegExp(`(?:^|[ \\t])(?:${VERB})(?![\\p{L}])`, "u");
const VERBS = VERB.split("|");
/** A wrapped quote header's second line: "<address> wrote:" alone. */
const WRAPPED_END = new RegExp(`^[ \\t>]*<[^<>\\n]{3,120}>[ \\t]*(?:${VERB})[ \\t]*:[ \\t]*$`, "u");
/** Where the date ends in a quote header: a time's AM/PM, a time, a year (and a time after it); the name follows. */
const DATE_END =
  /(?:\b[AP]\.?M\b\.?|\b\d{1,2}:\d{2}(?::\d{2})?|\b(?:19|20)\d{2})[ \t,]*(?:(?:um|at|à|alle|a las|às|om)[ \t]+\d{1,2}[:.]\d{2}[ \t,]*)?/gi;
/** A commit's trailers and author lines ("Signed-off-by: Jane Roe <…>", git log's "Author:"): a name on their own. */
const TRAILER =
  /^[ \t>]*(?:(?:Signed-off|Co-authored|Reviewed|Acked|Reported|Tested|Suggested)-by|Author|Committer)[ \t]*:/i;
const COMMENT_HEADER =
  /^[ \t]*([\p{L}\d][\p{L}\p{M}\d'’._-]*(?:[ \t]+[\p{L}][\p{L}\p{M}'’.-]*){0,3})[ \t]+(?:commented|replied|opened this issue|reviewed)(?:[ \t]+on[ \t]+[A-Z][a-z]{2}[a-z]*\.?[ \t]+\d{1,2},?[ \t]+\d{4}|[ \t]+\d{1,3}[ \t]+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)[ \t]+ago)\b/u;

/** The cues, all found with one scan of the whole text: a reply's verb, a trailer, a comment's verb, a header line. */
const CUE = new RegExp(
  `((?:^|[ \\t])(?:${VERB})(?![\\p{L}]))|(^[ \\t>]*(?:[A-Za-z-]+-by|Author|Committer)[ \\t]*:)|([ \\t](?:commented|replied|opened this issue|reviewed)\\b)|(${HEADER_LINE.source})`,
  "gimu",
);

export function findMailHeaderNames(text: string, out: PhiSpan[]) {
  const first = out.length;
  eachCueLine(text, CUE, Number.POSITIVE_INFINITY, (start, end) => {
    // A header block is read whole, whatever its lines' length (a long Cc list), and the scan resumes after it.
    if (HEADER_LINE.test(text.slice(start, Math.min(end, start + MAX_LINE))))
      return readHeaderBlock(text, start, end, out);
    if (end - start > MAX_LINE) return;
    // Each other kind of line is read whatever cue found it (a line may hold several).
    const line = text.slice(start, end);
    if (QUOTE_VERB.test(line)) {
      if (QUOTE_START.test(line)) quoteHeader(line, start, out, false);
      else if (WRAPPED_END.test(line)) {
        const above = lineBefore(text, start);
        const prev = above && text.slice(above[0], above[1]);
        if (prev && prev.length <= MAX_LINE && QUOTE_START.test(prev)) quoteHeader(prev, above[0], out, true);
      }
    }
    const t = TRAILER.exec(line);
    if (t) trailerName(line, start, t[0].length, out);
    const m = COMMENT_HEADER.exec(line);
    if (m) {
      const at = start + line.indexOf(m[1]);
      out.push({ start: at, end: at + m[1].length, type: "name" });
    }
  });
  findEchoes(text, first, out);
}

/** At most this many names are looked for elsewhere in a text (one native search each): the first of a long Cc list. */
const MAX_ECHOED = 32;
/** A name written without blanks in a script that has none between words (Chinese, Japanese, Korean). */
const UNSPACED = new RegExp(`^[${CJK_LETTERS}]{2,}$`, "u");
const LETTER = /[\p{L}\p{N}]/u;

/**
 * The names this detector found from out[first] on, looked for elsewhere in the same text: a correspondent's full name
 * in the body, a mail bridge's `[name]` prefix. Only a name of two words or more, or one written without blanks in a
 * script that has none (a one-word login or first name may be a common word), and only whole (no letter either side).
 */
function findEchoes(text: string, first: number, out: PhiSpan[]) {
  const names = new Set<string>();
  // A long list: its first names (a message's sender comes first).
  for (let k = first; k < out.length && names.size < MAX_ECHOED; k++) {
    const name = text.slice(out[k].start, out[k].end);
    if (/[ \t]/.test(name) || UNSPACED.test(name)) names.add(name);
  }
  if (names.size === 0) return;
  for (const name of names)
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if ((at > 0 && LETTER.test(text[at - 1])) || (end < text.length && LETTER.test(text[end]))) continue;
      out.push({ start: at, end, type: "name" });
    }
}

/** "On <date>, <name> <address> wrote:": the words between the date and the address. `wrapped`: the line ends with
 *  the name (its address and verb are on the next line). */
function quoteHeader(line: string, s: number, out: PhiSpan[], wrapped: boolean) {
  const endAt = wrapped ? line.replace(/[ \t\r]+$/, "").length : quoteEnd(line);
  if (endAt < 0) return;
  let from = -1;
  DATE_END.lastIndex = 0;
  for (let m = DATE_END.exec(line); m && m.index < endAt; m = DATE_END.exec(line)) from = m.index + m[0].length;
  if (from < 0 || from > endAt) return;
  // German and Dutch clients put the verb before the name: "… um 09:12 schrieb Jane Roe <…>:".
  const verb = /^(?:schrieb|schreef)[ \t]+/.exec(line.slice(from, endAt));
  if (verb) from += verb[0].length;
  let to = endAt;
  to = Math.max(from, blanksVerbBlanks(line, to, true));
  const name = line.slice(from, to).trim();
  if (!name || !isPersonName(name)) return;
  const at = s + from + line.slice(from, to).indexOf(name);
  out.push({ start: at, end: at + name.length, type: "name" });
}

const isBlank = (c: string | undefined) => c === " " || c === "\t";

/** Where the blanks, the reply verb and the blanks that end `line` before `k` start, read back from `k` (each character
 *  looked at once). `blankBefore`: the verb counts only after a blank. */
function blanksVerbBlanks(line: string, k: number, blankBefore = false): number {
  while (k > 0 && isBlank(line[k - 1])) k--;
  const verb = VERBS.find((v) => line.endsWith(v, k) && (!blankBefore || isBlank(line[k - v.length - 1])));
  if (verb) k -= verb.length;
  while (k > 0 && isBlank(line[k - 1])) k--;
  return k;
}

/**
 * Where the end of a reply's quote header starts — "<address> wrote:", "(<address>) escribió:", "a écrit :", "schrieb
 * …:" — read back from the line's end, so blanks are looked at once however many there are; -1 when it has none.
 */
function quoteEnd(line: string): number {
  let k = line.length;
  while (k > 0 && isBlank(line[k - 1])) k--;
  if (line[k - 1] !== ":") return -1;
  k = blanksVerbBlanks(line, k - 1);
  if (line[k - 1] === ")") k--;
  if (line[k - 1] === ">") {
    const lt = line.lastIndexOf("<", k - 1);
    const inside = lt < 0 ? "" : line.slice(lt + 1, k - 1);
    if (inside.length >= 3 && inside.length <= 120 && !/[<>\n]/.test(inside)) k = lt;
  }
  if (line[k - 1] === "(") k--;
  return k;
}

/** The name of a trailer ("Signed-off-by: Jane Roe <…>"): before its "<address>", or the whole value. */
function trailerName(line: string, s: number, valueStart: number, out: PhiSpan[]) {
  const lt = line.indexOf("<", valueStart);
  const raw = line.slice(valueStart, lt < 0 ? line.length : lt);
  const name = raw.trim();
  if (!name || !isPersonName(name)) return;
  const at = s + valueStart + raw.indexOf(name);
  out.push({ start: at, end: at + name.length, type: "name" });
}

/**
 * A name written right before its address, anywhere: "Contact: Jane Roe (jroe@…)", "Jane Roe <jroe@…>". Two to four
 * capitalised words (a capital, then lower case: "AM" is no name word), then the address in brackets. A word starts only where no letter stands before it, so each
 * word is tried once. Team and mailbox names ("Support Team <…>", "GitHub Notifications <…>") stay.
 */
const NAME_BEFORE_ADDRESS =
  /(?<![\p{L}\p{M}'’.-])(\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*(?:[ \t]+\p{Lu}\p{Ll}[\p{L}\p{M}'’.-]*){1,3})[ \t]*[<(][^<>()\s@]{1,64}@[^<>()\s@]{1,255}[>)]/gu;

/** The same in RFC 2047 encoded words, as a raw header or a mail webhook's JSON writes a name that is not plain ASCII
 *  (`=?UTF-8?B?SmFuZSBSb2U=?= <jroe@…>`, `=?UTF-8?Q?J=C3=B6rg?= Schmidt <…>`): judged by what it says, decoded. */
const ENCODED_NAME_BEFORE_ADDRESS =
  /(?<![^\s"'(:,;])(=\?[^?\s]{1,40}\?[QqBb]\?[^?\s]{0,500}\?=(?:[ \t]{1,4}[^\s<>"]{1,75}){0,3})[ \t]{0,4}<[^<>()\s@]{1,64}@[^<>()\s@]{1,255}>/g;

export function findNamesBeforeAddresses(text: string, out: PhiSpan[]) {
  const first = out.length;
  NAME_BEFORE_ADDRESS.lastIndex = 0;
  for (let m = NAME_BEFORE_ADDRESS.exec(text); m; m = NAME_BEFORE_ADDRESS.exec(text)) {
    // A team's mailbox name (`Support Team <…>`) names no person; a person's name before a role's address (a one-person
    // practice's info@, a patient writing from a shared support@) is still a person's.
    if (isMailboxName(m[1])) continue;
    out.push({ start: m.index, end: m.index + m[1].length, type: "name" });
  }
  if (text.includes("=?")) {
    ENCODED_NAME_BEFORE_ADDRESS.lastIndex = 0;
    for (let m = ENCODED_NAME_BEFORE_ADDRESS.exec(text); m; m = ENCODED_NAME_BEFORE_ADDRESS.exec(text)) {
      const said = decodeEncodedWords(m[1]);
      if (said && isPersonName(said)) out.push({ start: m.index, end: m.index + m[1].length, type: "name" });
    }
  }
  // The same names wherever else they stand (the body under a header), in text order with the others.
  if (out.length === first) return;
  findEchoes(text, first, out);
  const found = out.splice(first).sort((a, b) => a.start - b.start || b.end - a.end);
  // One push a span: spreading hundreds of thousands of echoes overflows the call's arguments.
  for (const span of found) out.push(span);
}
