// The account a Windows console names outside a `Label:` (windows-event-users reads those), in its tables and commands:
//  - `whoami /all`'s USER INFORMATION row, `corp\jdoe   S-1-5-21-…-1105`: the login right before its account SID, alone
//    on the row (group rows go on with their type and attributes, and a group is nobody);
//  - a bare `whoami`'s one line, `corp\jdoe` alone on the line after the command (after a prompt or alone);
//  - Get-ChildItem Env:'s (`dir env:`'s) `USERNAME     jdoe` row, the variable's name then its value in a column;
//  - the account a command runs as: `runas /user:CORP\jdoe` and its prompt `Enter the password for CORP\jdoe:`, a
//    `PSCredential("CORP\jdoe", …)` built in a script;
//  - a Kerberos ticket's client principal, `klist`'s `#0>  Client: jdoe @ CORP.EXAMPLE` and mimikatz's
//    `Client Name : jdoe @ CORP.EXAMPLE`.
// A machine account (`APP01$`) and a built-in one are nobody's; the realm, the servers, the SIDs and the flags stay.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysWindowsLogin } from "./nobodys-login";

/** whoami's user row: a domain, a backslash, the login, then only its account SID to the line's end (a domain's
 *  `S-1-5-21-…`, an Azure AD account's `S-1-12-1-…`). */
const WHOAMI_USER_ROW =
  /^[ \t]{0,8}[\w.-]{1,63}\\(?<value>[^\s\\]{1,104})[ \t]{1,64}S-1-(?:5-21|12-1)(?:-\d{1,10}){4}[ \t]*\r?$/dgm;
/** `whoami` run alone (after a prompt's `>`, `$` or `#`, or at the line's start), then its output line: DOMAIN\login. */
const WHOAMI_OUTPUT =
  /^(?:[^\n>$#]{0,160}[>$#][ \t]{0,4}|[ \t]{0,8})whoami(?:\.exe)?[ \t]*\r?\n[ \t]{0,8}[\w.-]{1,63}\\(?<value>[^\s\\]{1,104})[ \t]*\r?$/dgm;
/** The environment table's USERNAME row: the name in capitals, two blanks or more, the login alone to the line's end. */
const ENV_TABLE_USERNAME = /^USERNAME[ \t]{2,64}(?<value>[^\s]{1,104})[ \t]*\r?$/dgm;
/** runas's `/user:` (after other `/switches`), perhaps DOMAIN\ before the login, and the password prompt it prints. */
const RUNAS_USER =
  /\brunas(?:\.exe)?(?:[ \t]{1,8}\/[A-Za-z]{1,16}(?::[^\s\\]{1,64})?){0,4}?[ \t]{1,8}\/user:(?:[\w.-]{1,63}\\)?(?<value>[^\s\\"'@]{1,104})/dgi;
const RUNAS_PROMPT = /Enter the password for (?:[\w.-]{1,63}\\)?(?<value>[^\s\\:@]{1,104}):/dg;
/** A PSCredential built from a literal user (`New-Object …PSCredential("CORP\jdoe", $pw)`, `-ArgumentList`). */
const PSCREDENTIAL_USER =
  /PSCredential[ \t]{0,4}(?:\(|-ArgumentList[ \t]{1,4}\(?)[ \t]{0,4}["'](?:[\w.-]{1,63}\\)?(?<value>[^\s\\"'@]{1,104})["']/dg;
/** A ticket's client principal: `Client:` or `Client Name :` (after klist's `#0>`), the login, ` @ `, the realm. */
const KERBEROS_CLIENT =
  /^[ \t]{0,16}(?:#\d{1,4}>[ \t]{1,16})?Client(?: Name)?[ \t]{0,20}:[ \t]{1,20}(?<value>[^\s@\\]{1,256}) @ [\w.-]{1,255}/dgm;

export const windowsConsoleAccountCue = (text: string): boolean =>
  text.includes("S-1-5-21") ||
  text.includes("S-1-12-1") ||
  text.includes("Client") ||
  text.includes("whoami") ||
  text.includes("USERNAME") ||
  text.includes("runas") ||
  text.includes("password for") ||
  text.includes("PSCredential");

export function findWindowsConsoleAccounts(text: string, out: PhiSpan[]): void {
  for (const pattern of [
    WHOAMI_USER_ROW,
    WHOAMI_OUTPUT,
    ENV_TABLE_USERNAME,
    RUNAS_USER,
    RUNAS_PROMPT,
    PSCREDENTIAL_USER,
    KERBEROS_CLIENT,
  ])
    each(pattern, text, (m) => {
      const span = m.indices?.groups?.value;
      const login = m.groups?.value ?? "";
      if (span && !isNobodysWindowsLogin(login)) out.push({ start: span[0], end: span[1], type: "user_name" });
    });
}
