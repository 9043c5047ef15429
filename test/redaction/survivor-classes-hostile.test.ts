// The readers mended for the corpus's survivors and expected failures (credential pairs in XML, role names in
// objects, …) on hostile input: the work grows linearly with the input (counted operations, see
// test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { itFinishes, itGrowsLinearly, MB, megabytesOf, type NamedText } from "../hostile/lib/hostile-tables";

const UNITS: NamedText[] = [
  ["credential holders never closed", "<merchantAuthentication><name>7QmTz2Lw58Kp</name>"],
  [
    "sibling leaves under a credential holder",
    "<name>7QmTz2Lw58Kp</name>\n <transactionKey>8f4KQD5137x</transactionKey>\n",
  ],
  ["holder tags with long attributes", `<merchantAuthentication a="${"x".repeat(300)}">`],
  ["formatted claims under one address", "'address': {'formatted': '14 rue des Lilas, 69003 Lyon', "],
  ["formatted claims never quoted or closed", "address={formatted: 14 rue, 69003 "],
  ["CJK display names", 'displayName="東浜 蘆村", email=a@b.cn, '],
  ["role objects with names", '{"customer":{"name":"Sophia Clark"},"customerFirstName":"Ethan"},'],
];

describe("hostile input for the survivor-class readers", () => {
  itGrowsLinearly(UNITS);
  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["blanks after a holder tag, then one leaf", "<merchantAuthentication>" + " ".repeat(MB) + "<name>x</name>"],
    ["one unquoted formatted address a megabyte long", "address: {formatted: " + "1 rue, ".repeat(MB / 7)],
    ["a megabyte of CJK words under one key", 'displayName="' + "東浜 ".repeat(MB / 3)],
    ["a megabyte of leaves with no blanks between", "<name>7QmTz2Lw58Kp</name>".repeat(MB / 26)],
  ];
  itFinishes(megabytes);
});
