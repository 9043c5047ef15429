// A secret a command reads on its standard input, written on the command line as the literal fed to it: piped from
// `echo`/`printf` (`echo 'Pw' | docker login -u alice --password-stdin`), PowerShell's `Write-Output` or a bare string
// (`"Pw" | docker login …`), or given as a here-string (`docker login --password-stdin <<< 'Pw'`) or a process
// substitution (`< <(echo 'Pw')`). The commands that read one: a flag for a secret from stdin (`--password-stdin`,
// `--token-stdin`, `gh auth login --with-token`), `passwd --stdin`, and the ones fed a `login:password` pair
// (`chpasswd`, `base64` building a Basic credential: `$(echo -n 'id:secret' | base64)`), whose login stays. A `base64`
// fed a literal without a login is a secret when the line keeps the result in a variable (`TOKEN=$(base64 <<<
// 'hK8vQ2mZx7Lp')`) and it reads like a credential, not a word or a reference (`Patient/12724066`). A variable (`echo
// "$PW" |`), a file (`cat pw.txt |`), a placeholder (`echo 'YOUR_TOKEN' |`, as READMEs write the command) or an address
// (a URL, `host:port`) feeds no secret, nor a pair's variable password (`"myclient:$CLIENT_SECRET"`). Each consumer's
// stage of the pipeline is read once, word by word (command-words.ts), within its line: linear.
import { isR4ResourceType } from "~/diagnosis/knowledge/fhir-r4";
import { isSecretTemplateMarker, type ItemContext } from "../context";
import { looksLikeCredential } from "../headers";
import { isSentinelOnly } from "../placeholders";
import { isShellVariable, skipBlanks, unquoted, wordEnd } from "../command-words";
import { SHELL_PROMPT_SOURCE } from "../shell-prompts";
import { applyEdits, type Span } from "../text-edits";

/** The commands that read a secret on stdin; group 1 marks the ones fed `login:password`. */
const CONSUMER =
  /(?<![\w.-])(?:--(?:[\w-]{1,30}[-_])?(?:password|passwd|pass|token|secret)[-_]stdin|--with-token|passwd[ \t]{1,8}--stdin|(chpasswd|base64))(?![\w.-])/gi;
/** What prints the literal at a stage's start (after a prompt): `echo`/`printf` and their flags (`-n`, `-e`),
 *  PowerShell's `Write-Output`/`Write-Host`, or nothing before a quoted string (PowerShell prints a bare `"Pw" |`). */
const PRINT_COMMAND = String.raw`(?:echo|printf|[Ww]rite-(?:[Oo]utput|[Hh]ost))(?:[ \t]{1,8}-[A-Za-z]{1,3}){0,4}[ \t]{1,8}`;
/** printf's format printing its argument as it is (`printf '%s' 'Pw'`, the portable echo -n): the literal follows. */
const AS_IS_FORMAT = String.raw`(?:'%s(?:\\n)?'|"%s(?:\\n)?"|%s)[ \t]{1,8}`;
const PRINTER = new RegExp(
  String.raw`^[ \t]*(?:${SHELL_PROMPT_SOURCE}[ \t]*)?(?:${PRINT_COMMAND}(?:${AS_IS_FORMAT})?|(?=["']))`,
);
/** The login before a `login:password` pair's colon (`alice`, `my-client.id`, `svc@example.com`). */
const LOGIN = /^[\w.@+-]{1,128}:/;
/** An address, not a credential, whatever it is fed to: a URL (`https://fhir…/r4/<tenant>`) or a `host:port`. */
const ADDRESS = /:\/\/|^[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}:\d{1,5}$/;
/** A FHIR relative reference (`Patient/12724066`): group 1 the resource type. */
const REFERENCE = /^([A-Z][A-Za-z]{1,63})\/[A-Za-z0-9.-]{1,64}$/;
/** A command substitution kept in a variable: `TOKEN=$(`, `export AUTH=$(`. */
const ASSIGNED = /[A-Za-z_]\w{0,63}=\$\([ \t]*$/;
/** A stage's stdin redirected from a process substitution, whose `(` follows. */
const STDIN_FROM_SUBSTITUTION = /<[ \t]{1,8}<$/;
/** What ends a pipeline's stage: `|`, `;`, `&`, a substitution's brackets, a line's end. */
const STAGE_END = new Set(["|", ";", "&", "(", ")", "`", "\n", "\r"]);
/** Longest stretch of a line read on either side of a consumer. */
const MAX_STAGE = 4096;
/** How far before a substitution its variable's name is looked for. */
const MAX_ASSIGNMENT = 72;

/** Where the stage holding `at` starts and ends, read no further than MAX_STAGE and the line's bounds. */
function stageAround(text: string, at: number): [number, number] {
  let from = at;
  while (from > 0 && at - from < MAX_STAGE && !STAGE_END.has(text[from - 1])) from--;
  let to = at;
  while (to < text.length && to - at < MAX_STAGE && !STAGE_END.has(text[to])) to++;
  return [from, to];
}

/** The literal a stage feeds (`echo -n 'Pw'`, the whole stage) or a here-string gives (`<<< 'Pw'`), as [from, to). */
function literalIn(text: string, from: number, to: number, printer: boolean): [number, number] | undefined {
  let i = from;
  if (printer) {
    const m = PRINTER.exec(text.slice(from, to));
    if (!m) return undefined;
    i += m[0].length;
  } else {
    const here = text.slice(from, to).indexOf("<<<");
    if (here < 0) return undefined;
    i = skipBlanks(text, from + here + 3, to);
  }
  const end = wordEnd(text, i, to);
  // The printer's literal is its whole argument: `echo Pw > file` or `printf '%s' "$PW"` feeds no literal alone.
  if (i >= end || (printer && skipBlanks(text, end, to) < to)) return undefined;
  const [a, b] = unquoted(text, i, end);
  const literal = text.slice(a, b);
  const given = b > a && !literal.startsWith("$") && !literal.includes("%") && !isShellVariable(literal);
  return given && !isSecretTemplateMarker(literal) ? [a, b] : undefined;
}

/** The literal a process substitution feeds the stage [from, to) on stdin (`… --password-stdin < <(echo 'Pw')`). */
function substitutedLiteral(text: string, from: number, to: number): [number, number] | undefined {
  if (text[to] !== "(" || !STDIN_FROM_SUBSTITUTION.test(text.slice(Math.max(from, to - 16), to))) return undefined;
  const end = stageAround(text, to + 1)[1];
  return text[end] === ")" ? literalIn(text, to + 1, end, true) : undefined;
}

function isResourceReference(literal: string): boolean {
  const m = REFERENCE.exec(literal);
  return m !== null && isR4ResourceType(m[1]);
}

export function redactStdinSecrets(text: string, ctx: ItemContext): string {
  if (!/stdin|with-token|chpasswd|base64/i.test(text)) return text;
  const found: Span[] = [];
  CONSUMER.lastIndex = 0;
  for (let m = CONSUMER.exec(text); m; m = CONSUMER.exec(text)) {
    const [from, to] = stageAround(text, m.index);
    CONSUMER.lastIndex = Math.max(CONSUMER.lastIndex, to);
    // Piped from the stage before (`echo 'Pw' | …`), else a here-string in its own stage.
    const piped = text[from - 1] === "|" && text[from - 2] !== "|";
    const before = piped ? stageAround(text, from - 1)[0] : -1;
    let at = piped
      ? literalIn(text, before, from - 1, true)
      : (substitutedLiteral(text, from, to) ?? literalIn(text, from, to, false));
    if (!at || ADDRESS.test(text.slice(at[0], at[1]))) continue;
    const login = m[1] !== undefined ? LOGIN.exec(text.slice(at[0], at[1])) : null;
    if (login) {
      at = [at[0] + login[0].length, at[1]];
      if (text[at[0]] === "$") continue; // the shell expands it: a variable, as a whole literal `$PW` is
    } else if (m[1]?.toLowerCase() === "base64") {
      const start = piped ? before : from;
      if (!ASSIGNED.test(text.slice(Math.max(0, start - MAX_ASSIGNMENT), start))) continue;
      // Kept in a variable, what is encoded may still be a fact: a word, a resource reference (`Patient/12724066`).
      const literal = text.slice(at[0], at[1]);
      if (!looksLikeCredential(literal) || isResourceReference(literal)) continue;
    }
    if (at[1] > at[0] && !isSentinelOnly(text.slice(at[0], at[1]))) found.push({ start: at[0], end: at[1] });
  }
  return applyEdits(text, found, ({ start, end }) => ctx.secret(text.slice(start, end), "password"));
}
