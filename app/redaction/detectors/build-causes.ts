// Who started a CI build, as Jenkins prints it at the top of a console (`Started by user Jane Roe`, `Started by GitHub
// push by jdoe`, `Aborted by jdoe`), bare or behind the Timestamper's `[2024-05-01T10:11:12.123Z] ` or `10:11:12 `:
// the rest of the line is a person's display name or login. A timer, an upstream job, an SCM change or the
// anonymous user names no one.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

const CAUSE =
  /^[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*|\d{1,2}:\d{2}:\d{2}(?:\.\d{1,6})?[ \t]+)?(?:Started|Aborted|Approved|Rejected|Cancell?ed|Replayed|Restarted|Rebuilt) by (?:user |(?:GitHub|GitLab|Bitbucket|Gitea|Gerrit) (?:push|merge request|pull request) by )([^\s][^\n]{0,99}?)[ \t\r]*$/gm;

export function findBuildCauses(text: string, out: PhiSpan[]): void {
  each(CAUSE, text, (m) => {
    const who = m[1];
    if (who.length < 2 || isNobodysLogin(who)) return;
    const start = m.index + m[0].lastIndexOf(who);
    out.push({ start, end: start + who.length, type: "name" });
  });
}
