// A key and its secret passed to a program as bare arguments, side by side (`java Main <key> <secret>`, `python3
// send.py <api key> <api secret>`, `./run.sh <id> <secret>`): with no label, the pair is known by its place — two
// generated-looking arguments next to each other on a line that runs a program — and both go. A single such argument
// (an id being looked up), UUIDs (request ids), a pair of git commits and words stay.
import type { ItemContext } from "../context";
import { splitLines } from "../http-text";
import { isSentinelOnly } from "../placeholders";
import { hasRandomShape } from "./random-strings";

/** Programs that run code given on the command line: interpreters, runtimes, build tools' exec. */
const LAUNCHERS = new Set(
  "java javaw kotlin scala groovy python python2 python3 py pypy node nodejs deno bun ts-node tsx ruby php perl go dotnet mvn gradle gradlew npx npm yarn pnpm sh bash zsh pwsh powershell cargo rscript".split(
    " ",
  ),
);
/** A shell prompt before the command (`$ `, `% `, `> `, `# `, `PS C:\src> `), and a line's indent. */
const PROMPT = /^[ \t]*(?:PS [^>\n]{0,200}> ?|[$%>#] )?[ \t]*/;
/** Longest line read: a command line is short; a longer one is a log's or a data line. */
const MAX_LINE = 4096;

/** Hex mixing letters and digits, 16–128 long; a git commit's 40 stays (a pair of commits is a range). */
const HEX_KEY = /^(?=[0-9a-f]*[a-f])(?=[a-f]*\d)[0-9a-f]{16,128}$/i;
const isHexKey = (arg: string) => HEX_KEY.test(arg) && arg.length !== 40;
/** A generated key: hex as above, or 16–256 characters of a token's alphabet mixing cases and digits. */
const isKeyShaped = (arg: string) =>
  isHexKey(arg) || (arg.length >= 16 && arg.length <= 256 && /^[A-Za-z0-9_+/=-]+$/.test(arg) && hasRandomShape(arg));

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
    if (!runsProgram(line, start)) return line;
    const args = line.slice(start).split(/([ \t]+)/);
    // Even indexes are the words, odd ones the blanks between them.
    let touched = false;
    for (let i = 2; i < args.length; i += 2) {
      const prev = args[i - 2];
      const arg = args[i].replace(/\r?\n$/, "");
      const prevKnown = isSentinelOnly(prev);
      if (!isKeyShaped(arg) || !(prevKnown || isKeyShaped(prev))) continue;
      if (!prevKnown) args[i - 2] = ctx.secret(prev, "api_key");
      args[i] = ctx.secret(arg, "api_secret") + args[i].slice(arg.length);
      touched = true;
    }
    if (!touched) return line;
    changed = true;
    return line.slice(0, start) + args.join("");
  });
  return changed ? lines.join("") : text;
}
