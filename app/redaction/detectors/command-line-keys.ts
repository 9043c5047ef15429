// A key and its secret passed to a program as bare arguments, side by side (`java Main <key> <secret>`, `python3
// send.py <api key> <api secret>`, `./run.sh <id> <secret>`): with no label, the pair is known by its place — two
// generated-looking arguments next to each other on a line that runs a program (after a prompt, `sudo`, `env`, `VAR=…`)
// — and both go. A single such argument (an id being looked up), UUIDs (request ids), hex facts (checksums, commit
// ranges) unless beside a known key, and words stay.
import type { ItemContext } from "../context";
import { splitLines } from "../http-text";
import { isSentinelOnly } from "../placeholders";
import { hasRandomShape } from "./random-strings";

/** Programs that run code given on the command line: interpreters, runtimes, build tools' exec, containers. */
const LAUNCHERS = new Set(
  "java javaw kotlin scala groovy python python2 python3 py pypy node nodejs deno bun ts-node tsx ruby php perl go dotnet mvn gradle gradlew npx npm yarn pnpm sh bash zsh pwsh powershell cargo rscript docker podman".split(
    " ",
  ),
);
/** Words that run the command after them: `sudo`, `env`, `time`, `nohup`, `nice`, `exec`. */
const WRAPPERS = new Set(["sudo", "env", "time", "nohup", "nice", "exec"]);
/** An environment variable set for the command (`API_KEY=x python3 …`). */
const ENV_ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]{0,63}=/;
/** Most wrapper words, flags and assignments read before the program. */
const MAX_PREFIX_WORDS = 8;
/** A shell prompt before the command (`$ `, `% `, `> `, `# `, `PS C:\src> `, cmd.exe's `C:\Users\dev>`), and a
 *  line's indent. */
const PROMPT = /^[ \t]*(?:PS [^>\n]{0,200}> ?|[A-Za-z]:\\[^>\n]{0,200}> ?|[$%>#] )?[ \t]*/;
/** Longest line read: a command line is short; a longer one is a log's or a data line. */
const MAX_LINE = 4096;

/** Hex mixing letters and digits, 16–128 long; a git commit's 40 stays (a pair of commits is a range). */
const HEX_KEY = /^(?=[0-9a-f]*[a-f])(?=[a-f]*\d)[0-9a-f]{16,128}$/i;
const isHexKey = (arg: string) => HEX_KEY.test(arg) && arg.length !== 40;
/** A generated key of a token's alphabet mixing cases and digits, 16–256 long. Hex alone is as often a fact (a
 *  checksum, a commit range, an id): a hex argument goes only beside a key already known as one. */
const isRandomKey = (arg: string) =>
  arg.length >= 16 && arg.length <= 256 && /^[A-Za-z0-9_+/=-]+$/.test(arg) && hasRandomShape(arg);
/** An argument without the quotes around it (`'Kq7…'`, `"Kq7…"`): [start, end) within the word. */
function unquoted(word: string): [number, number] {
  const q = word[0];
  return (q === "'" || q === '"') && word.length > 2 && word[word.length - 1] === q
    ? [1, word.length - 1]
    : [0, word.length];
}

/** Where the program's word starts: after the prompt, wrappers (`sudo -E env`), their flags and `VAR=value`s. */
function programStart(line: string, from: number): number {
  let at = from;
  let wrapped = false;
  for (let n = 0; n < MAX_PREFIX_WORDS; n++) {
    const word = /^[^\s]{1,200}/.exec(line.slice(at, at + 200))?.[0] ?? "";
    const isPrefix = WRAPPERS.has(word) || ENV_ASSIGNMENT.test(word) || (wrapped && word.startsWith("-"));
    if (!isPrefix) return at;
    wrapped ||= WRAPPERS.has(word);
    at += word.length;
    while (line[at] === " " || line[at] === "\t") at++;
  }
  return at;
}

/** The program a command line runs, after its prompt: a launcher's name (with a path or `.exe`) or `./script`. */
function runsProgram(line: string, from: number): boolean {
  const word = /^[^\s]{1,200}/.exec(line.slice(from, from + 200))?.[0] ?? "";
  if (word.startsWith("./") || word.startsWith(".\\")) return word.length > 2;
  const name = word
    .slice(Math.max(word.lastIndexOf("/"), word.lastIndexOf("\\")) + 1)
    .replace(/\.exe$/i, "")
    .toLowerCase();
  return LAUNCHERS.has(name);
}

export function redactCommandLineKeys(text: string, ctx: ItemContext): string {
  let changed = false;
  const lines = splitLines(text).map((line) => {
    if (line.length > MAX_LINE) return line;
    const start = PROMPT.exec(line)?.[0].length ?? 0;
    if (!runsProgram(line, programStart(line, start))) return line;
    const args = line.slice(start).split(/([ \t]+)/);
    // Even indexes are the words, odd ones the blanks between them.
    let touched = false;
    for (let i = 2; i < args.length; i += 2) {
      const word = args[i].replace(/\r?\n$/, "");
      const [from, to] = unquoted(word);
      const arg = word.slice(from, to);
      const [prevFrom, prevTo] = unquoted(args[i - 2]);
      const prev = args[i - 2].slice(prevFrom, prevTo);
      // A key already known: replaced before this pass, or found elsewhere in the paste (a MAC header's `id`).
      const prevKnown = isSentinelOnly(prev) || ctx.state.has(prev);
      const pairs = prevKnown ? isRandomKey(arg) || isHexKey(arg) : isRandomKey(arg) && isRandomKey(prev);
      if (!pairs) continue;
      if (!prevKnown)
        args[i - 2] = args[i - 2].slice(0, prevFrom) + ctx.secret(prev, "api_key") + args[i - 2].slice(prevTo);
      args[i] = args[i].slice(0, from) + ctx.secret(arg, "api_secret") + args[i].slice(to);
      touched = true;
    }
    if (!touched) return line;
    changed = true;
    return line.slice(0, start) + args.join("");
  });
  return changed ? lines.join("") : text;
}
