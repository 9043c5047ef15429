import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { FontSet } from "~/document/pdf-fonts";
import { testFonts } from "./helpers";

const fontSet = async () => FontSet.embed(await PDFDocument.create(), await testFonts());
const runs = async (text: string, face: "sans" | "bold" | "mono") =>
  (await fontSet()).runs(text, face).map((r) => [r.face, r.text, r.complex]);

describe("FontSet", () => {
  it("keeps text the face can draw in one run", async () => {
    expect(await runs("system/Specimen.read → Ω é ñ", "mono")).toEqual([
      ["mono", "system/Specimen.read → Ω é ñ", false],
    ]);
  });

  it("falls back from Mono to Sans for a glyph Mono lacks, and replaces what no face has", async () => {
    expect(await runs("a😀b中c", "mono")).toEqual([
      ["mono", "a", false],
      ["sans", "😀", false],
      ["mono", "b\uFFFDc", false],
    ]);
  });

  it("replaces control characters, drops invisible format characters, and sets right-to-left scripts apart", async () => {
    // U+2066 (a bidi isolate) and U+E0020 (a tag) have no glyph in DejaVu: dropped, not shown as �.
    expect(await runs("x\u0007y\u2066z\u{E0020}", "sans")).toEqual([["sans", "x\uFFFDyz", false]]);
    expect(await runs("ok עברית العربية", "sans")).toEqual([
      ["sans", "ok ", false],
      ["sans", "עברית", true],
      ["sans", " ", false],
      ["sans", "العربية", true],
    ]);
  });

  it("measures text, with fallback glyphs at their own width", async () => {
    const fonts = await fontSet();
    expect(fonts.width("MMMM", "mono", 10)).toBeCloseTo(4 * fonts.width("i", "mono", 10), 5);
    expect(fonts.width("", "sans", 10)).toBe(0);
    expect(fonts.width("😀", "mono", 10)).toBe(fonts.width("😀", "sans", 10));
  });
});
