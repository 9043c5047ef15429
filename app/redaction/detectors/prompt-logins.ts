// The login in a shell prompt pasted with its command (`jdoe@jdoes-MacBook-Pro ~ % curl …`, `[jdoe@build app]$ …`,
// Git Bash's, older macOS's and Kali's prompts; shell-prompts.ts):
// the account of the person who ran it. The host, the directory and the command stay; a build machine's or a
// container's account (`root@`, `ubuntu@`, `runner@`) is nobody's.
import { each, type PhiSpan } from "./phi-span";
import { isNobodysLogin } from "./nobodys-login";
import { PROMPT_LOGINS } from "../shell-prompts";

export function findPromptLogins(text: string, out: PhiSpan[]): void {
  for (const { pattern, needs } of PROMPT_LOGINS)
    if (text.includes(needs))
      each(pattern, text, (m) => {
        const [start, end] = m.indices?.[1] ?? [0, 0];
        if (end > start && !isNobodysLogin(m[1])) out.push({ start, end, type: "user_name" });
      });
}
