// A person's common name inside an LDAP distinguished name: Get-ADUser's `DistinguishedName : CN=Chew David,OU=Sales,
// DC=FABRIKAM,DC=COM`, an ldapsearch `dn: cn=Barbara Jensen,dc=example,dc=com`, a group's `uniqueMember:` line, a bind
// DN in a log. The `CN=` value goes when it reads as a person's name; a group's or a container's (`CN=Domain Admins`,
// `CN=Remote Management Users`, `cn=ops`, `cn=admin`) and the OU/DC parts stay. An RDN is read only when another RDN
// follows it (`,OU=`, `,dc=`), so `cn=` in prose or a query string is not taken for a DN. Each `cn=` is read for at
// most MAX_VALUE characters: linear in the text.
import { readsAsPersonsName } from "../display-names";
import type { PhiSpan } from "./phi-span";

const CN = /(?<![A-Za-z0-9_-])cn=/gi;
/** The next RDN of the same DN: a comma (a space may follow), an attribute type of a DN's usual ones, `=`. */
const NEXT_RDN = /^,[ ]?(?:cn|ou|dc|o|l|c|st|uid)=/i;
/** Longest common name read: a person's name is short; longer is a description. */
const MAX_VALUE = 128;
/** Words that name a directory's objects, not people (groups, containers, roles): `Remote Management Users`. */
const DIRECTORY_OBJECT_WORD =
  /\b(?:users?|admins?|administrators?|operators?|groups?|servers?|computers?|controllers?|accounts?|services?|management|readers?|writers?|owners?|members?|publishers?|guests?|managers?|builtin|system|policies|configuration|schema|partitions?|sites?|roles?|staff|team|department)\b/i;

export const distinguishedNameCue = (text: string): boolean => /cn=/i.test(text);

/** Where a DN's RDN value ends: an unescaped `,` or `+`, a quote, a bracket or a line end (at most MAX_VALUE on). */
function valueEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && i - start < MAX_VALUE) {
    const c = text[i];
    if (c === "\\") {
      i += 2;
      continue;
    }
    if (c === "," || c === "+" || c === '"' || c === "'" || c === ")" || c === "\n" || c === "\r") break;
    i++;
  }
  return Math.min(i, text.length);
}

export function findDistinguishedNamePersons(text: string, out: PhiSpan[]): void {
  CN.lastIndex = 0;
  for (let m = CN.exec(text); m; m = CN.exec(text)) {
    const start = m.index + m[0].length;
    const end = valueEnd(text, start);
    CN.lastIndex = Math.max(CN.lastIndex, end);
    if (!NEXT_RDN.test(text.slice(end, end + 6))) continue;
    const raw = text.slice(start, end);
    const value = raw.trim();
    if (!value.includes(" ") || DIRECTORY_OBJECT_WORD.test(value) || !readsAsPersonsName(value)) continue;
    const lead = raw.length - raw.trimStart().length;
    out.push({ start: start + lead, end: start + lead + value.length, type: "name" });
  }
}
