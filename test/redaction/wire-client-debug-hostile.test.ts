// The readers added for the HTTP-client debug batch (`wire-…`) on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { itFinishes, itGrowsLinearly, MB, megabytesOf, type NamedText } from "../hostile/lib/hostile-tables";

const UNITS: NamedText[] = [
  ["printed cookie lists", "  'set-cookie': [ 'sid=Zx81kQpLmN0a; Path=/', 'csrf=Qw81kQpLmN0a' ],\n"],
  ["cookie lists never closed", "'set-cookie': [ 'sid=Zx81kQpLmN0a', "],
  ["elided cookie values", "'set-cookie': [Array], cookie: [Object], "],
  ["request-id headers with a secret word", "x-auth0-requestid: 5f0c1e2d3a4b\n"],
  ["cf progress lines", "Getting apps in org acme / space dev as jdoe...\n"],
  ["cf-like lines without an org", "Saving the file as report...\n"],
];

describe("hostile input for the HTTP-client debug readers", () => {
  itGrowsLinearly(UNITS);

  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["one cookie list of a megabyte of strings", "'set-cookie': [ " + "'a', ".repeat(MB / 5)],
    ["cookie list openings", "'set-cookie': [".repeat(MB / 15)],
    ["cookie lists whose strings hold the header", "'set-cookie': [ '" + "set-cookie: [ ', '".repeat(MB / 18)],
    ["a Go header map of a megabyte of cookies", "map[Set-Cookie:[" + "a=b ".repeat(MB / 4) + "]]"],
    ["a Go header map of spaces", "map[Set-Cookie:[a" + " ".repeat(MB) + "]]"],
    ["a string never closed", "'set-cookie': [ '" + "a".repeat(MB)],
    ["cut and joined list elements", "'set-cookie': [ " + "'a'... 9 more characters + ".repeat(MB / 28)],
    ["lists the reader gives up on", "'set-cookie': [\n 'a', Symbol(x),\n".repeat(MB / 32)],
    ["one unreadable list with every quote unclosed", "'set-cookie': [ x, " + "'\"`[{".repeat(MB / 5)],
    ["null-prototype objects never closed", "cookie: [Object: null prototype] { sid: 'a', ".repeat(MB / 45)],
    ["a line of dots", "Getting org as " + ".".repeat(MB)],
    ["a long line ending as a cf line", "Getting org " + "a ".repeat(MB / 2) + " as jdoe..."],
    ["many cf-like line ends", "Getting org as x...\n".repeat(MB / 20)],
    ["many one-character ellipses", "Getting orgs as x\u2026\n".repeat(MB / 18)],
    ["cf lines full of targets", ("Getting a" + " in org a / space b".repeat(50) + " as x...\n").repeat(MB / 960)],
  ];
  itFinishes(megabytes);
});
