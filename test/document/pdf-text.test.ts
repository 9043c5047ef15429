import { describe, expect, it } from "vitest";
import { wrapCode, wrapFragments, type Fragment, type Measurer } from "~/document/pdf-text";

// Every character is 1 unit wide, so widths are character counts.
const measure: Measurer = { width: (text) => [...text].length, charWidth: () => 1 };
const ink = { r: 0, g: 0, b: 0 };
const plain = (text: string): Fragment => ({ text, face: "sans", color: ink });
const code = (text: string): Fragment => ({ text, face: "mono", color: ink });
const lineTexts = (fragments: Fragment[], width: number) =>
  wrapFragments(fragments, width, 1, measure).map((l) => l.fragments.map((f) => f.text).join(""));

describe("wrapFragments", () => {
  it("breaks at spaces, keeps every word whole when it fits, and never exceeds the width", () => {
    const lines = wrapFragments([plain("the quick brown fox jumps over the lazy dog")], 10, 1, measure);
    expect(lines.map((l) => l.fragments.map((f) => f.text).join(""))).toEqual([
      "the quick",
      "brown fox",
      "jumps over",
      "the lazy",
      "dog",
    ]);
    expect(Math.max(...lines.map((l) => l.width))).toBeLessThanOrEqual(10);
  });

  it("honours newlines as line breaks", () => {
    expect(lineTexts([plain("a\nb c\n\nd")], 20)).toEqual(["a", "b c", "", "d"]);
  });

  it("splits a token longer than the line, preferring to break after URL punctuation", () => {
    expect(lineTexts([code("https://host/r4/tenant/Specimen")], 12)).toEqual([
      "https://",
      "host/r4/",
      "tenant/",
      "Specimen",
    ]);
    expect(lineTexts([plain("x"), plain(" "), code("A".repeat(25))], 10)).toEqual([
      "x AAAAAAAA",
      "AAAAAAAAAA",
      "AAAAAAA",
    ]);
  });

  it("keeps styled runs that touch (no space between them) on one line when they fit", () => {
    const lines = wrapFragments([plain("scope: "), code("system/Specimen.read"), plain(".")], 40, 1, measure);
    expect(lines).toHaveLength(1);
    expect(lines[0].fragments.map((f) => [f.face, f.text])).toEqual([
      ["sans", "scope: "],
      ["mono", "system/Specimen.read"],
      ["sans", "."],
    ]);
  });
});

describe("wrapCode", () => {
  it("keeps indentation, expands tabs and marks continuation lines", () => {
    expect(wrapCode('  {\n\t"a": 1\n}', 40, 1, measure)).toEqual([
      { text: "  {", continuation: false },
      { text: '    "a": 1', continuation: false },
      { text: "}", continuation: false },
    ]);
  });

  it("breaks a JWT-length token anywhere and a long line after a nearby space or comma", () => {
    const jwt = "e".repeat(25);
    expect(wrapCode(jwt, 10, 1, measure).map((l) => l.text)).toEqual(["eeeeeeeeee", "eeeeeeeeee", "eeeee"]);
    expect(wrapCode("aaaa, bbbbbbbbb", 10, 1, measure)).toEqual([
      { text: "aaaa, ", continuation: false },
      { text: "bbbbbbbbb", continuation: true },
    ]);
  });

  it("never splits a character outside the Basic Multilingual Plane", () => {
    const lines = wrapCode("😀😀😀", 2, 1, measure);
    expect(lines.map((l) => l.text)).toEqual(["😀😀", "😀"]);
  });
});
