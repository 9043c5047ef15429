// Chat and ticket tools write a mention of a person as markup around the person's name or login: Teams
// `<at id="0">Megan Bowen</at>`, Jira wiki `[~jdoe7]`, Zulip `@**Quinn Lee**` (`@_**Quinn Lee**` silent,
// `@**Quinn Lee|55123**` with the user id). The name or login goes; a Jira Cloud mention by account id
// (`[~accountid:5b10a2844c20165700ede21g]`) and Zulip's user id stay. Read by a character scan: each opening is looked
// at within a bounded window, so the scan is linear.
import type { PhiSpan } from "./phi-span";

/** The longest label looked at (a display name, a login). */
const MAX_LABEL = 120;

interface MentionMarkup {
  /** What opens a mention; the label starts after `labelAfter` when given (Teams' `<at id="0">`), else right after. */
  open: string;
  labelAfter?: string;
  close: string;
  type: "name" | "user_name";
  /** Where the label's person part ends (before an id the markup carries), or the label's length. */
  personEnd?: (label: string) => number;
  /** Labels that name no one (an account id). */
  skip?: (label: string) => boolean;
}

/** A Jira login (`jdoe7`, `j.doe@corp`): not a path (`[~/htb/secure]`, a shell prompt's) nor an account id. */
const notJiraLogin = (l: string) => /^accountid:/i.test(l) || !/^[\w.@+-]+$/.test(l);
/** A Zulip name starts with a letter or digit and holds no star (`***@***.***`, a masked address, is none). */
const notZulipName = (l: string) => !/^[\p{L}\p{N}]/u.test(l) || l.includes("*");

const MARKUPS: MentionMarkup[] = [
  { open: "<at", labelAfter: ">", close: "</at>", type: "name" },
  { open: "[~", close: "]", type: "user_name", skip: notJiraLogin },
  { open: "@**", close: "**", type: "name", personEnd: zulipName, skip: notZulipName },
  { open: "@_**", close: "**", type: "name", personEnd: zulipName, skip: notZulipName },
];

/** `Quinn Lee|55123`: the name before the bar; the id after it stays. */
function zulipName(label: string): number {
  const bar = label.lastIndexOf("|");
  return bar < 0 ? label.length : bar;
}

export const mentionMarkupCue = (text: string) =>
  text.includes("<at") || text.includes("[~") || text.includes("@**") || text.includes("@_**");

export function findMentionLabels(text: string, out: PhiSpan[]) {
  for (const markup of MARKUPS) findMarkup(text, markup, out);
}

function findMarkup(text: string, m: MentionMarkup, out: PhiSpan[]) {
  let from = 0;
  for (;;) {
    const at = text.indexOf(m.open, from);
    if (at < 0) return;
    from = at + m.open.length;
    let start = from;
    if (m.labelAfter !== undefined) {
      // `<at>` or `<at id="0">`, not `<atom>`.
      if (text[start] !== ">" && text[start] !== " ") continue;
      const end = boundedIndexOf(text, m.labelAfter, start, MAX_LABEL);
      if (end < 0) continue;
      start = end + m.labelAfter.length;
    }
    const close = boundedIndexOf(text, m.close, start, MAX_LABEL);
    if (close < 0) continue;
    from = close + m.close.length;
    const label = text.slice(start, close);
    if (!label.trim() || label.includes("\n") || m.skip?.(label)) continue;
    const end = start + (m.personEnd?.(label) ?? label.length);
    if (text.slice(start, end).trim()) out.push({ start, end, type: m.type });
  }
}

/** Where `needle` starts in `text` from `start`, within `limit` characters; or -1. */
function boundedIndexOf(text: string, needle: string, start: number, limit: number): number {
  const i = text.slice(start, start + limit + needle.length).indexOf(needle);
  return i < 0 ? -1 : start + i;
}

/**
 * `text` with each mention's name or login replaced by `phi(label, type)`: for a value that is not read as free text
 * (a Teams message's HTML `content`, a Jira comment's wiki `body`).
 */
export function replaceMentionLabels(text: string, phi: (value: string, type: string) => string): string {
  const spans: PhiSpan[] = [];
  findMentionLabels(text, spans);
  if (spans.length === 0) return text;
  spans.sort((a, b) => a.start - b.start);
  let out = "";
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) continue;
    out += text.slice(pos, s.start) + phi(text.slice(s.start, s.end), s.type);
    pos = s.end;
  }
  return out + text.slice(pos);
}
