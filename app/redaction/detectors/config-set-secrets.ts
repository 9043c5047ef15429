// A secret given to a tool's configuration command as the word after its key: `npm config set
// //registry.npmjs.org/:_authToken <token>`, `yarn config set npmAuthToken <token>`, `git config --global github.token
// <token>`, `aws configure set aws_secret_access_key <key>`, `dotnet user-secrets set "Api:ClientSecret" <secret>`,
// `poetry config pypi-token.pypi <token>`. The key's name says whether its value is a secret (secret-keys.ts): the
// value of a setting that names none (`registry`, `core.editor`) stays, and so does a shell expansion (`$TOKEN`). A
// `key=value` in one word is the key-value reader's. Each command is read once, word by word, to its end.
import { isSecretTemplateMarker, type ItemContext } from "../context";
import { isSentinelOnly } from "../placeholders";
import { commandEnds, isShellVariableAt, skipBlanks, unquoted, wordEnd } from "../command-words";
import { SHELL_PROMPT_SOURCE } from "../shell-prompts";
import { lineStartWithin } from "./phi-span";
import { labelNamesSecret, secretKey, type SecretKey } from "./secret-keys";

/** The configuration verbs (`config`, `config set`, `configure set`, `user-secrets set`) as whole words. */
const CONFIG_VERB = /(?<![\w.-])(?:config|configure|user-secrets)(?![\w.-])/g;
/** What stands before the verb on its line when it is a command (not prose about a config): a prompt, `sudo`, the
 *  program's word (`npm`, `/usr/bin/git`, `dotnet`) and its flags (`git -C app`). */
const COMMAND_HEAD = new RegExp(
  `^[ \\t]*\x60?(?:${SHELL_PROMPT_SOURCE}[ \\t]*)?(?:sudo[ \\t]+)?[\\w./\\\\-]{1,64}(?:[ \\t]+--?[\\w.-]{1,40})*[ \\t]+$`,
);
/** The verb after `config` (`set`, kubectl's `set-credentials <entry>`, `get-contexts`): the word after it is an
 *  entry's or a key's name, and `set-credentials` names no secret of its own. Its flags are the key-value reader's. */
const SUBCOMMAND = /^(?:set|unset|get|delete|rename|use|view)(?:-[a-z]{1,20}){0,2}$/;
/** Longest line head read before the verb. */
const MAX_HEAD = 300;
/** Words read after the verb for a key: `set`, flags (`--global`, `--location user`) and the key come first. */
const MAX_WORDS = 6;

export const configSetCue = (text: string): boolean => text.includes("config") || text.includes("user-secrets");

export function redactConfigSetSecrets(text: string, ctx: ItemContext): string {
  if (!configSetCue(text)) return text;
  let out = "";
  let pos = 0;
  const endOf = commandEnds(text);
  CONFIG_VERB.lastIndex = 0;
  for (let m = CONFIG_VERB.exec(text); m; m = CONFIG_VERB.exec(text)) {
    const lineStart = lineStartWithin(text, m.index, MAX_HEAD);
    if (lineStart < 0 || !COMMAND_HEAD.test(text.slice(lineStart, m.index))) continue;
    // One command's end serves every verb inside it: each stretch of the text is scanned for a line's end once.
    const limit = endOf(m.index);
    let key = "";
    let i = m.index + m[0].length;
    for (let n = 0; n < MAX_WORDS && i < limit; n++) {
      i = skipBlanks(text, i, limit);
      if (i >= limit) break;
      const end = wordEnd(text, i, limit);
      const [from, to] = unquoted(text, i, end);
      const word = text.slice(from, to);
      const named = key ? secretKey(key) : null;
      if (
        named &&
        !word.startsWith("-") &&
        isSecretValue(key, named, word) &&
        !isShellVariableAt(text, from, word) &&
        from >= pos
      ) {
        out += text.slice(pos, from) + ctx.secret(word, named.type);
        pos = to;
        break;
      }
      key = word.startsWith("-") || SUBCOMMAND.test(word) ? "" : word;
      i = end;
    }
    CONFIG_VERB.lastIndex = Math.max(CONFIG_VERB.lastIndex, i);
  }
  return pos ? out + text.slice(pos) : text;
}

const isSecretValue = (key: string, named: SecretKey, value: string): boolean =>
  !!value && !isSentinelOnly(value) && !isSecretTemplateMarker(value) && labelNamesSecret(key, named, value);
