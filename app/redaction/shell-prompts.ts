// A shell prompt at the start of a pasted line, before the command typed at it. Sessions are pasted whole — the prompt
// with its user, host and directory, then the command — in each shell's own shape:
//   `$ `, `# `, `sh-5.0$ `               a bare prompt
//   `jdoe@host:~/app$ `                   bash (Debian, Ubuntu)
//   `[jdoe@host app]$ `                   bash (RHEL, Fedora)
//   `jdoe@host ~ % `                      zsh (macOS's default)
//   `jdoe@host ~/app> `                   fish
//   `host:~ jdoe$ `                       bash on older macOS
//   `PS C:\> `                            PowerShell
// Every part is bounded, and the sources are meant to be anchored at a line's start.

/** A prompt, as a regular-expression source (no anchor, no capture group). */
export const SHELL_PROMPT_SOURCE = String.raw`(?:PS [^>\n]{0,80}>|\[[\w.@:~/-]{1,80}(?:[ \t][\w.~/-]{1,80})?\][$#%]|[\w.@:~/\\()[\]-]{0,80}(?:[ \t][\w.~/\\-]{1,80})?[ \t]?[$#%>])`;

/**
 * A prompt opening with `user@host` (bash, zsh, fish, RHEL's brackets, after a virtualenv's `(name)`): the user is
 * group 1. The directory after the host is `:path` or a blank and a path; the prompt mark (zsh's after a blank) ends it and is followed by
 * a blank or the line's end — an e-mail address opening a sentence has none.
 */
export const USER_AT_HOST_PROMPT =
  /^[ \t]*(?:\([\w.-]{1,40}\)[ \t]*)?\[?([A-Za-z_][\w.-]{0,31})@[A-Za-z0-9][\w-]{0,63}(?:\.[\w-]{1,63}){0,8}(?::[^\s$#%>\]]{0,200}|[ \t][^\s$#%>\]]{1,200})?\]?[ \t]?[$#%>](?=[ \t\r]|$)/gm;
