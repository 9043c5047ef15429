// The shared cue-line loop (detectors/line-of.ts) that the layout detectors and the code-credential reader use.
import { describe, expect, it } from "vitest";
import { eachCueLine, lineAround } from "~/redaction/detectors/line-of";
import { createRedactor } from "~/redaction/redact";

const visited = (text: string, cue: RegExp, maxLine = 400, resume?: (s: number, e: number) => number) => {
  const lines: string[] = [];
  eachCueLine(text, cue, maxLine, (s, e) => {
    lines.push(text.slice(s, e));
    return resume?.(s, e);
  });
  return lines;
};

describe("eachCueLine", () => {
  it("a cue that starts with the line break before its line visits that line, not the one above", () => {
    expect(visited("above\nhttp -a u:p x\nbelow", /(?:^|\s)http[ \t]/g)).toEqual(["http -a u:p x"]);
  });

  it("visits each line once, however many cues it holds, and skips lines longer than the cap", () => {
    expect(visited("a cue cue\nno\ncue " + "x".repeat(50) + "\ncue", /cue/g, 20)).toEqual(["a cue cue", "cue"]);
  });

  it("resumes after the position the visitor read to, so a block's later lines are not visited again", () => {
    const text = "From: a\nTo: b\nCc: c\nprose\nTo: d";
    const blockEnd = (_s: number, e: number) => text.indexOf("\nprose", e);
    expect(visited(text, /^\w+:/gm, 400, blockEnd)).toEqual(["From: a", "To: d"]);
  });
});

describe("credentials in code on a line after another", () => {
  it("an HTTPie command on the second line loses its password; the line above stays", () => {
    const out = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "a",
      kind: "text",
      text: "Run this:\nhttp -a app-client:hunter2hunter2x POST example.org/token",
    }).text;
    expect(out).not.toContain("hunter2hunter2x");
    expect(out.startsWith("Run this:\nhttp -a app-client:[REDACTED:")).toBe(true);
  });
});

describe("lineAround", () => {
  const text = "first\nsecond line\nthird";
  it("gives the line holding a position, an empty line at a line break", () => {
    expect(lineAround(text, 8)).toEqual([6, 17]);
    expect(lineAround(text, 0)).toEqual([0, 5]);
    expect(lineAround("\nx", 0)).toEqual([0, 0]);
  });

  it("cut to a floor and a limit, it stops there", () => {
    expect(lineAround(text, 10, 8)).toEqual([8, 17]);
    expect(lineAround(text, 10, 0, 12)).toEqual([6, 12]);
    expect(lineAround(text, 10, 9, 11)).toEqual([9, 11]);
  });
});
