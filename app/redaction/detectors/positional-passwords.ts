// A password a command-line tool takes as a word of its own, by its place among the command's words: Oracle's
// `sqlplus scott/<password>@//db.example.com:1521/ORCL` (the user, a `/`, the password, then the connect string),
// Apache's `htpasswd -b <file> <user> <password>` (`-nb <user> <password>` prints the line instead of writing a file)
// `rabbitmqctl add_user <user> <password>` (`change_password`, `authenticate_user`), and Windows' `net use [X:]
// \\server\share <password> /user:<login>` (the last word after the share, also when the login was typed before it)
// and `net user <login> <password> /add`. The login, the file, the share, `/`-switches and the connect string stay;
// `sqlplus / as sysdba`, `sqlplus /nolog`, `sqlplus @/path/script.sql` and a `*` (prompt for it) give no password.
// Each command is read once, word by word, to its end (command-words.ts): linear in the text.
import type { ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";
import { commandEnds, isShellVariable, skipBlanks, unquoted, wordEnd } from "../command-words";

const TOOL = /(?<![\w.-])(sqlplus|htpasswd|rabbitmqctl|net)(?:\.exe)?(?![\w.-])/g;
/** Words read after the tool: the password comes within the first few. */
const MAX_WORDS = 8;
/** rabbitmqctl's subcommands whose second argument is a password. */
const RABBIT_PASSWORD_COMMANDS = new Set(["add_user", "change_password", "authenticate_user"]);

/** A command's words after the tool that are no flags, with where each is (quotes off), and its flags' letters. */
function readWords(text: string, from: number, limit: number) {
  const words: Array<{ from: number; to: number }> = [];
  let flags = "";
  let i = from;
  for (let n = 0; n < MAX_WORDS && i < limit; n++) {
    i = skipBlanks(text, i, limit);
    if (i >= limit) break;
    const end = wordEnd(text, i, limit);
    if (text[i] === "-") flags += text.slice(i + 1, end);
    else {
      const [a, b] = unquoted(text, i, end);
      words.push({ from: a, to: b });
    }
    i = end;
  }
  return { words, flags, end: i };
}

/** Where the password is in the words read, or null. */
function passwordAt(tool: string, text: string, words: Array<{ from: number; to: number }>, flags: string) {
  if (tool === "sqlplus") {
    // `user/password@connect` or `user/password`: the first word; `/` first is an OS login (`/ as sysdba`, `/nolog`).
    const w = words[0];
    if (!w) return null;
    const word = text.slice(w.from, w.to);
    const slash = word.indexOf("/");
    if (slash <= 0 || word[0] === "@") return null;
    const at = word.indexOf("@", slash);
    return { from: w.from + slash + 1, to: w.from + (at > slash ? at : word.length) };
  }
  if (tool === "net") return netPassword(text, words);
  if (tool === "htpasswd") return flags.includes("b") ? (words[flags.includes("n") ? 1 : 2] ?? null) : null;
  return RABBIT_PASSWORD_COMMANDS.has(words[0] ? text.slice(words[0].from, words[0].to) : "")
    ? (words[2] ?? null)
    : null;
}

/** A word that ends the command for cmd.exe: a pipe, `&&`, `&`, `;`, a redirection (`>`, `2>&1`, `<`). */
const CMD_OPERATOR = /^(?:[|&;<>]|\d>)/;

/** `net use`'s password (the word after the `\\server\share` word, or the second after a login typed there, then
 *  not a plain word) or `net user <login> <password>`'s; Windows' `/switches` are no words of it, and the command ends
 *  at an operator. More words after the share are prose (`… and got System error 1326`), no password. */
function netPassword(text: string, all: Array<{ from: number; to: number }>) {
  const end = all.findIndex((w) => CMD_OPERATOR.test(text.slice(w.from, w.to)));
  const words = (end === -1 ? all : all.slice(0, end)).filter(
    (w) => text[w.from] !== "/" && text.slice(w.from, w.to) !== "*",
  );
  const verb = words[0] ? text.slice(words[0].from, words[0].to).toLowerCase() : "";
  if (verb === "user") return words.length === 3 ? words[2] : null;
  if (verb !== "use") return null;
  const share = words.findIndex((w) => text.startsWith("\\\\", w.from));
  if (share <= 0) return null;
  const after = words.length - 1 - share;
  const last = words[words.length - 1];
  if (after === 1) return last;
  return after === 2 && /[^A-Za-z]/.test(text.slice(last.from, last.to)) ? last : null;
}

export function redactPositionalPasswords(text: string, ctx: ItemContext): string {
  if (!/sqlplus|htpasswd|rabbitmqctl|net /.test(text)) return text;
  let out = "";
  let pos = 0;
  const endOf = commandEnds(text);
  TOOL.lastIndex = 0;
  for (let m = TOOL.exec(text); m; m = TOOL.exec(text)) {
    const { words, flags, end } = readWords(text, m.index + m[0].length, endOf(m.index));
    TOOL.lastIndex = Math.max(TOOL.lastIndex, end);
    const at = passwordAt(m[1], text, words, flags);
    if (!at || at.from < pos || at.to <= at.from) continue;
    const password = text.slice(at.from, at.to);
    if (isSentinelOnly(password) || isShellVariable(password)) continue;
    out += text.slice(pos, at.from) + ctx.secret(password, "password");
    pos = at.to;
  }
  return out + text.slice(pos);
}
