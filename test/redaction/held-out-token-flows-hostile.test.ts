// The readers added for the held-out token-flow sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { itFinishes, itGrowsLinearly, MB, megabytesOf, type NamedText } from "../hostile/lib/hostile-tables";

const UNITS: NamedText[] = [
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
  itGrowsLinearly(UNITS);

  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["a cookies array of brackets", '"cookies": [' + "[".repeat(MB)],
    ["a cookie value never closed", '"cookies": [ "value": "' + "a".repeat(MB)],
    ["cookie strings each followed by spaces", '"cookies": [' + '"a"        '.repeat(MB / 11)],
    ["one long form value", "x=" + "a".repeat(MB) + "&pass="],
    // Every `a` after an `=` could start a pair whose value runs on for 4096 characters.
    ["a form value of `a=` pairs without an `&`", "a=".repeat(MB / 2) + "&pass=x"],
    ["a password form, then `/a=` runs", "pass=1&b=2 " + "/a=".repeat(MB / 3)],
    ["pair lines under one URL", "https://x.org/cb\n" + " &a=b\n".repeat(MB / 6)],
    ["a disposition before blank lines", 'Content-Disposition: form-data; name="password"\n' + "\n".repeat(MB)],
  ];
  itFinishes(megabytes);
});
