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

export const windowsEventCue = (text: string): boolean => text.includes("<Data Name=");

function domainOf(text: string, prefix: string, from: number): string | null {
  const near = text.slice(Math.max(0, from - SIBLING_WINDOW), from + SIBLING_WINDOW);
  const open = near.indexOf(`Name="${prefix}DomainName">`);
  if (open < 0) return null;
  const start = open + prefix.length + 18;
  const end = near.indexOf("<", start);
  return end < 0 ? null : near.slice(start, end).trim();
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
