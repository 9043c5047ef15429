import { describe, expect, it } from "vitest";
import { hl7BlockLength, hl7Delimiters, hl7Segments } from "~/evidence/hl7";

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

  it("refuses lines that only look like a header (letters as delimiters, repeated delimiters, no MSH-2)", () => {
    for (const line of ["MSH: the header segment", "MSHA^~\\&A", "MSH|^^\\&|A", "MSH|", "MSH|^~\\&"])
      expect(hl7Delimiters(line)).toBeNull();
  });

  it("a line that does not start a segment belongs to the one before; a blank line ends the message", () => {
    const d = hl7Delimiters("MSH|^~\\&|A")!;
    const lines = ["MSH|^~\\&|A|B\n", "PID|1||25\n", "|||(509)421-0355\n", "\n", "and then prose\n"];
    expect(hl7BlockLength(lines, 0, d)).toBe(3);
    expect(hl7Segments(lines.slice(0, 3).join(""), d)).toEqual(["MSH|^~\\&|A|B\n", "PID|1||25\n|||(509)421-0355\n"]);
  });
});
