// The account a Windows Security event names, in its Event XML as Event Viewer's Details tab, `Get-WinEvent
// … .ToXml()` or `wevtutil qe` print it: `<Data Name="TargetUserName">jdoe</Data>` (4624/4625 logons, 4740 lockouts,
// 4648 explicit credentials). The login goes, all of it (`olivierbn, b`, `jdoe@corp.example`); a machine account
// (`APP01$`), a built-in one (`SYSTEM`, `ANONYMOUS LOGON`, `DWM-1`), `-`, and a service identity whose domain is an
// authority (`RDWebAccess` under `IIS APPPOOL`, `NETWORK SERVICE` under `NT AUTHORITY`) are nobody's. Status codes,
// the logon type, the workstation and the process stay.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";

/** `<Data Name="…UserName">value</Data>`: the prefix (Target, Subject, TargetOutbound, …) and the value on one line. */
const USER_DATA = /<Data Name=['"](?<prefix>[A-Za-z]{0,20})UserName['"]>(?<value>[^<\n]{1,256})<\/Data>/dg;
/** Accounts of the system itself. */
const BUILT_IN = /^(?:SYSTEM|LOCAL SERVICE|NETWORK SERVICE|ANONYMOUS LOGON|DWM-\d{1,4}|UMFD-\d{1,4}|-)$/i;
/** Domains that hold service identities, not people. */
const SERVICE_AUTHORITY =
  /^(?:NT AUTHORITY|NT SERVICE|IIS APPPOOL|Window Manager|Font Driver Host|NT VIRTUAL MACHINE)$/i;
/** How far a sibling `…DomainName` element is looked for (it follows within a few lines). */
const SIBLING_WINDOW = 400;
/** Where one event's data begins or ends: a sibling across one of these belongs to another event. */
const EVENT_OPENINGS = ["<EventData", "<Event>", "<Event ", "</EventData", "</Event>"];
const EVENT_CLOSINGS = ["</EventData", "</Event>", "<EventData", "<Event>", "<Event "];

export const windowsEventCue = (text: string): boolean => text.includes("<Data Name=");

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

export function findWindowsEventUsers(text: string, out: PhiSpan[]): void {
  each(USER_DATA, text, (m) => {
    const span = m.indices?.groups?.value;
    const prefix = m.groups?.prefix ?? "";
    if (!span) return;
    const value = text.slice(span[0], span[1]).trim();
    if (!value || value.endsWith("$") || BUILT_IN.test(value) || isNobodysLogin(value)) return;
    const domain = domainOf(text, prefix, m.index);
    if (domain && SERVICE_AUTHORITY.test(domain)) return;
    out.push({ start: span[0], end: span[1], type: "user_name" });
  });
}
