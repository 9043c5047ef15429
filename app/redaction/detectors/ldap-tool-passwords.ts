// The bind password given to OpenLDAP's and 389's command-line tools: `ldapsearch -x -D "cn=admin,dc=…" -w secret`,
// `ldapwhoami … -w 123456`, `ldappasswd -a old -s new`. The value after `-w` (and ldappasswd's `-a`/`-s` old and new
// passwords) goes, attached (`-wSecret`) or not; the bind DN, the URI, the base and the filter stay. Only a command that
// runs one of these tools is read (its line, and the next ones while a line ends in `\` as wrapped commands do), word by
// word, at most MAX_LINE characters of it: linear in the text.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/** The tools, as the word that starts the command (after a prompt, `sudo`, a path). */
const TOOL = /(?<![\w-])(?:ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn|exop|url)|ldapvi)(?![\w-])/g;
/** Flags whose next word is a password: the bind password; ldappasswd's old and new ones. */
const PASSWORD_FLAGS = new Set(["-w"]);
const LDAPPASSWD_FLAGS = new Set(["-w", "-a", "-s"]);
const MAX_LINE = 4096;

export const ldapToolCue = (text: string): boolean => text.includes("ldap") && text.includes("-");

/** A line break, or a `\\` that wraps the command onto the next line (`ldapsearch -x \\⏎  -w secret`). */
const isBreak = (text: string, i: number): boolean =>
  text[i] === "\n" || text[i] === "\r" || (text[i] === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r"));
const isBlank = (text: string, i: number): boolean => text[i] === " " || text[i] === "\t" || isBreak(text, i);

/** Where the command that starts at `from` ends: its line's end, or a later line's when a line ends in `\\`. */
function commandEnd(text: string, from: number): number {
  const cap = Math.min(text.length, from + MAX_LINE);
  for (let i = from; i < cap; i++) {
    if (text[i] !== "\n") continue;
    const before = text[i - 1] === "\r" ? i - 2 : i - 1;
    if (text[before] !== "\\") return i;
  }
  return cap;
}

/** The end of the word starting at `i`: a quoted word to its closing quote (`\\"` inside `"…"` escapes), else to the
 *  next blank. */
function wordEnd(text: string, i: number, limit: number): number {
  const q = text[i];
  if (q === '"' || q === "'") {
    for (let j = i + 1; j < limit; j++) {
      if (q === '"' && text[j] === "\\") j++;
      else if (text[j] === q) return j + 1;
    }
    return limit;
  }
  let j = i;
  while (j < limit && !isBlank(text, j)) j++;
  return j;
}

export function redactLdapToolPasswords(text: string, ctx: ItemContext): string {
  if (!ldapToolCue(text)) return text;
  let out = "";
  let pos = 0;
  TOOL.lastIndex = 0;
  for (let m = TOOL.exec(text); m; m = TOOL.exec(text)) {
    const limit = commandEnd(text, m.index);
    const flags = m[0] === "ldappasswd" ? LDAPPASSWD_FLAGS : PASSWORD_FLAGS;
    let i = m.index + m[0].length;
    while (i < limit) {
      while (i < limit && isBlank(text, i)) i++;
      if (i >= limit) break;
      let end = wordEnd(text, i, limit);
      const word = text.slice(i, end);
      // getopt takes a flag's value attached too: `-wS3cr3t`.
      const attached = word.length > 2 && word[0] === "-" && word[1] !== "-" && flags.has(word.slice(0, 2));
      if (attached) end = i + 2;
      i = end;
      if (!attached && !flags.has(word)) continue;
      while (!attached && i < limit && isBlank(text, i)) i++;
      if (i >= limit) break;
      const valueEnd = wordEnd(text, i, limit);
      const quoted = text[i] === '"' || text[i] === "'";
      const from = quoted ? i + 1 : i;
      const to = quoted && text[valueEnd - 1] === text[i] && valueEnd - 1 > from ? valueEnd - 1 : valueEnd;
      const value = text.slice(from, to);
      if (value && !value.startsWith("-") && !isSentinelOnly(value) && from >= pos) {
        out += text.slice(pos, from) + ctx.secret(value, "password");
        pos = to;
      }
      i = valueEnd;
    }
    TOOL.lastIndex = Math.max(TOOL.lastIndex, limit);
  }
  return out + text.slice(pos);
}
