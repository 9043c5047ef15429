// The login in a shell prompt pasted with its command (`jdoe@jdoes-MacBook-Pro ~ % curl …`, `[jdoe@build app]$ …`):
// the account of the person who ran it. The host, the directory and the command stay; a build machine's or a
// container's account (`root@`, `ubuntu@`, `runner@`) is nobody's.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";
import { USER_AT_HOST_PROMPT } from "../shell-prompts";

export function findPromptLogins(text: string, out: PhiSpan[]): void {
  each(USER_AT_HOST_PROMPT, text, (m) => {
    const user = m[1];
    if (isNobodysLogin(user)) return;
    const start = m.index + m[0].indexOf(user + "@");
    out.push({ start, end: start + user.length, type: "user_name" });
  });
}
