// Identity claims written as key=value or key: value in prose — a decoded id_token pasted as
// `sub=jroe@example, displayName=Jane Roe, email=jroe@example`: the display name, given and family names, the e-mail
// and a login-shaped subject go. Names of things stay (`displayName=Demo User`, `name=growth-chart-app`).
import { each, type PhiSpan } from "./phi-span";
import { NAME_SHAPE } from "./phi-name-shape";

const CLAIM =
  /\b(displayName|display_name|given_name|family_name|middle_name|preferred_username|firstName|lastName|first_name|last_name|fullName|full_name|email|sub)[ \t]{0,2}[=:][ \t]{0,2}([^\s,;&`"'=<>{}[\]]+(?: [^\s,;&`"'=<>{}[\]]+){0,3})/g;
/** Words that make a display name a role or a test account, not a person. */
const NOT_A_PERSON = /\b(?:user|admin|administrator|demo|test|service|system|account|client|app|bot|guest)\b/i;

export function findClaimValues(text: string, out: PhiSpan[]) {
  each(CLAIM, text, (m) => {
    const key = m[1];
    const value = m[2];
    const start = m.index + m[0].length - value.length;
    if (key === "email" || key === "sub" || key === "preferred_username") {
      // A login: one token holding "@" (sub=demo, a UUID or a hash stays).
      const login = value.split(" ")[0];
      if (login.includes("@") && login.length >= 3) out.push({ start, end: start + login.length, type: "email" });
      return;
    }
    const words = value.split(" ");
    if (NOT_A_PERSON.test(value) || !words.every((w) => NAME_SHAPE.test(w))) return;
    out.push({ start, end: start + value.length, type: "name" });
  });
}
