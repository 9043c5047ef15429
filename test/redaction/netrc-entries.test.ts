// The .netrc reader on its own: which words of an entry go, and which lines are no entry.
import { describe, expect, it } from "vitest";
import { ItemContext, RedactorState } from "~/redaction/context";
import { redactNetrcEntries } from "~/redaction/detectors/netrc-entries";

const run = (text: string) => {
  const ctx = new ItemContext(new RedactorState(), { environment: "sandbox", terms: [], restored: [] });
  return ctx.sentinels.restore(redactNetrcEntries(text, ctx)).replace(/\[REDACTED:[^\]\n]+\]/g, "#");
};

describe("redactNetrcEntries", () => {
  it("takes the login, password and account after their keywords, on one line or over several", () => {
    expect(run("machine h1 login jdoe password Xk9mQ2vLp")).toBe("machine h1 login # password #");
    expect(run("machine h2\n  login jdoe\n  password Xk9mQ2vLp\n  account acct-7\nnext line")).toBe(
      "machine h2\n  login #\n  password #\n  account #\nnext line",
    );
    expect(run("default login jdoe password Xk9mQ2vLp")).toBe("default login # password #");
    expect(run("#machine h1 login jdoe password Xk9mQ2vLp")).toBe("#machine h1 login # password #");
  });

  it("keeps the host, a service's placeholder login, and lines that are no entry", () => {
    expect(run("machine ftp.example.org login anonymous password Xk9mQ2vLp")).toBe(
      "machine ftp.example.org login anonymous password #",
    );
    for (const prose of [
      "The machine learning login password flow failed",
      "default password for the admin login is printed on the box",
      "  login jdoe\n  password Xk9mQ2vLp",
    ])
      expect(run(prose)).toBe(prose);
  });
});
