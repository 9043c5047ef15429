// Hostile forms of phone numbers under a contact's key: keys by the thousand, a list of numbers that never ends, a
// run of hyphenated words before a colon, keys of 48 characters and more, digits too long to be a phone. The work
// (counted operations and the characters of the pieces cut, see work-meter.ts) grows linearly, a real secret after
// the run still goes, and 1 MB of each finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const shapes: Array<[string, (size: number) => string]> = [
  ["contact keys, one after another", repeat("mobile: 9988776655 ")],
  ["a list of numbers after one key", (n) => "numbers: [" + repeat('"9988776655", ')(n)],
  ["a list separated by commas alone", (n) => "sms: 9988776655" + repeat(",9988776655")(n)],
  ["hyphenated words before a colon", (n) => repeat("a-")(n) + "mobile: 9988776655"],
  ["long keys", repeat("x".repeat(60) + "mobile: 9988776655 ")],
  ["digits too long to be a phone", (n) => "cell: " + repeat("9")(n)],
  ["keys that name no contact", repeat("id: 9988776655 ")],
];

describe("phone numbers under a contact's key, on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });

  it("1 MB of a list of numbers finishes, every number gone", () => {
    const out = redact("numbers: 9988776600" + ", 9988776655".repeat(80_000));
    expect(out).not.toContain("9988776655");
  });
});
