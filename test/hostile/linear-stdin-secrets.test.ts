// Hostile forms of literals fed to a command's stdin: consumers with no pipe, pipes with no printer, a printer's
// literal that never ends, here-strings over and over, one stage that runs on. The work grows linearly, a real secret
// after the run still goes, and 1 MB of each finishes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const shapes: Array<[string, (size: number) => string]> = [
  ["consumers with no pipe", repeat("--password-stdin ")],
  ["pipes into base64", repeat("|base64")],
  ["an echo whose quote never closes", (n) => "echo '" + repeat("a ")(n) + " | docker login --password-stdin"],
  ["here-strings over and over", repeat("base64 <<< <<< ")],
  ["printers piped into each other", repeat("echo a | chpasswd | ")],
];

describe("stdin secrets on hostile input", () => {
  itStaysLinear(shapes, redact);

  it.each(shapes)("1 MB of %s finishes", (_name, make) => {
    expect(typeof redact(make(1_000_000))).toBe("string");
  });
});
