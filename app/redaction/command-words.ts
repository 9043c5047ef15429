// A command typed at a shell, read word by word as the shell splits it: its line, and the next ones while a line ends
// in `\\` as wrapped commands do, at most MAX_LINE characters; a quoted word to its closing quote.
import { SHELL_PROMPT_SOURCE } from "./shell-prompts";
import { lineStartWithin } from "./detectors/phi-span";

/** Longest command read: a command line is short; a longer line is a log's or a data line. */
const MAX_LINE = 4096;

/** A line break, or a `\\` that wraps the command onto the next line (`ldapsearch -x \\⏎  -w secret`). */
const isBreak = (text: string, i: number): boolean =>
  text[i] === "\n" || text[i] === "\r" || (text[i] === "\\" && (text[i + 1] === "\n" || text[i + 1] === "\r"));
const isBlank = (text: string, i: number): boolean => text[i] === " " || text[i] === "\t" || isBreak(text, i);

/** Where the command that starts at `from` ends: its line's end, or a later line's when a line ends in `\\`. */
export function commandEnd(text: string, from: number): number {
  const cap = Math.min(text.length, from + MAX_LINE);
  for (let i = from; i < cap; i++) {
    if (text[i] !== "\n") continue;
    const before = text[i - 1] === "\r" ? i - 2 : i - 1;
    if (text[before] !== "\\") return i;
  }
  return cap;
}

/** commandEnd for a scan's matches in text order: one command's end serves every match inside it, so each stretch of
 *  the text is scanned for a line's end once. */
export function commandEnds(text: string): (at: number) => number {
  let limit = 0;
  return (at) => (at < limit ? limit : (limit = commandEnd(text, at)));
}

/** The first character at or after `i` that is no blank (nor a wrapped line's `\\`), or `limit`. */
export function skipBlanks(text: string, i: number, limit: number): number {
  while (i < limit && isBlank(text, i)) i++;
  return i;
}

/** The end of the word starting at `i`: a quoted word to its closing quote (`\\"` inside `"…"` escapes), else to the
 *  next blank. */
export function wordEnd(text: string, i: number, limit: number): number {
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

/** The word from `i` to `end` without the quotes around it: [from, to). */
export function unquoted(text: string, i: number, end: number): [number, number] {
  const quoted = text[i] === '"' || text[i] === "'";
  const from = quoted ? i + 1 : i;
  return [from, quoted && text[end - 1] === text[i] && end - 1 > from ? end - 1 : end];
}

/** A shell variable in a value's place (`$ACCESS_TOKEN`, PowerShell's `$env:API_KEY`): in capitals, as environment
 *  variables are named (`$ecret1` may be a password). */
const SHELL_VARIABLE = /^\$(?:[A-Z_][A-Z0-9_]{0,63}|env:[A-Za-z_]\w{0,63})$/;
/** A shell variable where the text is a command by construction (a parsed curl command's argument). */
export const isShellVariable = (value: string): boolean => SHELL_VARIABLE.test(value.trim());
/** What opens a command line: a prompt, a program's word (lower-case, a path, PowerShell's Verb-Noun) and a blank, or
 *  a flag that goes on a wrapped command (`  -H "Authorization: Bearer $TOKEN" \\`). A key (`password: `,
 *  `CLIENT_SECRET=`), a document's structure (`{"password": "`, `- `) or prose's capital opens none. */
const COMMAND_LINE_HEAD = new RegExp(
  String.raw`^[ \t]*(?:${SHELL_PROMPT_SOURCE}|[a-z.~/\\][\w.~/\\-]{0,63}[ \t]|[A-Z][a-z]{1,20}-[A-Z]\w{0,40}[ \t]|--?[A-Za-z][\w-]{0,40}[ \t])`,
);

/** A `$VARIABLE` that the shell expands, so no secret: the value at `at` on a command line. In a YAML or JSON document
 *  or an env file no shell runs, and `$WINTER2024` there is the password itself. */
export function isShellVariableAt(text: string, at: number, value: string): boolean {
  if (!isShellVariable(value)) return false;
  const lineStart = lineStartWithin(text, at, MAX_LINE);
  return lineStart >= 0 && COMMAND_LINE_HEAD.test(text.slice(lineStart, at));
}
