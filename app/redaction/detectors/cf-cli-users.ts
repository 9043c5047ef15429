// The account Cloud Foundry's CLI acts as, named at the end of its progress line: `Retrieving logs for app web in org
// acme / space dev as jdoe...`, `Getting apps in org acme / space dev as jdoe...`, `Pushing app web to org acme /
// space dev as jdoe...`. Developers paste it with the app's log (`cf logs`). The login goes; the app, the org and the
// space stay (an e-mail login is the e-mail detector's). Each `...` that ends a line is read once, its line at most
// LINE_MAX characters back.
import { lineStartWithin, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** What a CI runner or a wrapper writes before a line: a timestamp (`2024-01-01T10:00:00.1234567Z `) or a tag (`[cf] `). */
const PREFIX = String.raw`(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?Z?[ \t]+|\[[\w .-]{1,24}\][ \t]+)?`;
/** An org's or a space's name: one word. */
const NAME = String.raw`[^\s/]{1,128}`;
/** The login, up to the ellipsis. */
const LOGIN = String.raw`([^\s@]{1,128})`;
/**
 * cf's progress line, up to its ellipsis: a capitalised -ing verb, then the target (`in org acme / space dev`, `to org
 * acme`, `for org acme`; `Creating org acme`, `Deleting org acme`), or `Getting` a list of the foundation's own
 * (`Getting orgs`, `Getting buildpacks`, `Getting security groups`), then `as LOGIN`. Prose with the word `org` in it
 * (`Setting the org as expected...`) is not one.
 */
const CF_PROGRESS = new RegExp(
  `^[ \\t]*${PREFIX}(?:[A-Z][a-z]{1,20}ing [^\\n]{0,400}? (?:in|to|from|for) org ${NAME}(?: / space ${NAME})?` +
    `|(?:Creating|Deleting) org ${NAME}` +
    `|Getting (?:orgs|buildpacks|stacks|security groups|service brokers|feature flags|quotas|org quotas|space quotas|` +
    `domains|service offerings|isolation segments)) as ${LOGIN}$`,
);
const LINE_MAX = 1024;
/** cf's ellipsis, as printed (`...`) or as a chat or an editor turned it (`…`). */
const ELLIPSIS = /\.\.\.|\u2026/g;

export const cfCliCue = (text: string): boolean =>
  text.includes(" as ") && (text.includes("...") || text.includes("\u2026"));

export function findCfCliUsers(text: string, out: PhiSpan[]): void {
  ELLIPSIS.lastIndex = 0;
  for (let m = ELLIPSIS.exec(text); m; m = ELLIPSIS.exec(text)) {
    const dots = m.index;
    if (!endsLine(text, dots + m[0].length)) continue;
    const lineStart = lineStartWithin(text, dots, LINE_MAX);
    if (lineStart < 0) continue;
    const login = CF_PROGRESS.exec(text.slice(lineStart, dots))?.[1];
    // One word ending before the ellipsis (`as jdoe....` is no login), not a service account.
    if (!login || login.endsWith(".") || isNobodysLogin(login)) continue;
    const start = dots - login.length;
    out.push({ start, end: dots, type: "user_name" });
  }
}

/** Nothing but blanks (at most 16) between `from` and the line's end. */
function endsLine(text: string, from: number): boolean {
  for (let i = from; i < text.length && i < from + 16; i++) {
    const c = text[i];
    if (c === "\n" || c === "\r") return true;
    if (c !== " " && c !== "\t") return false;
  }
  return text.length - from <= 16;
}
