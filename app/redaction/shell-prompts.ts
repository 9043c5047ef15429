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

/**
 * A prompt opening with `user@host` (bash, zsh, fish, RHEL's brackets, after a virtualenv's `(name)`): the user is
 * group 1. The directory after the host is `:path` or a blank and a path; the prompt mark (zsh's after a blank) ends it and is followed by
 * a blank or the line's end — an e-mail address opening a sentence has none.
 */
export const USER_AT_HOST_PROMPT =
  /^[ \t]*(?:\([\w.-]{1,40}\)[ \t]*)?\[?([A-Za-z_][\w.-]{0,31})@[A-Za-z0-9][\w-]{0,63}(?:\.[\w-]{1,63}){0,8}(?::[^\s$#%>\]]{0,200}|[ \t][^\s$#%>\]]{1,200})?\]?[ \t]?[$#%>](?=[ \t\r]|$)/gm;
