// The header block of a message pasted whole, forwarded or quoted in a reply ("-----Original Message-----", then
// From:, Sent:, To:, Cc:, Subject:; a raw message's headers; Outlook, Zimbra, Thunderbird and Telekom Mail in German,
// French, Italian, Spanish, Dutch, Chinese, Japanese): each recipient's and the sender's display name is a person's
// name, whatever list it is in or not. The address is left to the e-mail rule; the date and the subject stay.
//
// A block is a run of two or more header lines of different names, one of them the sender's (From, Sender, Von, De, Da, Van,
// 发件人, …) or an English recipients' (To, Cc, Bcc, Reply-To) — so one "De:" or "A:" line in prose, or a YAML "data:" above "a:", is no block. A line that
// goes on the header above it belongs to the run: a folded line (RFC 5322: it starts with a blank), and, under a
// recipients header, a line that starts with the next address or display name (`<`, `"`, GitHub's masked `***@`),
// as Zimbra and web mailers wrap a long list. In the sender's and the recipients' headers the value is cut into
// entries (at `;`, and at `,` once an entry holds its address; commas inside quotes and "Last, First" stay), and each
// entry's display name — before its `<address>`, `[mailto:…]`, `(Department)` or bare address, quotes taken off — goes
// when it reads as a person's (mailbox-names.ts). A `> ` quote prefix, CRLF line ends and `:` or `：` are read.
// One pass over the run: each line is read once, each entry once.
import type { PhiSpan } from "./phi-span";
import { isPersonName } from "../mailbox-names";
import { decodeEncodedWords } from "../encoded-words";

const SENDER = ["from", "sender", "von", "de", "da", "van", "发件人", "寄件者", "差出人"];
const RECIPIENTS = [
  ...["to", "cc", "bcc", "reply-to", "an", "antwort an", "à", "a", "cci", "répondre à", "ccn", "rispondi a", "para"],
  ...["cco", "aan", "收件人", "收件者", "抄送", "副本", "密送", "宛先"],
];
const OTHER = [
  ...["sent", "date", "subject", "gesendet", "datum", "betreff", "envoyé", "objet", "inviato", "data", "oggetto"],
  ...[
    "enviado",
    "enviado el",
    "fecha",
    "asunto",
    "verzonden",
    "onderwerp",
    "发送时间",
    "日期",
    "主题",
    "送信日時",
    "件名",
  ],
];
const KIND = new Map<string, "sender" | "people" | "other">([
  ...SENDER.map((n) => [n, "sender"] as const),
  ...RECIPIENTS.map((n) => [n, "people"] as const),
  ...OTHER.map((n) => [n, "other"] as const),
]);
/** Besides the sender's, the headers that make a run a block: English recipients (localised ones are short words). */
const ANCHORS = new Set(["to", "cc", "bcc", "reply-to"]);
const NAMES = [...KIND.keys()].sort((a, b) => b.length - a.length).join("|");

/** A header line: an optional quote prefix, a header name, a colon (a blank before it in French). */
export const HEADER_LINE = new RegExp(`^[ \\t>]*(${NAMES})[ \\t]*[:：]`, "iu");

/** A reply's quote marks, each with the blank after it. */
const QUOTE_MARKS = /^(?:[ \t]*>[ \t]?)*/;
/** A line that goes on the header above: folded (a blank first), or the next entry of a wrapped recipients list. */
const FOLDED = /^[ \t]+\S/;
const NEXT_ENTRY = /^(?:[<"']|\*{3}@)/;

interface Line {
  start: number;
  end: number;
}

/**
 * Reads the run of header lines that starts on the line [start, end): pushes the display names of a block's sender
 * and recipients to `out` and returns where the run ends (the end of its last line), so the caller resumes there.
 */
export function readHeaderBlock(text: string, start: number, end: number, out: PhiSpan[]): number {
  const names = new Set<string>();
  const written: string[] = [];
  const people: Line[] = [];
  let last: "sender" | "people" | "other" | null = null;
  let lineStart = start;
  let lineEnd = end;
  let runEnd = end;
  for (;;) {
    const line = text.slice(lineStart, lineEnd);
    const h = HEADER_LINE.exec(line);
    if (h) {
      const name = h[1].toLowerCase();
      written.push(h[1]);
      last = KIND.get(name) ?? "other";
      names.add(name);
      if (last !== "other") people.push({ start: lineStart + h[0].length, end: lineEnd });
    } else {
      const rest = line.slice(QUOTE_MARKS.exec(line)?.[0].length ?? 0);
      if (last === null || !(FOLDED.test(rest) || (last !== "other" && NEXT_ENTRY.test(rest)))) break;
      if (last !== "other") people.push({ start: lineStart, end: lineEnd });
    }
    runEnd = lineEnd;
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + 1;
    const nl = text.indexOf("\n", lineStart);
    lineEnd = nl < 0 ? text.length : nl;
  }
  if (names.size >= 2 && [...names].some((n) => KIND.get(n) === "sender" || ANCHORS.has(n))) {
    // Header names written in lower case and no address: a config's or a migration's lines as much as a message's. A
    // one-word lower-case value there (`from: staging`) is a word, not a login shown as a name.
    const configLike = !written.some((n) => n !== n.toLowerCase()) && !text.slice(start, runEnd).includes("@");
    for (const l of people) readEntries(text, l.start, l.end, out, configLike);
  }
  return runEnd;
}

/** The entries of a sender's or recipients' value in text[from, to): each display name that is a person's. */
function readEntries(text: string, from: number, to: number, out: PhiSpan[], configLike: boolean) {
  if (to > from && text.charCodeAt(to - 1) === 13) to--;
  let entry = from;
  let quoted = false;
  let angle = false;
  let addressed = false;
  for (let i = from; i <= to; i++) {
    const c = i < to ? text[i] : ";";
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === "<") angle = true;
    else if (c === ">") [angle, addressed] = [false, true];
    else if (c === "@") addressed = true;
    else if (!angle && (c === ";" || (c === "," && addressed))) {
      displayName(text, entry, i, out, configLike);
      [entry, addressed] = [i + 1, false];
    }
  }
}

/** Where an entry's display name ends: its `<address>`, `[mailto:`, a bracketed department, a bare or masked address
 *  (the word that holds the `@`). Native searches only, so a long entry is read a few times, never once per character. */
function nameEnd(entry: string): number {
  let cut = entry.length;
  for (const mark of ["<", "[", "(", "mailto:"]) {
    const at = entry.indexOf(mark);
    if (at >= 0 && at < cut) cut = at;
  }
  let at = entry.indexOf("@");
  if (at >= 0 && at < cut) {
    while (at > 0 && !/[\s"',;]/.test(entry[at - 1])) at--;
    cut = at;
  }
  return cut;
}

const EDGE = /[\s"',>]/;

function displayName(text: string, from: number, to: number, out: PhiSpan[], configLike: boolean) {
  const entry = text.slice(from, to);
  let end = nameEnd(entry);
  let start = 0;
  while (start < end && EDGE.test(entry[start])) start++;
  while (end > start && EDGE.test(entry[end - 1])) end--;
  const name = entry.slice(start, end);
  if (configLike && /^[\p{Ll}\d_.-]+$/u.test(name)) return;
  // A name in RFC 2047 encoded words (`=?ISO-8859-1?Q?Keld_J=F8rn_Simonsen?=`, `=?UTF-8?Q?J=C3=B6rg?= Schmidt`) is
  // judged by what it says.
  const said = name.includes("=?") ? (decodeEncodedWords(name) ?? name) : name;
  // Before a role's mailbox too: a one-person practice writes from its info@ under the person's name.
  if (name && isPersonName(said)) out.push({ start: from + start, end: from + end, type: "name" });
}
