// The login a database server names when it refuses a connection, as an exception quotes it: SQL Server's `Login
// failed for user 'jdoe'.` (a Windows login as `DOMAIN\jdoe`), PostgreSQL's `password authentication failed for user
// "jdoe"` and its `no pg_hba.conf entry for host "…", user "jdoe", …`, MySQL's and MariaDB's `Access denied for user
// 'jdoe'@'host'`. The person goes; the server's words, the domain, the host and the error code stay, and a database's
// own account (`sa`, `postgres`, `root`) or a machine's (`CLINIC\WEB01$`) is nobody's.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysWindowsLogin } from "./nobodys-login";

/** A login as these servers print it: a letter or `_` first, at most 64 characters, no dot at its end. */
const LOGIN = String.raw`[A-Za-z_](?:[\w$-]|\.(?=[\w$-])){0,63}`;
/** A quote, perhaps escaped (the refusal quoted in a JSON string or a Python repr). */
const QUOTE = String.raw`\\?(?<q>["'])`;
/** The same quote closing the login. */
const CLOSE = String.raw`\\?\k<q>`;

/** Each phrase holds the login in its group `a`. */
const PHRASES: RegExp[] = [
  // SQL Server, with a Windows login's domain (its backslash doubled when escaped) left to the reader.
  new RegExp(String.raw`\bLogin failed for user ${QUOTE}(?:[\w.-]{1,64}\\{1,2})?(?<a>${LOGIN})${CLOSE}`, "dg"),
  // PostgreSQL's authentication methods.
  new RegExp(
    String.raw`\b(?:password|Ident|Peer|GSSAPI|SSPI|SCRAM|LDAP|RADIUS|PAM|BSD|certificate|md5) authentication failed for user ${QUOTE}(?<a>${LOGIN})${CLOSE}`,
    "dg",
  ),
  // Its refusal of a login it does not know or that may not log in (libpq, PSQLException, psycopg2 alike).
  new RegExp(String.raw`\brole ${QUOTE}(?<a>${LOGIN})${CLOSE} (?:does not exist|is not permitted to log in)`, "dg"),
  new RegExp(String.raw`\bno pg_hba\.conf entry for host \S{1,255} user ${QUOTE}(?<a>${LOGIN})${CLOSE}`, "dg"),
  // MySQL and MariaDB: the login, then the host it came from.
  new RegExp(String.raw`\bAccess denied for user ${QUOTE}(?<a>${LOGIN})${CLOSE}@`, "dg"),
];

/** Whether the text holds any of these refusals' words (a cheap look before the patterns run). */
export function databaseLoginCue(text: string): boolean {
  return text.includes("for user ") || text.includes("pg_hba") || text.includes("role ");
}

export function findDatabaseLogins(text: string, out: PhiSpan[]): void {
  for (const re of PHRASES)
    each(re, text, (m) => {
      const span = m.indices?.groups?.a;
      if (!span) return;
      const login = text.slice(span[0], span[1]);
      // A machine's account (`WEB01$`) and a database's own are nobody's.
      if (isNobodysWindowsLogin(login)) return;
      out.push({ start: span[0], end: span[1], type: "user_name" });
    });
}
