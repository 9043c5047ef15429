// The readers added for the held-out token-flow sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth } from "../hostile/work-meter";

const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const LINEAR = 5;

const UNITS: Array<[string, string]> = [
  ["wrapped query lines", "https://x.org/cb\n ?state=1\n &code=Zx81kQpLmN0a\n"],
  ["pair lines with no URL above", " &code=Zx81kQpLmN0a\n"],
  ["lines ending with ?", "https://x.org/a?\n"],
  ["a cookies array never closed", '"cookies": [ { "name": "a", "value": "Zx81kQpLmN0aB7cD" },\n'],
  ["cookies keys alone", '"cookies": ['],
  ["form runs with a password", "user=jroe&pass=Kq7ZrT2mWx9&"],
  ["form runs without one", "a=b&c=d&e=f&"],
  ["multipart dispositions", 'Content-Disposition: form-data; name="password"\n'],
  ["bare multipart part names", "Content-Disposition: form-data; name=password; name=\n\n"],
  [
    "trace-ascii multipart parts",
    '# 002c: Content-Disposition: form-data; name="apikey"\n# 005b:\n# 005d: 4f1c2a9e8b7d6c5a\n',
  ],
];

describe("hostile input for the held-out token-flow readers", () => {
  for (const [name, unit] of UNITS)
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    });

  const mb = 1 << 20;
  const megabytes: Array<[string, string]> = [
    ...UNITS.map(([name, unit]): [string, string] => [name, repeat(unit)(mb)]),
    ["a cookies array of brackets", '"cookies": [' + "[".repeat(mb)],
    ["a cookie value never closed", '"cookies": [ "value": "' + "a".repeat(mb)],
    ["cookie strings each followed by spaces", '"cookies": [' + '"a"        '.repeat(mb / 11)],
    ["one long form value", "x=" + "a".repeat(mb) + "&pass="],
    // Every `a` after an `=` could start a pair whose value runs on for 4096 characters.
    ["a form value of `a=` pairs without an `&`", "a=".repeat(mb / 2) + "&pass=x"],
    ["a password form, then `/a=` runs", "pass=1&b=2 " + "/a=".repeat(mb / 3)],
    ["pair lines under one URL", "https://x.org/cb\n" + " &a=b\n".repeat(mb / 6)],
    ["a disposition before blank lines", 'Content-Disposition: form-data; name="password"\n' + "\n".repeat(mb)],
  ];
  for (const [name, text] of megabytes)
    it(`a megabyte: ${name} finishes`, () => {
      expect(redact(text).length).toBeGreaterThan(0);
    });
});
