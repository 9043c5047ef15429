// A home directory's user name in a file path — a traceback's `File "/home/jroe/…"`, a Node stack's
// `at /Users/jroe/…`, a .NET trace's `C:\Users\jroe\…` (also JSON-escaped, `C:\\Users\\jroe\\`): the login of the
// person who ran the code. The rest of the path stays (it tells where the error came from); build and service
// accounts (`/home/runner`, `/home/vagrant`, `/Users/Shared`) are nobody's.
import { each, type PhiSpan } from "./phi-span";

/** The profile root, then the user segment (a letter first, at most 64 characters), then a separator. */
const HOME = /(?:\/home\/|\/Users\/|[A-Za-z]:(?:\\{1,2}|\/)Users(?:\\{1,2}|\/))([A-Za-z][\w.-]{0,63})(?=[/\\])/g;
/** What may stand right before a path: the start, a blank, a quote or a bracket, `=`, `:` (file:///home/…). */
const BEFORE_PATH = /[\s"'`([{<=:,/]/;
/** Accounts of build machines, containers and the OS, not of a person. */
const NOT_A_PERSON = new Set(
  [
    "runner",
    "runneradmin",
    "vagrant",
    "ubuntu",
    "ec2-user",
    "centos",
    "debian",
    "admin",
    "administrator",
    "root",
    "node",
    "app",
    "user",
    "username",
    "www-data",
    "circleci",
    "jenkins",
    "travis",
    "build",
    "builder",
    "docker",
    "azureuser",
    "codespace",
    "gitpod",
    "vscode",
    "pi",
    "shared",
    "public",
    "default",
    "defaultapppool",
    "guest",
  ].map((w) => w.toLowerCase()),
);

export function findHomeDirectoryUsers(text: string, out: PhiSpan[]): void {
  each(HOME, text, (m) => {
    const before = text[m.index - 1];
    // "/home/" after a host or a path segment (https://site/home/…, /api/Users/…) is not a profile's root.
    if (before !== undefined && !BEFORE_PATH.test(before)) return;
    if (before === "/" && !text.startsWith("file://", m.index - 7)) return;
    const user = m[1];
    if (NOT_A_PERSON.has(user.toLowerCase())) return;
    const start = m.index + m[0].length - user.length;
    out.push({ start, end: start + user.length, type: "user_name" });
  });
}
