// Hostile forms of exceptions as pasted: a database server's refusal again and again with its login's quote never
// closed, a Windows domain's backslashes running on, pg_hba's host that never reaches its `user`, exception class names
// holding secret words before colons by the thousand. The work (counted operations, see work-meter.ts) grows linearly,
// and a real login after the run still goes.
import { describe, expect, it } from "vitest";
import { redact as redactAs } from "../redaction/lib/redact-text";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) => redactAs(text, "sandbox", "text");

describe("exceptions as pasted on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["SQL Server's refusal again and again", repeat("SqlException: Login failed for user 'qmarvell'.\n")],
    ["a login whose quote never closes", (n) => "Login failed for user '" + repeat("q")(n)],
    ["a domain of backslashes", (n) => "Login failed for user '" + repeat("CLINIC\\")(n) + "qm'"],
    ["escaped quotes without a login", repeat("Login failed for user \\'")],
    ["pg_hba's host that never reaches its user", (n) => 'no pg_hba.conf entry for host "' + repeat("h")(n)],
    ["PostgreSQL's methods without their phrase", repeat("password authentication failed for ")],
    ["MySQL's refusal without its host", repeat("Access denied for user 'odalys.fenn' ")],
    ["exception classes with secret words", repeat("SecurityTokenExpiredException: PasswordError: ")],
  ];

  itStaysLinear(shapes, redact);

  it("after 1 MB of refusals without a login, a real refusal's login still goes", () => {
    const out = redact(repeat("Login failed for user \\'")(1_000_000) + "\nLogin failed for user 'qmarvell'.\n");
    expect(out).not.toContain("qmarvell");
  });
});
