// The bind password given to OpenLDAP's and 389's command-line tools: `ldapsearch -x -D "cn=admin,dc=…" -w secret`,
// `ldapwhoami … -w 123456`, `ldappasswd -a old -s new`. The value after `-w` (and ldappasswd's `-a`/`-s` old and new
// passwords) goes; the bind DN, the URI, the base and the filter stay. Only a line that runs one of these tools is
// read, word by word, at most MAX_LINE characters of it: linear in the text.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";

/** The tools, as the word that starts the command (after a prompt, `sudo`, a path). */
const TOOL = /(?<![\w-])(?:ldap(?:search|add|modify|delete|whoami|passwd|compare|modrdn|exop|url)|ldapvi)(?![\w-])/g;
/** Flags whose next word is a password: the bind password; ldappasswd's old and new ones. */
const PASSWORD_FLAGS = new Set(["-w"]);
const LDAPPASSWD_FLAGS = new Set(["-w", "-a", "-s"]);
const MAX_LINE = 4096;

export const ldapToolCue = (text: string): boolean => text.includes("ldap") && text.includes("-");

/** The end of the word starting at `i`: a quoted word to its closing quote, else to the next blank. */
function wordEnd(text: string, i: number, limit: number): number {
  const q = text[i];
  if (q === '"' || q === "'") {
    const close = text.indexOf(q, i + 1);
    return close < 0 || close > limit ? limit : close + 1;
  }
  let j = i;
  while (j < limit && text[j] !== " " && text[j] !== "\t") j++;
  return j;
}

export function redactLdapToolPasswords(text: string, ctx: ItemContext): string {
  if (!ldapToolCue(text)) return text;
  let out = "";
  let pos = 0;
  TOOL.lastIndex = 0;
  for (let m = TOOL.exec(text); m; m = TOOL.exec(text)) {
    const nl = text.indexOf("\n", m.index);
    const limit = Math.min(nl < 0 ? text.length : nl, m.index + MAX_LINE);
    const flags = m[0] === "ldappasswd" ? LDAPPASSWD_FLAGS : PASSWORD_FLAGS;
    let i = m.index + m[0].length;
    while (i < limit) {
      while (i < limit && (text[i] === " " || text[i] === "\t")) i++;
      if (i >= limit) break;
      const end = wordEnd(text, i, limit);
      const word = text.slice(i, end);
      i = end;
      if (!flags.has(word)) continue;
      while (i < limit && (text[i] === " " || text[i] === "\t")) i++;
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
