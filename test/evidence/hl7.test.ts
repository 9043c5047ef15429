import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { MIN_WRAP_WIDTH, hl7BlockLength, hl7Delimiters, hl7Segments, isSegmentContinuation } from "~/evidence/hl7";

describe("HL7 v2 delimiters and segments", () => {
  it("reads the field separator from MSH-1 and the encoding characters from MSH-2", () => {
    expect(hl7Delimiters("MSH|^~\\&|A|B")).toEqual({
      field: "|",
      component: "^",
      repetition: "~",
      escape: "\\",
      subcomponent: "&",
    });
    expect(hl7Delimiters("MSH#*~\\&#LAB#HOSP")).toEqual({
      field: "#",
      component: "*",
      repetition: "~",
      escape: "\\",
      subcomponent: "&",
    });
  });

  it("reads MSH-2 as a page or an editor left it: Markdown escapes, a lost escape character", () => {
    const standard = { field: "|", component: "^", repetition: "~", escape: "\\", subcomponent: "&" };
    expect(hl7Delimiters("MSH|^\\~\\&|ACME")).toEqual(standard);
    expect(hl7Delimiters("MSH|\\^\\~\\&|ACME")).toEqual(standard);
    expect(hl7Delimiters("MSH|^~&|EPIC")).toEqual(standard);
    // Three characters ending in the escape character: no subcomponent separator was written, `&` is assumed.
    expect(hl7Delimiters("MSH|^~\\|LAB")).toEqual(standard);
    expect(hl7Delimiters("MSH|^~#|LAB")).toEqual({ ...standard, subcomponent: "#" });
  });

  it("refuses lines that only look like a header (letters as delimiters, repeated delimiters, no MSH-2)", () => {
    for (const line of ["MSH: the header segment", "MSHA^~\\&A", "MSH|^^\\&|A", "MSH|", "MSH|^~\\&"])
      expect(hl7Delimiters(line)).toBeNull();
  });

  const d = hl7Delimiters("MSH|^~\\&|A")!;
  const PID = "PID|1||25^^^^SR||FLOYD^FRANK^^^^^L||20030123|M|||612 S WRIGHT CT^^KENNEWICK^WA^99366";

  it("a line a wrap broke off a segment belongs to it; a blank line ends the message", () => {
    const lines = ["MSH|^~\\&|A|B\n", PID + "\n", "|||(509)421-0355\n", "\n", "and then prose\n"];
    expect(hl7BlockLength(lines, 0, d)).toBe(3);
    expect(hl7Segments(lines.slice(0, 3).join(""), d)).toEqual(["MSH|^~\\&|A|B\n", PID + "\n|||(509)421-0355\n"]);
  });

  it("a line under a segment too short to have been wrapped starts something else", () => {
    expect(hl7BlockLength(["MSH|^~\\&|A|B\n", "PID|1||25\n", "|a|b|\n"], 0, d)).toBe(2);
    expect(isSegmentContinuation("|||(509)421-0355", "x".repeat(MIN_WRAP_WIDTH - 1), d)).toBe(false);
    expect(isSegmentContinuation("|||(509)421-0355", "x".repeat(MIN_WRAP_WIDTH), d)).toBe(true);
  });

  it("a segment a mail client wrapped at a blank keeps its rest, though the line above is short of the column", () => {
    const wrapped =
      "MSH|^~\\&|APP|FAC|REC|RFAC|20200101120000||ADT^A01|MSG00001|P|2.5\n" +
      "PID|1||MRN123^^^H||Roe^Jane^Q||19800203|F|||1 Main\n" +
      "St^^Springfield^IL^62701^USA^H||555-867-5309|||S||ACC99887766|123-45-6789";
    const out = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "t",
      kind: "text",
      text: wrapped,
    }).text;
    for (const value of ["Springfield", "62701", "ACC99887766", "867-5309", "123-45-6789", "Roe", "MRN123"])
      expect(out).not.toContain(value);
  });

  it("a table row, a log line with ` | ` or a YAML `key: |` under a long segment is not part of it", () => {
    for (const line of [
      "| patient | Jane Smith |",
      "  | a | b |",
      "2024-01-01 ERROR token=x | user=y",
      "client_secret: |",
      "description: >-",
      "note: |2",
    ])
      expect(isSegmentContinuation(line, PID, d), line).toBe(false);
    // HL7 may pad a value on one side (`| BOUVIER`, `^ HL70296`): still a continuation.
    for (const line of ["KENNEDY^JR^^^L| BOUVIER^^^^^^M|19900607|M", "|EN^ENGLISH^ HL70296^^^|||", "ST|", "|"])
      expect(isSegmentContinuation(line, PID, d), line).toBe(true);
    // Blank lines never are.
    for (const line of ["   ", ""]) expect(isSegmentContinuation(line, PID, d), line).toBe(false);
  });

  it("a wrapped rest with no field separator is still the segment's when it joins values with the component separator", () => {
    // A mail client broke `…|||1 Main St^^Springfield^IL^62701` at its blank: the rest has only `^` in it.
    for (const line of ["St^^Springfield^IL^62701", "SPRINGFIELD^IL^62701", "IL^62701", "Main Street^^Springfield^IL"])
      expect(isSegmentContinuation(line, PID, d), line).toBe(true);
    // Under a short line, or when the separator stands alone between blanks or is not the message's, it is not.
    expect(isSegmentContinuation("St^^Springfield^IL^62701", "PID|1||25", d)).toBe(false);
    for (const line of ["raise x ^ 2 here", "ends with ^", "no separators at all", "client_secret: |", "x*y*z"])
      expect(isSegmentContinuation(line, PID, d), line).toBe(false);
    // Another message's component separator is its own.
    const hash = hl7Delimiters("MSH#*~\\&#LAB#HOSP")!;
    expect(isSegmentContinuation("St**Springfield*IL*62701", PID.replace(/\|/g, "#"), hash)).toBe(true);
    expect(isSegmentContinuation("St^^Springfield^IL^62701", PID.replace(/\|/g, "#"), hash)).toBe(false);
  });

  it("the wrapped rest's address and phone go with the segment", () => {
    const wrapped =
      "MSH|^~\\&|APP|FAC|REC|RFAC|20200101120000||ADT^A01|MSG00001|P|2.5\n" +
      "PID|1||MRN123^^^H||Roe^Jane^Q||19800203|F|||1 Main\n" +
      "St^^Zorbville^IL^62701\n" +
      "PV1|1|I|ROOM^1\n";
    const out = createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({
      id: "t",
      kind: "text",
      text: wrapped,
    }).text;
    for (const value of ["Zorbville", "62701", "Roe", "MRN123"]) expect(out).not.toContain(value);
    for (const fact of ["ADT^A01", "MSG00001", "PV1|1|I|ROOM^1"]) expect(out).toContain(fact);
  });

  it("a carriage return alone ends a segment too", () => {
    expect(hl7Segments("MSH|^~\\&|A\rPID|1\rPV1||I\r", d)).toEqual(["MSH|^~\\&|A\r", "PID|1\r", "PV1||I\r"]);
    expect(hl7Segments("MSH|^~\\&|A\r\nPID|1\r\n", d)).toEqual(["MSH|^~\\&|A\r\n", "PID|1\r\n"]);
  });

  it("blank lines between segments belong to the message; blank lines before anything else end it", () => {
    const lines = ["MSH|^~\\&|A|B\n", "\n", "PID|1\n", "\n", "  \n", "PV1||I\n", "\n", "\n", "prose\n"];
    expect(hl7BlockLength(lines, 0, d)).toBe(6);
    expect(hl7BlockLength(["MSH|^~\\&|A|B\n", "\n", "\n"], 0, d)).toBe(1);
  });

  it("a written `<cr>` ends a segment, with or without a line break after it", () => {
    expect(hl7Segments("MSH|^~\\&|A<cr>PID|1<CR>PV1||I<cr>\n", d)).toEqual([
      "MSH|^~\\&|A<cr>",
      "PID|1<CR>",
      "PV1||I<cr>\n",
    ]);
    // `<` that starts anything else is text of the segment.
    expect(hl7Segments("MSH|^~\\&|A\nOBX|1|ST|x||<5 mg<cr>", d)).toEqual(["MSH|^~\\&|A\n", "OBX|1|ST|x||<5 mg<cr>"]);
  });

  it("an indented message is measured past its indentation", () => {
    const lines = ["    MSH|^~\\&|A|B\n", "    PID|1\n", "\n", "    PV1||I\n", "prose\n"];
    expect(hl7BlockLength(lines, 0, d, "    ")).toBe(4);
  });

  it("a segment indented otherwise than the message is one of its segments", () => {
    const lines = ["    MSH|^~\\&|A|B\n", "\tPID|1\n", "PV1||I\n", "  OBX|1\n", "prose\n"];
    expect(hl7BlockLength(lines, 0, d, "    ")).toBe(4);
    expect(hl7BlockLength(["MSH|^~\\&|A|B\n", "  PID|1\n", "prose\n"], 0, d)).toBe(2);
  });

  it("segments under segments are read however short they are", () => {
    expect(hl7BlockLength(["MSH|^~\\&|A|B\n", "EVN||2006\n", "PID|1\n", "PV1||I\r\n", "prose\n"], 0, d)).toBe(4);
  });
});
