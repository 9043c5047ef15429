// The readers added for the held-out support-report sample on hostile input: the work grows linearly with the input
// (counted operations, see test/hostile/work-meter.ts), and a megabyte of each trigger finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth } from "../hostile/work-meter";

const repeat = (unit: string) => (size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;
const LINEAR = 5;

const UNITS: Array<[string, string]> = [
  ["dotted random parts", "0.AR8AqW3eRt5yUi7oP9aS1dF2gH4jK6lZ8xC0vB.AgABAAIAAAD~~4f1c2a9e "],
  ["dots between short parts", "a.b.c.d.e.f.g.h."],
  ["tildes and dots", "~.~.~~..~"],
  ["CDA fragment roots, never closed", "<recordTarget>\n"],
  ["patient roles with a log prefix", 'cda_1  |   <patientRole><id extension="7731954"/>\n'],
  ["nested fragment elements", "<recordTarget><patientRole><patient><name><given>ROSA"],
];

describe("hostile input for the held-out support-report readers", () => {
  for (const [name, unit] of UNITS)
    it(`${name}: repeated, the redaction grows linearly`, () => {
      expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    });

  const mb = 1 << 20;
  const megabytes: Array<[string, string]> = [
    ...UNITS.map(([name, unit]): [string, string] => [name, repeat(unit)(mb)]),
    ["one run of dots", "x " + ".".repeat(mb) + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8"],
    ["one fragment root, then a megabyte of nesting", "<recordTarget>" + "<patient>".repeat(mb / 9)],
    ["a fragment root, then an attribute never closed", '<patientRole><id extension="' + "7".repeat(mb)],
    ["one dotted run of random parts, never ending", "x " + "Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8.".repeat(mb / 25)],
  ];
  for (const [name, text] of megabytes)
    it(`a megabyte: ${name} finishes`, () => {
      expect(redact(text).length).toBeGreaterThan(0);
    });
});
