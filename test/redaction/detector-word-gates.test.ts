// The gates that spare a detector's patterns on texts that cannot hold what they match (auth-log-logins.ts: the words
// each phrase is written with; phi-national-id-shapes.ts: the run of digits each shape needs). A gate must never skip
// a text the detector has to read: each phrase and shape is found alone, deep in a long text, and beside the runs and
// words that only just let it through.
import { describe, expect, it } from "vitest";
import { findAuthLogLogins } from "~/redaction/detectors/auth-log-logins";
import { findNationalIdShapes } from "~/redaction/detectors/phi-national-id-shapes";
import type { PhiSpan } from "~/redaction/detectors/phi-span";

const found = (find: (text: string, out: PhiSpan[]) => void, text: string) => {
  const out: PhiSpan[] = [];
  find(text, out);
  return out.map((s) => text.slice(s.start, s.end));
};

/** Lines of a log with none of the phrases' words (and no run of digits over four) before the line under test. */
const FILLER = "2024-09-05 15:55:00 INFO kiwi app[4242]: request done in 12ms status=200\n".repeat(2000);

describe("auth-log phrases run where their words occur", () => {
  const lines: Array<[string, string[]]> = [
    ["Sep  5 15:55:00 kiwi sudo:     jroe : TTY=pts/12 ; PWD=/srv ; USER=root ; COMMAND=/bin/ls", ["jroe"]],
    [
      "Sep  5 15:55:00 kiwi sudo:     mkhan : TTY=pts/1 ; PWD=/srv ; USER=asmith ; COMMAND=/bin/ls",
      ["mkhan", "asmith"],
    ],
    ["Sep  5 15:55:01 kiwi sshd[811]: Accepted password for jroe from 203.0.113.9 port 52144 ssh2", ["jroe"]],
    ["Sep  5 15:55:02 kiwi sshd[812]: Invalid user mkhan from 203.0.113.9 port 52145", ["mkhan"]],
    [
      "Sep  5 15:55:03 kiwi sshd[813]: Connection closed by authenticating user jroe 203.0.113.9 port 22 [preauth]",
      ["jroe"],
    ],
    [
      "Sep  5 15:55:04 kiwi sshd[814]: error: maximum authentication attempts exceeded for jroe from 203.0.113.9",
      ["jroe"],
    ],
    ["Sep  5 15:55:05 kiwi app: login failed for user jroe from 203.0.113.9", ["jroe"]],
    [
      "Sep  5 15:55:06 kiwi sshd[815]: pam_unix(sshd:session): session opened for user jroe(uid=1001) by (uid=0)",
      ["jroe"],
    ],
    ["Sep  5 15:55:07 kiwi systemd-logind[1]: New session 81 of user jroe.", ["jroe"]],
    [
      "Sep  5 15:55:08 kiwi sshd[816]: pam_unix(sshd:auth): authentication failure; rhost=203.0.113.9  user=jroe",
      ["jroe"],
    ],
    ["Sep  5 15:55:09 kiwi su: pam_unix(su:auth): authentication failure; logname=jroe uid=1001", ["jroe"]],
    ["Sep  5 15:55:10 kiwi sshd[817]: Invalid verification code for jroe", ["jroe"]],
    ['Sep  5 15:55:11 kiwi nslcd[99]: [8b4567] <authc="jroe"> DEBUG', ["jroe"]],
    ['Sep  5 15:55:12 kiwi nslcd[99]: nslcd_pam_authc("jroe","openvpn","***")', ["jroe"]],
    ["$ pamtester openvpn jroe authenticate", ["jroe"]],
    ["Sep  5 15:55:13 kiwi su[900]: (to mkhan) jroe on pts/0", ["mkhan", "jroe"]],
  ];
  for (const [line, logins] of lines)
    it(`finds ${logins.join(", ")} in "${line.slice(0, 60)}…", alone and after 2,000 lines without its words`, () => {
      expect(found(findAuthLogLogins, line).sort()).toEqual([...logins].sort());
      const deep = FILLER + line + "\n";
      expect(found(findAuthLogLogins, deep).sort()).toEqual([...logins].sort());
    });

  it("the audit record's account keys still read in an audit line", () => {
    const line = 'type=USER_AUTH msg=audit(1725544500.188:812): pid=811 uid=0 auid=4294967295 acct="jroe" res=failed';
    expect(found(findAuthLogLogins, FILLER + line)).toEqual(["jroe"]);
  });
});

describe("national id shapes are searched where the text holds their run of digits", () => {
  const ids: Array<[string, string]> = [
    ["a CPF (runs of three)", "111.444.777-35"],
    ["a Spanish DNI (a run of eight)", "12345678Z"],
    ["a Finnish henkilötunnus (a run of six)", "131052-308T"],
    ["a Chilean RUT with its dots (runs of three)", "12.345.678-5"],
  ];
  for (const [what, id] of ids)
    it(`${what}: found alone and after a long text whose longest run of digits is four`, () => {
      expect(found(findNationalIdShapes, `CPF/NIE/HETU/RUT: ${id}`)).toEqual([id]);
      expect(found(findNationalIdShapes, `${FILLER}paciente ${id} atendido`)).toEqual([id]);
    });

  it("a run that only just reaches a shape's length lets it through (a DNI's eight digits and nothing longer)", () => {
    expect(found(findNationalIdShapes, "DNI 12345678Z")).toEqual(["12345678Z"]);
    expect(found(findNationalIdShapes, "order 1234567Z")).toEqual([]);
  });
});
