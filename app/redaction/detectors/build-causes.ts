// Who started, stopped or let through a CI build, as Jenkins prints it: `Started by user Jane Roe`, `Started by GitHub
// push by jdoe` (`BitBucket push by`, the bitbucket plugin's spelling), core's `Aborted by jdoe`, the input step's
// `Approved by jdoe` / `Rejected by jdoe`; bare, behind the Timestamper's `[2024-05-01T10:11:12.123Z] ` or `10:11:12 `,
// or behind a log shipper's unbracketed `2024-05-01 10:11:12 ` / `2024-05-01T10:11:12.123Z `. The rest of the line is
// one login or a display name of capitalised words; any other wording after the cue (`Rejected by user consent screen;
// error=access_denied`, `Aborted by user interrupt (exit code 130)`) names no one and stays. A timer, an upstream job,
// an SCM change or the anonymous user names no one.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

const STAMP = String.raw`(?:\[[^\]\n]{1,40}\][ \t]*|(?:\d{4}-\d{2}-\d{2}[T ])?\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?[ \t]+)`;
const FORGE = String.raw`(?:Git[Hh]ub|Git[Ll]ab|Bit[Bb]ucket|Gitea|Gerrit) (?:push|merge request|pull request) by `;
/** Verbs Jenkins prints as `<verb> by user <who>`; the last three also as `<verb> by <who>`. */
const CUE = String.raw`(?:(?:Started|Cancell?ed|Replayed|Restarted|Rebuilt|Aborted|Approved|Rejected) by (?:user |${FORGE})|(?:Aborted|Approved|Rejected) by )`;
/** One login, or a display name: two to four words, each capitalised or a family-name particle. */
const LOGIN = String.raw`[\p{L}\p{N}_.@-]{2,64}`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'.-]{0,40}`;
const NAME = String.raw`${NAME_WORD}(?:[ \t](?:${NAME_WORD}|van|von|de|der|den|da|di|du|la|le)){1,3}`;
const CAUSE = new RegExp(String.raw`^[ \t]*${STAMP}?${CUE}(${NAME}|${LOGIN})[ \t\r]*$`, "gmu");
/** What stops a build without being anyone (`Aborted by timeout`). */
const NOT_WHO = new Set([
  "timeout",
  "timer",
  "signal",
  "sigterm",
  "sigint",
  "sighup",
  "sigkill",
  "interrupt",
  "watchdog",
]);

export function findBuildCauses(text: string, out: PhiSpan[]): void {
  each(CAUSE, text, (m) => {
    const who = m[1];
    if (NOT_WHO.has(who.toLowerCase()) || isNobodysLogin(who)) return;
    const start = m.index + m[0].lastIndexOf(who);
    out.push({ start, end: start + who.length, type: "name" });
  });
}
