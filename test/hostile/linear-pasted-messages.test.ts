// Hostile forms of the shapes evidence takes in messages: a million "> " prefixes on one line, quotes nested 10,000
// deep, alternating quote depths, a curl argument whose quote never closes, HTML- and \u-escaped runs, strings of
// backslashes. The work (counted operations and the characters of the pieces cut, see work-meter.ts) grows linearly,
// and a real secret after the run still goes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

/** Linear: 4× the input costs at most 5× the work (a quadratic scan costs about 16×). */
const SECRET = "\nclient_secret=hunter2hunter2x\n";

describe("messages on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["one line of quote prefixes", repeat("> ")],
    ["one line of > without blanks", repeat(">")],
    [
      "quotes nested ever deeper, one level more per line",
      (n) => {
        let s = "";
        for (let d = 1; s.length < n; d++) s += ">".repeat(d % 10_000) + " x\n";
        return s.slice(0, n);
      },
    ],
    ["lines nested 1,000 deep", repeat(">".repeat(1_000) + " a\n")],
    ["alternating quote depths", repeat("> a\n> > b\n")],
    ["quoted blank lines", repeat(">\n")],
    [
      "a curl argument whose quote never closes, then token lines",
      (n) => `curl -H "Authorization: Bearer abcdefgh\n${repeat("abcdefghijkl\n")(n)}`,
    ],
    ["HTML-escaped quotes", repeat("&quot;a&quot;:")],
    ["\\u0022 runs", repeat("\\u0022")],
    ["raw and escaped quotes alternating on one line", repeat('"&quot;a')],
    ["escape forms alternating on one line", repeat("&quot;a&#34;b\\u0022c&#x22;d")],
    ["escaped runs between raw quotes, line after line", repeat('x="{&quot;a&quot;:&quot;b&quot;}"\n')],
    ["a string of backslashes", repeat("\\")],
    ["an HTTPie command of a million -a options", (n) => "http " + repeat("-a u:p ")(n)],
    ["quotes before a secure string", (n) => repeat("'a' ")(n) + "| ConvertTo-SecureString"],
    ["a line of requests auth tuples", repeat('auth=("a", ')],
    ["an e-mail header block with a line of blanks", (n) => `From: Tamsin${" ".repeat(n)}Quarrie\nTo: x\n`],
    ["an e-mail header block of a million recipients", (n) => `Subject: x\nTo: ${repeat("Ann Lee <a@b.c>, ")(n)}\n`],
    [
      "a German header block whose recipients are folded over a million lines",
      (n) => `Von: a\nBetreff: x\nAn: ${repeat("        Ann Lee <a@b.c>,\n")(n)}`,
    ],
    ["header lines of one name, one after another", repeat("Von: Ann Lee\n")],
    ["reply headers wrapped before their address", repeat("> On Mar 5, 2024 at 9:12 AM Ann Lee\n> <a@b.c> wrote:\n")],
    ["a CSV header of secret columns, a million-field row", (n) => "client_secret,token\n" + repeat("a,")(n)],
    ["CSV rows of secret columns", (n) => "client_secret,token\n" + repeat("abcdefgh12,xyzwvuts34\n")(n)],
    ["a CSV field whose quote never closes", (n) => 'password,x\n"' + repeat('a""')(n)],
    ["CSV header lines, one after another", repeat("password,token,secret\n\n")],
    ["CSV rows of a patient list", (n) => "first_name,last_name,dob,city\n" + repeat("Ann,Lee,1962-03-14,Boston\n")(n)],
    ["patient-list header lines, one after another", repeat("first,last,dob\n\n")],
    ["a line of person words between commas", repeat("first, last, ")],
    ["CSV header lines, each above a quote that opens", repeat('password,x\n"a\n')],
    [
      "CSV header lines above one quote that opens and closes at the end",
      (n) => 'password,x\n"' + repeat("password,x\n")(n) + '"x',
    ],
    [
      "CSV rows of secret columns, ragged and apart",
      (n) => "client_secret,token,x\n" + repeat("abcdefgh12,xyzwvuts34\n\n")(n),
    ],
    ["a CSV header row then lines with no separator", (n) => "a,password\nb,c\n" + repeat("word word\n")(n)],
    ["CSV rows of one long field each", (n) => "a,password\n" + repeat("b,c" + "d".repeat(500) + "\n")(n)],
    ["zero-width spaces between letters", repeat("a\u200b")],
    ["a cmd curl line of carets", (n) => 'curl ^"' + repeat("^")(n)],
    ["cmd curl continuations", (n) => "curl ^\n" + repeat('-H ^"a: b^" ^\n')(n)],
    ["no-break spaces after labels", repeat("client_secret:\u00A0")],
    ["a run of zero-width spaces", (n) => "a" + "\u200b".repeat(n) + " "],
    ["an escaped string of backslashes in quotes", (n) => `"${repeat("\\\\")(n)}"`],
  ];

  for (const [name, make] of shapes) {
    it(`${name}: linear work and cuts, a secret after it still redacted`, () => {
      expect(growth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(make, (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
      const out = redact(make(64_000) + SECRET);
      expect(out).not.toContain("hunter2hunter2x");
    });
  }

  it("1 MB of reply headers padded with blanks finishes, a name in a real one still goes", () => {
    const blanks = " ".repeat(380);
    for (const line of [
      `On 2024 wrote${blanks}\n`,
      `Le 2024 a écrit${blanks}x:\n`,
      `On 2024 wrote${blanks}<a@b.c>:\n`,
    ]) {
      const out = redact(
        repeat(line)(1_000_000) + "On Tue, Mar 5, 2024 at 9:12 AM Odessa Quillfeather <oq@acme.example> wrote:\n",
      );
      expect(out).not.toContain("Odessa Quillfeather");
    }
  });

  it("a million quote prefixes on one line come back as they were", () => {
    const line = "> ".repeat(1_000_000) + "hello";
    expect(redact(line)).toBe(line);
  });

  it("a secret quoted 10,000 levels deep still goes, its prefix kept", () => {
    const prefix = "> ".repeat(10_000);
    const out = redact(`${prefix}client_secret=hunter2hunter2x\n${prefix}scope=patient/Patient.read`);
    expect(out).not.toContain("hunter2hunter2x");
    expect(out.startsWith(prefix + "client_secret=")).toBe(true);
    expect(out).toContain(prefix + "scope=patient/Patient.read");
  });
});
