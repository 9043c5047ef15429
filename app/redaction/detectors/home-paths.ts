// A home directory's user name in a file path — a traceback's `File "/home/jroe/…"`, a Node stack's
// `at /Users/jroe/…`, a .NET trace's `C:\Users\jroe\…` (any case, also JSON-escaped, `C:\\Users\\jroe\\`), WSL's
// `/mnt/c/Users/jroe/…`, a shell's `~jroe/…`: the login of the person who ran the code. The rest of the path stays
// (it tells where the error came from); build and service accounts (`/home/runner`, `/home/vagrant`, `/Users/Shared`)
// are nobody's.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** A profile root: Linux's `/home/`, macOS's `/Users/`, WSL's `/mnt/c/Users/`, Windows' `C:\Users\` (any case, also
 *  JSON-escaped `C:\\Users\\`), and a roaming home share's `\\server\users$\` (`homes`, `profiles`). */
const PROFILE_ROOT = String.raw`(?:\/home\/|\/Users\/|\/mnt\/[a-z]\/Users\/|[A-Za-z]:(?:\\{1,2}|\/)(?:Users|users|USERS)(?:\\{1,2}|\/)|\\{2,4}[\w.-]{1,63}\\{1,2}(?:[Uu]sers|USERS|[Hh]omes?|HOMES?|[Pp]rofiles|PROFILES)\$?\\{1,2})`;
/** The user segment: a letter first, at most 64 characters. */
const USER = String.raw`([A-Za-z][\w.-]{0,63})`;
/** The profile root (or `~`: alone the current user's home, `~name/` another's), the user, then a separator. */
const HOME = new RegExp(String.raw`(?:${PROFILE_ROOT}|~)${USER}(?=[/\\])`, "g");
/** A Windows profile folder named with blanks (a local account's `Maria Hernandez`), up to the `\` or the prompt's `>`
 *  after it: words of a name, not prose, as only a separator or a prompt's mark may follow the last. */
const SPACED_WINDOWS_HOME = new RegExp(
  String.raw`[A-Za-z]:\\{1,2}(?:Users|users|USERS)\\{1,2}([A-Za-z][\w.-]{0,63}(?: [A-Za-z0-9][\w.-]{0,63}){1,3})(?=\\|>)`,
  "g",
);
/** A home directory itself, the path ending at its user (sudo's `PWD=/home/jdoe ;`, `cd /Users/jdoe`): only under a
 *  profile root (`~name` alone may be prose, `~about 5`), then a blank, a quote, a bracket, `;`, `,` or the end. */
const HOME_ITSELF = new RegExp(String.raw`${PROFILE_ROOT}${USER}(?=[\s;,"'\`)\]>]|$)`, "g");
/** What says a path ending at its user is a shell's directory, right before it: `PWD=`, `OLDPWD=`, `HOME=`, `cwd=`,
 *  `cd `, `pushd `, a JSON key `"cwd": "`, `"home": "`, or a quote opening `"PWD=`. A request line (`GET /home/x`), a
 *  URL or prose (`Redirecting to /home/welcome`) is none: there `/home/x` is a page. */
const SHELL_DIRECTORY =
  /(?:\b(?:PWD|OLDPWD|HOME|cwd|CWD|pwd|home|dir)[ \t]{0,3}[=:][ \t]{0,3}["']?|\b(?:cd|pushd)[ \t]{1,3}|"(?:cwd|pwd|home|dir|workingDir|WorkingDir|homeDirectory)"[ \t]{0,3}:[ \t]{0,3}")$/;
/** How much before a home directory is read for `SHELL_DIRECTORY`. */
const SHELL_CUE_REACH = 24;
/** What may stand right before a path: the start, a blank, a quote or a bracket, `=`, `:` (file:///home/…). */
const BEFORE_PATH = /[\s"'`([{<=:,/]/;
/** What stands between a line's start and a Windows prompt's directory: nothing, PowerShell's `PS `, or a remote
 *  shell's tag before it (`*Evil-WinRM* PS `). */
const WINDOWS_PROMPT_START = /\n[ \t]*(?:\*[\w-]{1,20}\*[ \t]+)?(?:PS[ \t]+)?$/;
export function findHomeDirectoryUsers(text: string, out: PhiSpan[]): void {
  findUsers(HOME, text, out);
  findUsers(SPACED_WINDOWS_HOME, text, out);
  findUsers(
    HOME_ITSELF,
    text,
    out,
    (at, end) =>
      SHELL_DIRECTORY.test(text.slice(Math.max(0, at - SHELL_CUE_REACH), at)) ||
      isWindowsPromptDirectory(text, at, end) ||
      isWindowsProfileEndingLine(text, at, end),
  );
}

/** A Windows profile folder ending its line (`$env:USERPROFILE`'s or `echo %USERPROFILE%`'s output, Get-ChildItem
 *  Env:'s USERPROFILE row): `C:\Users\<name>` says it is a home directory by itself, unlike a bare `/home/x`. */
function isWindowsProfileEndingLine(text: string, at: number, end: number): boolean {
  if (text[at + 1] !== ":") return false;
  let i = end;
  while (text[i] === " " || text[i] === "\t" || text[i] === "\r") i++;
  return i === text.length || text[i] === "\n";
}

/** `PS C:\Users\jdoe> ` or cmd.exe's `C:\Users\jdoe>dir`: the home directory is the prompt's, the line's first word
 *  right before the mark. */
function isWindowsPromptDirectory(text: string, at: number, end: number): boolean {
  if (text[end] !== ">") return false;
  const from = Math.max(0, at - SHELL_CUE_REACH);
  return WINDOWS_PROMPT_START.test(from === 0 ? "\n" + text.slice(0, at) : text.slice(from, at));
}

/** A key whose string value is a directory (`"cwd": "/home/jdoe"`, `"homeDirectory"`, `"WorkingDir"`). */
const DIRECTORY_KEY = /^(?:cwd|pwd|oldpwd|home|homedir|homedirectory|dir|workingdir|workdir|working_dir|directory)$/i;

/** The home directories' users in one structured string value (JSON's), in order; under a key that names a directory
 *  the value may be the home directory itself. */
export function homeDirectoryUsersOf(value: string, key: string): PhiSpan[] {
  const out: PhiSpan[] = [];
  findUsers(HOME, value, out);
  const named = DIRECTORY_KEY.test(key);
  findUsers(HOME_ITSELF, value, out, (at) =>
    named && at === 0 ? true : SHELL_DIRECTORY.test(value.slice(Math.max(0, at - SHELL_CUE_REACH), at)),
  );
  return out.sort((a, b) => a.start - b.start);
}

function findUsers(
  pattern: RegExp,
  text: string,
  out: PhiSpan[],
  inContext = (_at: number, _end: number) => true,
): void {
  each(pattern, text, (m) => {
    const before = text[m.index - 1];
    if (!inContext(m.index, m.index + m[0].length)) return;
    // "/home/" after a host or a path segment (https://site/home/…, /api/Users/…) is not a profile's root.
    if (before !== undefined && !BEFORE_PATH.test(before)) return;
    if (before === "/" && !text.startsWith("file://", m.index - 7)) return;
    const user = m[1];
    if (isNobodysLogin(user)) return;
    const start = m.index + m[0].length - user.length;
    out.push({ start, end: start + user.length, type: "user_name" });
  });
}
