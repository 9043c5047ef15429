// The header block of a forwarded or quoted e-mail ("-----Original Message-----", then From:, Sent:, To:, Cc:,
// Subject:): the display names of the sender and the recipients are people's names, whatever list they are in or not.
// A block is two or more such header lines in a row, one of them From: or To:; in its From/To/Cc/Bcc/Reply-To lines
// each entry's display name goes (the address is left to the e-mail detector; a department in brackets, a repository
// path, a role such as "Author" and a team's or a mailbox's name such as "Support Team" stay). Lines may end in CRLF
// (Outlook, a .eml file). One pass over the lines.
import type { ItemContext } from "./context";
import { isMailboxName } from "./mailbox-names";

const HEADER = /^[ \t]*(From|To|Cc|Bcc|Reply-To|Sent|Date|Subject)[ \t]*:([^\r\n]*)\r?$/i;
const PEOPLE = /^(?:from|to|cc|bcc|reply-to)$/i;
/** A display name: one to five capitalised words ("Tamsin Quarrie", "Teres, Arnold", "O'Brian", "J. Doe"). */
const NAME = /^\p{Lu}[\p{L}'’.-]*(?:,?[ \t]+\p{Lu}[\p{L}'’.-]*){0,4}$/u;
/** Recipients that are roles, not people (GitHub's notification headers). */
const ROLES = new Set(["author", "mention", "comment", "team", "support", "you", "all"]);

/** The entry's display name (without the address and a bracketed department) with its offset, or null. */
function displayName(entry: string): { name: string; at: number } | null {
  const cut = entry.search(/[<[(]|\bmailto:/);
  const head = cut < 0 ? entry : entry.slice(0, cut);
  const name = head.trim().replace(/^["']|["']$/g, "");
  if (!name || name.includes("@") || !NAME.test(name) || ROLES.has(name.toLowerCase()) || isMailboxName(name))
    return null;
  return { name, at: entry.indexOf(name) };
}

function redactPeople(value: string, ctx: ItemContext): string {
  // Outlook separates recipients with ";"; other clients with "," between "Name <address>" entries.
  const parts = value.includes(";") ? value.split(/(;)/) : value.split(/(?<=>)(,)/);
  return parts
    .map((part) => {
      if (part === ";" || part === ",") return part;
      const n = displayName(part);
      return n ? part.slice(0, n.at) + ctx.phi(n.name, "name") + part.slice(n.at + n.name.length) : part;
    })
    .join("");
}

export function redactEmailHeaders(text: string, ctx: ItemContext): string {
  if (!/^[ \t]*(?:From|To)[ \t]*:/im.test(text)) return text;
  const lines = text.split("\n");
  let runStart = -1;
  let names = new Set<string>();
  const flush = (end: number) => {
    if (runStart >= 0 && names.size >= 2 && (names.has("from") || names.has("to")))
      for (let k = runStart; k < end; k++) {
        const m = HEADER.exec(lines[k]);
        if (!m || !PEOPLE.test(m[1])) continue;
        const at = m[0].length - m[2].length - (m[0].endsWith("\r") ? 1 : 0);
        lines[k] = lines[k].slice(0, at) + redactPeople(m[2], ctx) + lines[k].slice(at + m[2].length);
      }
    runStart = -1;
    names = new Set();
  };
  for (let i = 0; i < lines.length; i++) {
    const m = HEADER.exec(lines[i]);
    if (!m) {
      flush(i);
      continue;
    }
    if (runStart < 0) runStart = i;
    names.add(m[1].toLowerCase());
  }
  flush(lines.length);
  return lines.join("\n");
}
