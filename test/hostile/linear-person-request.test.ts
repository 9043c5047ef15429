// Hostile forms of a request body sent to a person's resource: bodies by the thousand on one logged line, data
// options with no command, a command whose JSON body runs 1 MB, URL words by the thousand. The work (counted operations
// and the characters of the pieces cut, see work-meter.ts) grows linearly, a real secret after the run still goes,
// and 1 MB of each finishes with the person's name gone.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const shapes: Array<[string, (size: number) => string]> = [
  [
    "logged bodies on one line",
    (n) => "INFO " + repeat('curl -d {"name": "Tamsin Quarrie"} https://a.example/patient ')(n),
  ],
  ["data options before empty bodies, no command", repeat(" -d {}")],
  [
    "one logged command, then bodies and URLs",
    (n) => "2024 INFO curl" + repeat(' -d {"a":1} https://a.example/users')(n),
  ],
  [
    "a command whose body holds many objects",
    (n) => `curl https://a.example/v1/patients -d '[${repeat('{"name": "Tamsin Quarrie"},')(n)}{}]'`,
  ],
];

describe("request bodies sent to a person's resource, on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });

  it("1 MB of logged bodies on one line finishes, every name gone", () => {
    const unit = 'curl -d {"name": "Tamsin Quarrie"} https://a.example/patient ';
    const out = redact("INFO " + unit.repeat(Math.ceil(1_000_000 / unit.length)));
    expect(out).not.toContain("Tamsin");
  });
});
