// The readers added for the held-out operating-system log sample on hostile input: the work grows linearly with the
// input (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth } from "../hostile/work-meter";

const repeat = (unit: string) => (size: number) => unit.repeat(Math.max(1, Math.floor(size / unit.length)));
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const LINEAR = 5;

const UNITS: Array<[string, string]> = [
  ["sudo records", "sudo: jroe : TTY=pts/0 ; PWD=/home/jroe ; USER=mkhan ; COMMAND=/bin/ls\n"],
  ["sudo refusals", "jroe : 3 incorrect password attempts ; TTY=pts/0 ; "],
  ["sshd lines", "sshd[1]: Failed password for invalid user jroe from 203.0.113.9 port 1 ssh2\n"],
  ["PAM lines", "pam_unix(sshd:auth): authentication failure; logname=jroe uid=0 ruser=jroe rhost=x  user=jroe\n"],
  ["su lines", "su: (to root) jroe on pts/0 "],
  ["audit records", 'type=USER_AUTH msg=audit(1.1:1): acct="jroe" acct=6A726F65 AUID="jroe" uid=jroe '],
  ["Windows Data elements", '<Data Name="TargetUserName">jroe</Data><Data Name="TargetDomainName">CORP</Data>\n'],
  [
    "whole Windows events",
    "<Event><EventData><Data Name='TargetUserName'>jroe</Data><Data Name=\"TargetDomainName\">CORP</Data></EventData></Event>",
  ],
  ["Format-List records", "TargetUserName    : jroe\nTargetDomainName  : CORP\n\n"],
  ["Format-List without blank lines", "TargetUserName : jroe\n"],
  ["Event Viewer's domain logins", "Security ID:\t\tCORP\\jroe\n\tAccount Name:  CORP  \\"],
  ["working directories", "PWD=/home/jroe ; OLDPWD=/srv/app/x ; "],
  ["connection-string PWDs on one line", "Server=db01;UID=app;PWD=/Xk9q/Tr7v;"],
  ["home directories", "cd /home/jroe; "],
  ["request lines ending at a profile root's child", '"GET /home/dashboard HTTP/1.1" 200 PWD=/Users/x '],
  ["structured-data elements", '[auth@32473 user="jroe" client_id="abc" note="a \\"b\\""] '],
  ["application lines", "login failed for user jroe from 203.0.113.9\n"],
];

describe("hostile input for the held-out operating-system log readers", () => {
  for (const [name, unit] of UNITS)
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    });

  const mb = 1 << 20;
  const megabytes: Array<[string, string]> = [
    ...UNITS.map(([name, unit]): [string, string] => [name, repeat(unit)(mb)]),
    ["one login before a megabyte of ` : `", "jroe" + " : ".repeat(mb / 3)],
    ["a login-like run a megabyte long before ` : TTY=`", "j".repeat(mb) + " : TTY=pts/0"],
    ['`<Data Name="` never closed', '<Data Name="TargetUserName">' + "j".repeat(mb)],
    ['`<Data Name="…UserName">` repeated, no domain', '<Data Name="TargetUserName">a</Data>'.repeat(mb / 36)],
    ["hex `acct=` a megabyte long", "type=USER_AUTH msg=audit(1.1:1): acct=" + "6A".repeat(mb / 2)],
    ["one path of a megabyte under PWD", "PWD=" + "/ab".repeat(mb / 3)],
    ["`/home/` repeated", "/home/".repeat(mb / 6)],
    ["structured-data elements opening inside values", '[a@1 b="'.repeat(mb / 8)],
    ["one structured-data value never closed", '[a@1 user="' + "j".repeat(mb)],
    ["one structured-data value of backslashes", '[a@1 user="' + "\\".repeat(mb) + '"]'],
  ];
  for (const [name, text] of megabytes)
    it(`a megabyte of ${name} finishes`, () => {
      expect(redact(text).length).toBeGreaterThan(0);
    });
});
