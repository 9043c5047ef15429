// The account a command-line tool says it is signed in as: `gh auth status`'s `✓ Logged in to github.com as jdoe
// (keyring)` and `✓ Logged in to github.com account jdoe (keyring)` (and its older `✓ token valid for github.com as
// jdoe`), `npm login`'s `Logged in as jdoe on https://registry.npmjs.org/.`, heroku's and firebase's `Logged in as …`,
// oc's `Logged into "https://api.crc.testing:6443" as "jdoe" using the token provided.`, and `ssh -v`'s
// `debug1: Authenticating to bastion.example.com:22 as 'jdoe'` (GitHub's `git` is nobody's). The login goes; the host, the
// registry and the token's source stay. An e-mail login is the e-mail detector's (it knows a service account's). The
// status opens its line — after blanks, a mark (`✓`, `✔`, `-`), a CI timestamp, `Success!` or `You are now` — so a
// sentence that says it in passing (`then I logged in as jdoe`) is prose, and `Logged in as expected` names no one.
// Each status is read once, its line at most REST_MAX characters on: linear in the text.
import { lineStartWithin, type PhiSpan } from "./phi-span";
import { isPersonsLogin } from "./nobodys-login";

const STATUS = /\b(?:logged in(?:to)?|signed in|token valid|authenticating to)\b/gi;
/** What may open the line before the status. */
const LEAD =
  /^[ \t]*(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?[ \t]+)?(?:debug\d: )?(?:[^\sA-Za-z0-9]{1,3}[ \t]*)?(?:(?:success!?|successfully|already|you are(?: now)?|you're(?: now)?|now)[ \t]+)?$/i;
const LEAD_MAX = 64;
/** After the status, on its line: the first ` as ` or ` account `, then the login (in quotes or brackets). */
const ACCOUNT = /^[^\n]{0,200}? (?:as|account) ["'[]?([^\s"'[\]()<>,;]{1,128})/;
const REST_MAX = 340;
/** Words that follow `as` in a status written as prose, and the articles and possessives before a description (`as the
 *  CI service account`, `as your user`). */
const NOT_A_LOGIN = new Set([
  ...["well", "expected", "usual", "before", "normal", "such", "required", "needed", "follows"],
  ...["the", "a", "an", "this", "that", "my", "our", "your", "his", "her", "their", "its"],
]);

export const cliSignInCue = (text: string): boolean => /logged in|signed in|token valid|authenticating to/i.test(text);

export function findCliSignIns(text: string, out: PhiSpan[]): void {
  STATUS.lastIndex = 0;
  for (let m = STATUS.exec(text); m; m = STATUS.exec(text)) {
    const lineStart = lineStartWithin(text, m.index, LEAD_MAX);
    if (lineStart < 0 || !LEAD.test(text.slice(lineStart, m.index))) continue;
    const after = m.index + m[0].length;
    const account = ACCOUNT.exec(text.slice(after, after + REST_MAX));
    if (!account) continue;
    const login = account[1].replace(/\.+$/, "");
    if (login.includes("@") || NOT_A_LOGIN.has(login.toLowerCase()) || !isPersonsLogin(login)) continue;
    const start = after + account[0].length - account[1].length;
    out.push({ start, end: start + login.length, type: "user_name" });
  }
}
