// The account Cloud Foundry's CLI acts as, named at the end of its progress line: `Retrieving logs for app web in org
// acme / space dev as jdoe...`, `Getting apps in org acme / space dev as jdoe...`, `Pushing app web to org acme /
// space dev as jdoe...`. Developers paste it with the app's log (`cf logs`). The login goes; the app, the org and the
// space stay (an e-mail login is the e-mail detector's). Each `...` that ends a line is read once, its line at most
// LINE_MAX characters back.
import type { PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** The progress line's start: a capitalised verb in -ing (`Getting`, `Retrieving`, `Creating`). */
const ING_VERB = /^[ \t]*[A-Z][a-z]{1,20}ing /;
/** The line names an org (`in org acme`, `Getting orgs as …`): what makes it cf's, not any sentence ending in `as x...`. */
const ORG = /\borgs?\b/;
const LINE_MAX = 1024;

export const cfCliCue = (text: string): boolean => text.includes(" as ") && text.includes("...");

export function findCfCliUsers(text: string, out: PhiSpan[]): void {
  for (let dots = text.indexOf("..."); dots >= 0; dots = text.indexOf("...", dots + 3)) {
    if (!endsLine(text, dots + 3)) continue;
    const lineStart = lineStartWithin(text, dots, LINE_MAX);
    if (lineStart < 0) continue;
    const line = text.slice(lineStart, dots);
    const as = line.lastIndexOf(" as ");
    if (as < 0) continue;
    const login = line.slice(as + 4);
    // One word, not an e-mail (the e-mail detector's), not a service account.
    if (!login || /[\s@]|\.$/.test(login) || !ING_VERB.test(line) || !ORG.test(line.slice(0, as))) continue;
    if (isNobodysLogin(login)) continue;
    const start = lineStart + as + 4;
    out.push({ start, end: start + login.length, type: "user_name" });
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

/** The start of the line holding `at`, looked for at most `max` characters back; -1 when the line is longer. */
function lineStartWithin(text: string, at: number, max: number): number {
  for (let i = at - 1; i >= 0 && i >= at - max; i--) if (text[i] === "\n") return i + 1;
  return at <= max ? 0 : -1;
}
