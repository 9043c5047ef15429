// Finding an HL7 v2 message inside a line and splitting segments joined on one line: the pure readers behind
// test/redaction/hl7-logged.test.ts.
import { describe, expect, it } from "vitest";
import { hl7Delimiters } from "~/evidence/hl7";
import { messageStart, quotedEnd, samePrefixCut } from "~/evidence/hl7-logged";
import { restoreWritten, splitWritten } from "~/evidence/hl7-joined";

const d = hl7Delimiters("MSH|^~\\&|A|B")!;

describe("messageStart", () => {
  it("finds MSH after a log prefix, a quote, MLLP's VT or a written \\v, with its delimiters", () => {
    expect(messageStart("10:00 DEBUG << MSH|^~\\&|A|B")?.at).toBe(15);
    expect(messageStart('s = "\\vMSH|^~\\\\&|A|B\\rPID|1"')?.d.escape).toBe("\\");
    expect(messageStart("\u000bMSH|^~\\&|A")?.at).toBe(1);
    expect(messageStart("payload=MSH#^~\\&#A")?.d.field).toBe("#");
  });

  it("ignores MSH inside a word and MSH that declares no delimiters", () => {
    expect(messageStart("XMSH|^~\\&|A|B")).toBeNull();
    expect(messageStart("the MSH segment, MSH|^ and MSH| |")).toBeNull();
  });
});

describe("quotedEnd", () => {
  it("ends a message at its string's closing quote, past escaped quotes; the line's end when it never closes", () => {
    const line = 'x = "MSH|^~\\\\&|A|say \\"hi\\"|B\\rPID|1"; y();';
    expect(line.slice(quotedEnd(line, 5))).toBe('"; y();');
    expect(quotedEnd('x = "MSH|^~\\\\&|A', 5)).toBe(16);
    expect(quotedEnd("<< MSH|^~\\&|A", 3)).toBe(-1);
  });
});

describe("samePrefixCut", () => {
  it("accepts the MSH line's prefix with other digits, before a segment", () => {
    const prefix = "2025-01-02 10:00:01,120 [Thread-7] INFO  ";
    expect(samePrefixCut("2025-01-02 10:00:02,5 [Thread-161] INFO  PID|1||x", prefix, d)).toBe(41);
  });

  it("refuses another prefix, a missing digit run, or no segment after it", () => {
    const prefix = "2025-01-02 10:00:01 INFO  ";
    expect(samePrefixCut("2025-01-02 10:00:01 WARN  PID|1", prefix, d)).toBe(-1);
    expect(samePrefixCut("2025-01-02 10:00: INFO  PID|1", prefix, d)).toBe(-1);
    expect(samePrefixCut("2025-01-02 10:00:01 INFO  connected", prefix, d)).toBe(-1);
  });
});

describe("splitWritten / restoreWritten", () => {
  it("makes written and lost separators carriage returns and gives each back", () => {
    const block = "MSH|^~\\&|A\\rPID|1\\x0dPV1|1 NTE|1|a NOTE|x\\u001c\\r";
    const { text, notes } = splitWritten(block, d);
    expect(text.split("\r").map((s) => s.slice(0, 3))).toEqual(["MSH", "PID", "PV1", "NTE", "", ""]);
    expect(text).toContain("a NOTE|x");
    expect(restoreWritten(text, notes)).toBe(block);
  });

  it("keeps raw carriage returns as they are", () => {
    const block = "MSH|^~\\&|A\rPID|1\\rPV1|1\r\n";
    const { text, notes } = splitWritten(block, d);
    expect(notes).toEqual([null, "\\r", null]);
    expect(restoreWritten(text, notes)).toBe(block);
  });
});
