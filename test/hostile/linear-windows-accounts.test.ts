// Pathological Windows pastes for the account readers (home-paths.ts' prompt directory, windows-event-users.ts'
// `Label: DOMAIN\login` and access rules, windows-console-accounts.ts' whoami row and output, runas, PSCredential, Kerberos client, positional-passwords.ts' `net use`):
// many prompts, labels whose account never ends, rows of SIDs without a login, `Client:` lines without a realm, net use
// commands in a row. The work (counted operations and the characters of the pieces cut, see work-meter.ts) grows
// linearly, and an account after the hostile part still goes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

/** Lines after the hostile part: each names the same person's login, read only by the readers under test. */
const AFTER =
  "\nPS C:\\Users\\ysoldemaritt> klist\nUsername: CORP\\ysoldemaritt\n#0>  Client: ysoldemaritt @ CORP.EXAMPLE\n";

describe("Windows account readers on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["many prompts in a user's folder", repeat("PS C:\\Users\\tquarrie> dir\n")],
    ["a prompt's folder never ended by a mark", (n) => `C:\\Users\\${"a".repeat(n)}`],
    ["user folders one after another on one line", repeat("C:\\Users\\ab> ")],
    ["labels whose account never ends", (n) => `User: CORP\\${"x".repeat(n)}`],
    ["labels repeated without a backslash", repeat("Username: User: RunAs User: ")],
    ["accounts without a grant after", repeat("CORP\\jdoe Allo CORP\\x:(")],
    ["padded labels without an account", repeat("Owner                   : ")],
    ["whoami rows of SIDs without a login", repeat("S-1-5-21-1-2-3-4 ")],
    ["whoami rows whose SID never ends", (n) => `corp\\jdoe   S-1-5-21${"-1".repeat(n / 2)}`],
    ["whoami commands without an account after", repeat("C:\\>whoami\n")],
    ["a prompt never ended before whoami", (n) => `${"C".repeat(n)}whoami\ncorp\\jdoe`],
    ["user folders of many blank-separated words, never ended", repeat("C:\\Users\\Ab Cd Ef Gh ")],
    ["home shares never reaching a user", repeat("\\\\fs01\\users$\\\\")],
    ["user folders ending lines, blanks after", repeat("C:\\Users\\ab      \n")],
    ["USERNAME rows of an environment table", repeat("USERNAME      jdoe\n")],
    ["runas with switches and no /user:", repeat("runas /netonly /env /savecred ")],
    ["password prompts never ended by a colon", repeat("Enter the password for CORP\\jdoe ")],
    ["PSCredential calls without a quoted user", repeat("PSCredential( -ArgumentList (")],
    ["Client: lines without a realm", repeat("#0>  Client: jdoe\n")],
    ["a Client: login never ended", (n) => `Client: ${"j".repeat(n)}`],
    ["net use commands one after another", repeat("net use X: \\\\fs01\\b pw1 ")],
    ["net use with a share word never ended", (n) => `net use X: \\\\${"s".repeat(n)}`],
  ];

  for (const [name, make] of shapes) {
    it(`${name}: linear work and cuts, an account after it still redacted`, () => {
      expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
      expect(redact(`${make(32_000)}\n${AFTER}`)).not.toContain("ysoldemaritt");
    });
  }
});
