// The readers added for the held-out support-report sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe } from "vitest";
import { itFinishes, itGrowsLinearly, MB, megabytesOf, type NamedText } from "../hostile/lib/hostile-tables";

const UNITS: NamedText[] = [
  ["dotted random parts", "0.AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8xC0vB.AgABAAIAAAD~~4f1c2a9e "],
  ["dots between short parts", "a.b.c.d.e.f.g.h."],
  [
    "codes of two random parts under 100 characters",
    "0.AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8xC0vB.AgABAAIAAAD--DLA3VO7QrddgJg7W\n",
  ],
  [
    "Epic-like ids of 65+ characters, one random part",
    "Tbt3KuCY0B5PSrJvCu2j-PlK.aiHs.u2xU.jUM8.bWpe.tXoB.a.b.c.d.e.f.g.h.i ",
  ],
  ["tildes and dots", "~.~.~~..~"],
  ["CDA fragment roots, never closed", "<recordTarget>\n"],
  ["patient roles with a log prefix", 'cda_1  |   <patientRole><id extension="7731954"/>\n'],
  ["quoted names written LAST,FIRST without a blank", '"sub":"1","name":"SMART,NANCY,AB,CD,EF,GH,'],
  ["nested fragment elements", "<recordTarget><patientRole><patient><name><given>ROSA"],
  ["prefixed fragment roots on one line, never closed", "a=<cda:recordTarget> <v3:patientRole "],
  [
    "closed fragments, many on one line",
    '<recordTarget><patientRole><id extension="7731954"/></patientRole></recordTarget> ',
  ],
  ["backticked fragment tags before real ones on one line", "`<patientRole>` <patientRole><given>ROSA</given> "],
];

describe("hostile input for the held-out support-report readers", () => {
  itGrowsLinearly(UNITS);

  const megabytes: NamedText[] = [
    ...megabytesOf(UNITS),
    ["one run of dots", "x " + ".".repeat(MB) + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8"],
    ["one fragment root, then a megabyte of nesting", "<recordTarget>" + "<patient>".repeat(MB / 9)],
    ["a fragment root, then an attribute never closed", '<patientRole><id extension="' + "7".repeat(MB)],
    ["one dotted run of random parts, never ending", "x " + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8.".repeat(MB / 25)],
  ];
  itFinishes(megabytes);
});
