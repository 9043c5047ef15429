// A home directory's user name in a file path — a traceback's `File "/home/jroe/…"`, a Node stack's
// `at /Users/jroe/…`, a .NET trace's `C:\Users\jroe\…` (any case, also JSON-escaped, `C:\\Users\\jroe\\`), WSL's
// `/mnt/c/Users/jroe/…`, a shell's `~jroe/…`: the login of the person who ran the code. The rest of the path stays
// (it tells where the error came from); build and service accounts (`/home/runner`, `/home/vagrant`, `/Users/Shared`)
// are nobody's.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** The profile root, then the user segment (a letter first, at most 64 characters), then a separator. Windows paths
 *  ignore case (`c:\users\`); `~` alone is the current user's home, `~name/` another's. */
const HOME =
  /(?:\/home\/|\/Users\/|\/mnt\/[a-z]\/Users\/|~|[A-Za-z]:(?:\\{1,2}|\/)(?:Users|users|USERS)(?:\\{1,2}|\/))([A-Za-z][\w.-]{0,63})(?=[/\\])/g;
/** A home directory itself, the path ending at its user (sudo's `PWD=/home/jdoe ;`, `cd /Users/jdoe`): only under a
 *  profile root (`~name` alone may be prose, `~about 5`), then a blank, a quote, a bracket, `;`, `,` or the end. */
const HOME_ITSELF =
  /(?:\/home\/|\/Users\/|\/mnt\/[a-z]\/Users\/|[A-Za-z]:(?:\\{1,2}|\/)(?:Users|users|USERS)(?:\\{1,2}|\/))([A-Za-z][\w.-]{0,63})(?=[\s;,"'`)\]>]|$)/g;
/** What may stand right before a path: the start, a blank, a quote or a bracket, `=`, `:` (file:///home/…). */
const BEFORE_PATH = /[\s"'`([{<=:,/]/;
export function findHomeDirectoryUsers(text: string, out: PhiSpan[]): void {
  findUsers(HOME, text, out);
  findUsers(HOME_ITSELF, text, out);
}

function findUsers(pattern: RegExp, text: string, out: PhiSpan[]): void {
  each(pattern, text, (m) => {
    const before = text[m.index - 1];
    // "/home/" after a host or a path segment (https://site/home/…, /api/Users/…) is not a profile's root.
    if (before !== undefined && !BEFORE_PATH.test(before)) return;
    if (before === "/" && !text.startsWith("file://", m.index - 7)) return;
    const user = m[1];
    if (isNobodysLogin(user)) return;
    const start = m.index + m[0].length - user.length;
    out.push({ start, end: start + user.length, type: "user_name" });
  });
}
