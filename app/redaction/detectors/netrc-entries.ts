// A `.netrc` (or Windows `_netrc`) entry: `machine <host> login <login> password <password>`, written on one line or
// over several (`machine api.example.org` then `  login jdoe` and `  password …`), maybe commented out (`#machine …`:
// still the password). Its words come in pairs, a keyword and its value; the password and the account go, the login
// goes as a person's (a service's placeholder login stays), the host and the keywords stay. An entry starts at a line
// whose first word is `machine` or `default`; it runs on over the lines that start with another keyword. Each line is
// read once, word by word: linear.
import type { ItemContext } from "../context";
import { isNobodysLogin } from "./nobodys-login";
import { applyEdits } from "../text-edits";

/** An entry's first line: `machine` and a host, then a keyword or the line's end (not prose: "machine learning …"),
 *  or `default` and a keyword. */
const ENTRY_START =
  /^[ \t]*(?:#[ \t]*)?(?:machine[ \t]+[^\s#]+(?:[ \t]+(?:login|password|account|port|protocol)[ \t]|[ \t]*\r?$)|default(?:[ \t]+(?:login|password|account)[ \t]|[ \t]*\r?$))/;
const CONTINUATION = /^[ \t]*(?:#[ \t]*)?(?:login|password|account|port|protocol)[ \t]+\S/;
const WORD = /\S+/g;
/** Longest line read: an entry is short. */
const MAX_LINE = 1024;

export const netrcCue = (text: string): boolean => text.includes("machine") || text.includes("default");

export function redactNetrcEntries(text: string, ctx: ItemContext): string {
  if (!netrcCue(text) || !/\b(?:login|password)\b/.test(text)) return text;
  let out = "";
  let inEntry = false;
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end);
    inEntry = line.length <= MAX_LINE && (ENTRY_START.test(line) || (inEntry && CONTINUATION.test(line)));
    out += (inEntry ? redactEntryLine(line, ctx) : line) + (nl < 0 ? "" : "\n");
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** The words of an entry that take a value after them. */
const KEYWORDS = new Set(["machine", "login", "password", "account", "port", "protocol"]);

/** One line of an entry: each keyword's value after it, the password's and account's as secrets, the login's as a
 *  person's. A line whose words do not pair up as keywords and values is prose ("default password for the admin
 *  login …"): kept as written. */
function redactEntryLine(line: string, ctx: ItemContext): string {
  const edits: { start: number; end: number; to: "password" | "user_name" }[] = [];
  let keyword = "";
  for (const m of line.matchAll(WORD)) {
    const lower = m[0].replace(/^#/, "").toLowerCase();
    if (!keyword) {
      // `default` stands alone: the words after it pair up again.
      if (lower === "default") continue;
      if (!KEYWORDS.has(lower)) return line;
      keyword = lower;
      continue;
    }
    const value = m[0];
    const span = { start: m.index, end: m.index + value.length };
    if (keyword === "password" || keyword === "account") edits.push({ ...span, to: "password" });
    else if (keyword === "login" && !isNobodysLogin(value)) edits.push({ ...span, to: "user_name" });
    keyword = "";
  }
  return applyEdits(line, edits, ({ start, end, to }) => {
    const value = line.slice(start, end);
    return to === "password" ? ctx.secret(value, to) : ctx.phi(value, to);
  });
}
