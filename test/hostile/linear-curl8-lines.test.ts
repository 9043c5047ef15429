// Hostile pastes for curl 8's verbose lines read around an address (`* IPv4: …` lists, `* Established connection to
// … from …`): the work (see work-meter.ts) grows linearly with the input.
import { describe, expect, it } from "vitest";
import { redact } from "../redaction/lib/redact-text";
import { growth, LINEAR, repeat } from "./work-meter";

const shapes: Array<[string, (size: number) => string]> = [
  ["one IPv4 line listing addresses without end", (n) => "* IPv4: " + repeat("52.14.80.7, ")(n)],
  ["IPv4 lines of hex and dots that hold no address", repeat("* IPv4: 1.2.3.4.5.6.7.8.9:a:b:c, \n")],
  ["Established lines cut before their port", repeat("* Established connection to h (52.14.80.7 port ")],
];

describe("curl 8 verbose lines on hostile input", () => {
  it.each(shapes)("%s grows linearly", (_, make) => {
    expect(growth(make, (s) => redact(s), 2_000)).toBeLessThan(LINEAR);
  });
});
