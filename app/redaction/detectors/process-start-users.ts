// The account a JVM application was started under, as Spring Boot's start line prints it: `Starting FhirClientTest
// using Java 17.0.11 with PID 13584 (started by jdoe in D:\work\app)`, or Boot 2's `… on host with PID 22357
// (/opt/app.jar started by jdoe in /opt)`. Test runs (Gradle, Maven Surefire, an IDE) print it at the top of every
// integration test's log. The login goes; the PID, the class and the directory stay (a home directory's login is
// home-paths.ts's). A service account (`root`, `runner`, `jenkins`) is nobody's.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** `with PID <n> (` (the bracket on the next line when a terminal wrapped it) then, on its line and within 512
 *  characters, `started by <login> in `. A Windows account holds blanks (`Jan Kowalski`): the login runs to ` in `. */
const START_LINE = /\bwith PID \d{1,10}[ \t]*(?:\r?\n[ \t]*)?\([^()\n]{0,512}?\bstarted by ([^()\n]{1,64}?) in /dg;

export function findProcessStartUsers(text: string, out: PhiSpan[]): void {
  each(START_LINE, text, (m) => {
    const [start, end] = m.indices?.[1] ?? [0, 0];
    if (end > start && !isNobodysLogin(m[1])) out.push({ start, end, type: "user_name" });
  });
}
