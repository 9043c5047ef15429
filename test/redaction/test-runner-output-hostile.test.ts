// The readers added for the held-out test-runner sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { itIsLinearAndFinishes, MB, type NamedText } from "../hostile/lib/hostile-tables";

const UNITS: NamedText[] = [
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
  itIsLinearAndFinishes(UNITS, [
    ["one auth-param list of a megabyte", "Authorization: MAC " + 'k="v",'.repeat(MB / 6)],
    ["one quoted auth-param never closed", 'Authorization: MAC id="' + "a".repeat(MB)],
    ["one single-quoted auth-param never closed", "Authorization: Hawk id='" + "a".repeat(MB)],
    ["one escaped auth-param never closed", 'Authorization: Hawk id=\\"' + "a\\".repeat(MB / 2)],
    ["one object of a megabyte of names and genders", "{" + '"name":"Jo Roe","gender":"F",'.repeat(MB / 30) + '"x":1}'],
    ["one start line of a megabyte", "with PID 1 (" + "x ".repeat(MB / 2) + "started by jdoe in /"],
  ]);
});
