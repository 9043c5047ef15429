// The account a Windows Security event names, in its Event XML as Event Viewer's Details tab, `Get-WinEvent
// … .ToXml()` or `wevtutil qe` print it: `<Data Name="TargetUserName">jdoe</Data>` (4624/4625 logons, 4740 lockouts,
// 4648 explicit credentials); the same account as `Label: DOMAIN\login` in the event's text and other Windows tools'
// lists; and the account of an access rule (icacls, Get-Acl). The login goes, whatever it holds (`olivierbn, b`,
// `jdoe@corp.example`); a machine account (`APP01$`), a built-in one (`SYSTEM`, `ANONYMOUS LOGON`, `DWM-1`), `-`, and a
// service identity whose domain is an authority (`RDWebAccess` under `IIS APPPOOL`, `NETWORK SERVICE` under
// `NT AUTHORITY`) are nobody's. Status codes, the logon type, the workstation and the process stay.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysWindowsLogin } from "./nobodys-login";

/** `<Data Name="…UserName">value</Data>`: the prefix (Target, Subject, TargetOutbound, …) and the value on one line. */
const USER_DATA = /<Data Name=['"](?<prefix>[A-Za-z]{0,20})UserName['"]>(?<value>[^<\n]{1,256})<\/Data>/dg;
/** Domains that hold service identities, not people. */
const SERVICE_AUTHORITY_NAMES =
  "NT AUTHORITY|NT SERVICE|IIS APPPOOL|Window Manager|Font Driver Host|NT VIRTUAL MACHINE";
const SERVICE_AUTHORITY = new RegExp(`^(?:${SERVICE_AUTHORITY_NAMES})$`, "i");
/** How far a sibling `…DomainName` element is looked for (it follows within a few lines). */
const SIBLING_WINDOW = 400;
/** Where one event's data begins or ends: a sibling across one of these belongs to another event. */
const EVENT_OPENINGS = ["<EventData", "<Event>", "<Event ", "</EventData", "</Event>"];
const EVENT_CLOSINGS = ["</EventData", "</Event>", "<EventData", "<Event>", "<Event "];

/** `Get-WinEvent … | Format-List`'s `TargetUserName    : jdoe` line: the prefix and the value. */
const LIST_USER = /^[ \t]{0,40}(?<prefix>[A-Za-z]{0,20})UserName[ \t]{0,40}: (?<value>[^\r\n]{1,256})$/dgm;
/** Event Viewer's text `Security ID:\t\tCORP\jdoe` (or `Account Name:`), its General tab's `User:          CORP\jdoe`,
 *  and the same label-colon-account line other Windows tools print: a transcript's `Username:` and `RunAs User:`,
 *  dsregcmd's padded `Executing Account Name : CORP\jdoe, jdoe@corp.example`. A domain, a backslash, the login. The
 *  domain is one word or a service authority: words of prose after the label are none (`User: jo changed HKLM\…`). */
const DOMAIN_LOGIN = new RegExp(
  String.raw`\b(?:Security ID|Account Name|Username|User|Owner)[ \t]{0,24}:[ \t]{1,40}(?<domain>${SERVICE_AUTHORITY_NAMES}|[A-Za-z0-9][\w.-]{0,63})\\(?<value>[^\s\\<>"',]{1,256})`,
  "dg",
);

/** An access rule's account: icacls' `CORP\jdoe:(F)` (`(OI)(CI)(M)`), Get-Acl's `CORP\jdoe Allow  FullControl` (on the
 *  `Access :` line and the lines under it). */
const ACL_GRANT = new RegExp(
  String.raw`(?<![\w.\\-])(?<domain>${SERVICE_AUTHORITY_NAMES}|[A-Za-z0-9][\w.-]{0,63})\\(?<value>[^\s\\:<>"',]{1,104})(?=:\([A-Z]{1,4}\)| (?:Allow|Deny) )`,
  "dg",
);

export const windowsEventCue = (text: string): boolean =>
  text.includes("<Data Name=") ||
  text.includes("User") ||
  text.includes("Security ID") ||
  text.includes("Account Name") ||
  text.includes("Owner") ||
  text.includes(" Allow ") ||
  text.includes(" Deny ") ||
  text.includes(":(");

/** The part of `near` around `at` that belongs to the same event: from the last event boundary before to the next. */
function sameEvent(near: string, at: number): string {
  let lo = 0;
  for (const b of EVENT_OPENINGS) lo = Math.max(lo, near.lastIndexOf(b, at));
  let hi = near.length;
  for (const b of EVENT_CLOSINGS) {
    const i = near.indexOf(b, at + 1);
    if (i >= 0) hi = Math.min(hi, i);
  }
  return near.slice(lo, hi);
}

/** The `…DomainName` sibling of the same prefix in the same event (`Name="TargetDomainName">CORP<`), either quote. */
function domainOf(text: string, prefix: string, from: number): string | null {
  const lo = Math.max(0, from - SIBLING_WINDOW);
  const scope = sameEvent(text.slice(lo, from + SIBLING_WINDOW), from - lo);
  const m = new RegExp(`Name=['"]${prefix}DomainName['"]>([^<]{0,256})<`).exec(scope);
  return m ? m[1].trim() : null;
}

/** A person's login: not a machine account (`APP01$`), a built-in one (nobody's: `SYSTEM`, `DWM-1`), or a service
 *  authority's identity. */
function isPersonsLogin(value: string, domain: string | null): boolean {
  if (!value || isNobodysWindowsLogin(value)) return false;
  return !(domain && SERVICE_AUTHORITY.test(domain));
}

/** Format-List's `…DomainName : CORP` of the same prefix in the same record (records are parted by a blank line). */
function listDomainOf(text: string, prefix: string, from: number): string | null {
  const lo = Math.max(0, from - SIBLING_WINDOW);
  const near = text.slice(lo, from + SIBLING_WINDOW);
  const at = from - lo;
  const start = Math.max(near.lastIndexOf("\n\n", at), near.lastIndexOf("\n\r\n", at));
  const blank = near.slice(at).search(/\n\r?\n/);
  const record = near.slice(Math.max(0, start), blank < 0 ? near.length : at + blank);
  const m = new RegExp(`^[ \\t]{0,40}${prefix}DomainName[ \\t]{0,40}: ([^\\r\\n]{0,256})$`, "m").exec(record);
  return m ? m[1].trim() : null;
}

function pushTrimmed(text: string, span: [number, number], out: PhiSpan[]): void {
  const raw = text.slice(span[0], span[1]);
  const start = span[0] + (raw.length - raw.trimStart().length);
  out.push({ start, end: start + raw.trim().length, type: "user_name" });
}

export function findWindowsEventUsers(text: string, out: PhiSpan[]): void {
  each(USER_DATA, text, (m) => {
    const span = m.indices?.groups?.value;
    const prefix = m.groups?.prefix ?? "";
    if (!span) return;
    const value = text.slice(span[0], span[1]).trim();
    if (isPersonsLogin(value, domainOf(text, prefix, m.index)))
      out.push({ start: span[0], end: span[1], type: "user_name" });
  });
  each(LIST_USER, text, (m) => {
    const span = m.indices?.groups?.value;
    if (!span) return;
    const value = text.slice(span[0], span[1]).trim();
    if (isPersonsLogin(value, listDomainOf(text, m.groups?.prefix ?? "", m.index))) pushTrimmed(text, span, out);
  });
  for (const pattern of [DOMAIN_LOGIN, ACL_GRANT])
    each(pattern, text, (m) => {
      const span = m.indices?.groups?.value;
      if (span && isPersonsLogin(m.groups?.value ?? "", (m.groups?.domain ?? "").trim())) pushTrimmed(text, span, out);
    });
}
