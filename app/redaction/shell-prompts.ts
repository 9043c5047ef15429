// A shell prompt at the start of a pasted line, before the command typed at it. Sessions are pasted whole — the prompt
// with its user, host and directory, then the command — in each shell's own shape:
//   `$ `, `# `, `sh-5.0$ `               a bare prompt
//   `jdoe@host:~/app$ `                   bash (Debian, Ubuntu)
//   `[jdoe@host app]$ `                   bash (RHEL, Fedora)
//   `jdoe@host ~ % `                      zsh (macOS's default)
//   `jdoe@host ~/app> `                   fish
//   `host:~ jdoe$ `                       bash on older macOS
//   `PS C:\> `                            PowerShell
//   `jdoe@host:~/app (main)$ `            a git branch (__git_ps1, Git Bash)
//   `[jdoe@host ~/my app]$ `              a directory with a blank
//   `jdoe@host ~/app ❯ `, `λ `, `» `       starship, pure, powerlevel10k and other themes
//   `➜  app git:(main) ✗ `                oh-my-zsh's default theme (the mark comes first)
//   `web-1  | $ `                         behind a docker compose service prefix or a CI timestamp
// A prompt is up to five words without quotes (blank-separated) and then a mark, or oh-my-zsh's arrow and up to four
// words. Each word is bounded and cannot hold a mark, so a line is read in a bounded number of steps from its start;
// the sources are meant to be anchored at a line's start and followed by the command.

/** A word of a prompt: a user, a host, a directory, a branch, a prefix; no blank, quote or prompt mark. */
const WORD = String.raw`[^\s"'\x60$#%>❯»]{1,80}`;

/** A prompt, as a regular-expression source (no anchor, no capture group). */
export const SHELL_PROMPT_SOURCE = String.raw`(?:(?:${WORD}(?:[ \t]+${WORD}){0,4})?[ \t]?[$#%>❯»λ]|[➜→][ \t]+(?:${WORD}[ \t]+){0,4})`;

/** What may stand before a prompt on a pasted line: a CI runner's timestamp, a docker compose service's `web-1  | `. */
const LINE_PREFIX = String.raw`(?:\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z?[ \t]+|[\w.-]{1,64}[ \t]+\|[ \t]+)?`;
/** A login as shells print it, in any script (`jörg`). */
const LOGIN = String.raw`[\p{L}_][\p{L}\p{N}_.-]{0,31}`;
const HOST = String.raw`[\p{L}\p{N}][\p{L}\p{N}_-]{0,63}(?:\.[\p{L}\p{N}_-]{1,63}){0,8}`;

/**
 * Prompts that name the login, each with the login as group 1 (flag `d` gives its place):
 *  - `user@host` (bash, zsh, fish, RHEL's brackets, after a virtualenv's `(name)`), then `:path` and up to three words
 *    (a directory with a blank, a git branch), then a mark followed by a blank or the line's end — an e-mail address
 *    opening a sentence has none;
 *  - Git Bash's first line, `user@HOST MINGW64 ~/dir (branch)` (its mark is on the next line);
 *  - older macOS's `host:dir user$` (no blank after the colon, unlike prose);
 *  - Kali's `┌──(user㉿host)-[~/dir]`.
 * Each may stand behind a CI timestamp or a compose prefix. Every part is bounded. `needs`: a character every match
 * holds, so a text without it is not read by the pattern at all (its line-start anchor is tried on every line).
 */
export const PROMPT_LOGINS: ReadonlyArray<{ pattern: RegExp; needs: string }> = [
  {
    needs: "@",
    source: String.raw`\[?(${LOGIN})@${HOST}(?::[^\s$#%>\]]{0,200})?(?:[ \t]+[^\s$#%>\]]{1,200}){0,3}\]?[ \t]?[$#%>❯»](?=[ \t\r]|$)`,
  },
  { needs: "@", source: String.raw`(${LOGIN})@${HOST}[ \t]+(?:MINGW|MSYS|UCRT|CLANG)(?:32|64)?(?=[ \t\r]|$)` },
  { needs: "$", source: String.raw`${HOST}:[^\s$#%>:]{1,200}[ \t](${LOGIN})\$(?=[ \t\r]|$)` },
  { needs: "㉿", source: String.raw`┌──\((${LOGIN})㉿` },
].map(({ needs, source }) => ({
  needs,
  pattern: new RegExp(String.raw`^[ \t]*${LINE_PREFIX}(?:\([\w.-]{1,40}\)[ \t]*)?${source}`, "gmud"),
}));
