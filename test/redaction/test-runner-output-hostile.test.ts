// The readers added for the held-out test-runner sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth } from "../hostile/work-meter";

const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const LINEAR = 5;

const UNITS: Array<[string, string]> = [
  ["MAC headers on client-log lines", '1 > Authorization: MAC id="k1",ts="1",nonce="n",mac="Zr8vQm2Lx0pK="\n'],
  ["auth-params on one line", 'Authorization: Hawk id="a", ts="1", '],
  ["auth-param quotes never closed", 'Authorization: MAC id="a'],
  ["single-quoted auth-params", "Authorization: Hawk id='a', ts='1', "],
  ["escaped-quote auth-params", 'Authorization: Hawk id=\\"a\\", ts=\\"1\\", '],
  ["bare auth-params", "Authorization: MAC id=a, ts=1, "],
  ["gendered records", '{"name":"Adult Women","sex":"F","genderCode":"M"},{"name":"Zoltan Bereczki","gender":"male"},'],
  ["Digest auth-params on one line", 'Authorization: Digest username="a", realm="r", uri="/x", '],
  ["Spring Boot start lines", "Starting T using Java 17 with PID 1 (started by jdoe in /opt/app)\n"],
  ["PID openings without a start", "with PID 1 (a "],
  ["wrapped start lines with spaced logins", "with PID 1\n(started by Jan Kowalski in C:\\src)\n"],
  ["start openings without ` in `", "with PID 1 (started by a b c "],
  ["servlet parameter maps", "Parameters = {nickname=[jroe], email=[j@x.org], password=[pw1]} "],
  ["parameter arrays never closed", "nickname=[jroe "],
  ["parameter arrays of many values", "nickname=[jroe, jroe2, "],
];

describe("hostile input for the held-out test-runner readers", () => {
  for (const [name, unit] of UNITS)
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    });

  const mb = 1 << 20;
  const megabytes: Array<[string, string]> = [
    ...UNITS.map(([name, unit]): [string, string] => [name, repeat(unit)(mb)]),
    ["one auth-param list of a megabyte", "Authorization: MAC " + 'k="v",'.repeat(mb / 6)],
    ["one quoted auth-param never closed", 'Authorization: MAC id="' + "a".repeat(mb)],
    ["one single-quoted auth-param never closed", "Authorization: Hawk id='" + "a".repeat(mb)],
    ["one escaped auth-param never closed", 'Authorization: Hawk id=\\"' + "a\\".repeat(mb / 2)],
    ["one object of a megabyte of names and genders", "{" + '"name":"Jo Roe","gender":"F",'.repeat(mb / 30) + '"x":1}'],
    ["one start line of a megabyte", "with PID 1 (" + "x ".repeat(mb / 2) + "started by jdoe in /"],
  ];
  for (const [name, text] of megabytes)
    it(`a megabyte of ${name} finishes`, () => {
      expect(redact(text).length).toBeGreaterThan(0);
    });
});
