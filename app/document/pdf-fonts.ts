// The PDF's three embedded faces (DejaVu Sans, Sans Bold, Sans Mono, subset), glyph fallback and measuring.
// No input can make a font throw: a character a face lacks is drawn with the next face that has it (Mono → Sans,
// Bold → Sans), else replaced by U+FFFD; invisible format characters the font lacks are dropped.
// pdf-lib is kept behind the pdf*.ts modules so it can be swapped for a fork.
import fontkit from "@pdf-lib/fontkit";
import type { PDFDocument, PDFFont } from "pdf-lib";
import type { FontBytes } from "./fonts";

export type Face = keyof FontBytes;

const FALLBACK: Record<Face, Face[]> = { sans: ["sans"], bold: ["bold", "sans"], mono: ["mono", "sans"] };
const REPLACEMENT = 0xfffd;
/** Scripts that need shaping or right-to-left ordering: laid out by fontkit (slow path, rare). */
const COMPLEX = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFE]/u;
/** Format characters with no ink (soft hyphen, joiners, bidi controls, variation selectors, tags): dropped when the
 * font has no glyph for them. Ranges of code points, inclusive. */
const IGNORABLE: Array<[number, number]> = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x061c, 0x061c],
  [0x115f, 0x1160],
  [0x17b4, 0x17b5],
  [0x180b, 0x180f],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f],
  [0x3164, 0x3164],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
  [0xffa0, 0xffa0],
  [0x1bca0, 0x1bca3],
  [0x1d173, 0x1d17a],
  [0xe0000, 0xe0fff],
];
const isIgnorable = (cp: number): boolean => IGNORABLE.some(([from, to]) => cp >= from && cp <= to);
const FEATURES = { liga: false, clig: false, dlig: false, calt: false };

interface KitGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface KitFont {
  unitsPerEm: number;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): KitGlyph;
  layout(text: string, features?: Record<string, boolean>): { glyphs: KitGlyph[] };
}
/** The parts of pdf-lib's subset embedder the fast encoder uses; checked at run time, else pdf-lib's own path. */
interface SubsetEmbedder {
  font: KitFont;
  subset: { includeGlyph(glyph: KitGlyph): number };
  glyphs: KitGlyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

interface Resolved {
  face: Face;
  /** What is drawn: the character, its replacement, or "" when dropped. */
  text: string;
  /** Advance in font units per 1000 em. */
  advance: number;
  complex: boolean;
}

export interface Run {
  face: Face;
  text: string;
  complex: boolean;
}

interface Embedded {
  pdf: PDFFont;
  kit: KitFont;
  embedder: SubsetEmbedder | null;
  /** code point → 4-hex-digit subset glyph id */
  hex: Map<number, string>;
}

function subsetEmbedder(font: PDFFont): SubsetEmbedder | null {
  const embedder = (font as unknown as { embedder?: Partial<SubsetEmbedder> }).embedder;
  const ok =
    embedder &&
    typeof embedder.font?.glyphForCodePoint === "function" &&
    typeof embedder.subset?.includeGlyph === "function" &&
    Array.isArray(embedder.glyphs) &&
    embedder.glyphIdMap instanceof Map &&
    typeof embedder.glyphCache?.invalidate === "function";
  return ok ? (embedder as SubsetEmbedder) : null;
}

export class FontSet {
  /**
   * Per face: the Basic Multilingual Plane as a typed index into `resolved` (the hot path: millions of characters;
   * a sparse array would fall into dictionary mode), the rest in a map.
   */
  private readonly cache: Record<Face, { bmp: Uint32Array; astral: Map<number, Resolved> }> = {
    sans: { bmp: new Uint32Array(0x10000), astral: new Map() },
    bold: { bmp: new Uint32Array(0x10000), astral: new Map() },
    mono: { bmp: new Uint32Array(0x10000), astral: new Map() },
  };
  private readonly resolved: Resolved[] = [];

  private constructor(private readonly faces: Record<Face, Embedded>) {}

  static async embed(pdf: PDFDocument, bytes: FontBytes): Promise<FontSet> {
    pdf.registerFontkit(fontkit);
    const one = async (data: Uint8Array): Promise<Embedded> => {
      const font = await pdf.embedFont(data, { subset: true, features: FEATURES });
      const embedder = subsetEmbedder(font);
      const kit = embedder?.font ?? (fontkit.create(data) as unknown as KitFont);
      return { pdf: font, kit, embedder, hex: new Map() };
    };
    const [sans, bold, mono] = await Promise.all([one(bytes.sans), one(bytes.bold), one(bytes.mono)]);
    return new FontSet({ sans, bold, mono });
  }

  pdfFont(face: Face): PDFFont {
    return this.faces[face].pdf;
  }

  /** Which face draws a code point, with what, and how wide. Cached per face. */
  resolve(cp: number, face: Face): Resolved {
    const cache = this.cache[face];
    if (cp <= 0xffff) {
      const index = cache.bmp[cp];
      if (index !== 0) return this.resolved[index - 1];
    } else {
      const hit = cache.astral.get(cp);
      if (hit) return hit;
    }
    let resolved: Resolved | null = null;
    const char = String.fromCodePoint(cp);
    const control = cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
    if (!control) {
      for (const candidate of FALLBACK[face]) {
        const kit = this.faces[candidate].kit;
        if (kit.hasGlyphForCodePoint(cp)) {
          resolved = { face: candidate, text: char, advance: this.advance(candidate, cp), complex: COMPLEX.test(char) };
          break;
        }
      }
    }
    if (!resolved && !control && isIgnorable(cp)) resolved = { face, text: "", advance: 0, complex: false };
    if (!resolved) {
      const target = FALLBACK[face].find((f) => this.faces[f].kit.hasGlyphForCodePoint(REPLACEMENT));
      resolved = target
        ? {
            face: target,
            text: String.fromCodePoint(REPLACEMENT),
            advance: this.advance(target, REPLACEMENT),
            complex: false,
          }
        : { face, text: "?", advance: this.advance(face, 0x3f), complex: false };
    }
    if (cp <= 0xffff) {
      this.resolved.push(resolved);
      cache.bmp[cp] = this.resolved.length;
    } else {
      cache.astral.set(cp, resolved);
    }
    return resolved;
  }

  private advance(face: Face, cp: number): number {
    const kit = this.faces[face].kit;
    return (kit.glyphForCodePoint(cp).advanceWidth * 1000) / kit.unitsPerEm;
  }

  /** Width in points of one code point in a face (its fallback included). */
  charWidth(cp: number, face: Face, size: number): number {
    return (this.resolve(cp, face).advance * size) / 1000;
  }

  /** The text split into drawable runs: one face each, complex-script runs apart. Slices, not per-character joins. */
  runs(text: string, face: Face): Run[] {
    const runs: Run[] = [];
    let current: Run | null = null;
    let start = 0; // start of the stretch of `text` copied as is into `current`
    const close = (end: number) => {
      if (current && end > start) current.text += text.slice(start, end);
    };
    for (let i = 0; i < text.length;) {
      const cp = text.codePointAt(i) ?? REPLACEMENT;
      const width = cp > 0xffff ? 2 : 1;
      const r = this.resolve(cp, face);
      const same = current !== null && current.face === r.face && current.complex === r.complex;
      const verbatim = r.text.length === width && (width === 1 ? r.text.charCodeAt(0) === cp : true);
      if (same && verbatim) {
        i += width;
        continue;
      }
      close(i);
      if (r.text !== "") {
        if (!same) runs.push((current = { face: r.face, text: "", complex: r.complex }));
        if (verbatim) {
          start = i;
          i += width;
          continue;
        }
        (current as Run).text += r.text;
      }
      i += width;
      start = i;
    }
    close(text.length);
    return runs;
  }

  /** Width in points, complex runs measured with shaping. */
  width(text: string, face: Face, size: number): number {
    let units = 0;
    for (const run of this.runs(text, face)) {
      if (run.complex) {
        const kit = this.faces[run.face].kit;
        units += kit
          .layout(run.text, FEATURES)
          .glyphs.reduce((sum, g) => sum + (g.advanceWidth * 1000) / kit.unitsPerEm, 0);
      } else {
        for (const ch of run.text) units += this.resolve(ch.codePointAt(0) ?? REPLACEMENT, run.face).advance;
      }
    }
    return (units * size) / 1000;
  }

  /**
   * The run as a PDF hex string of subset glyph ids, `<0001002a…>`, ready for a Tj operator. Plain text maps code
   * point → glyph directly (fontkit's full layout per line is ~100× slower, and 5 MB of evidence is tens of thousands
   * of lines); complex scripts go through the layout (shaping, right-to-left order).
   */
  encode(run: Run): string {
    const face = this.faces[run.face];
    const embedder = face.embedder;
    if (run.complex || !embedder) return face.pdf.encodeText(run.text).toString();
    let hex = "";
    for (const ch of run.text) {
      const cp = ch.codePointAt(0) ?? REPLACEMENT;
      let code = face.hex.get(cp);
      if (code === undefined) {
        const glyph = embedder.font.glyphForCodePoint(cp);
        const id = embedder.subset.includeGlyph(glyph);
        embedder.glyphs[id - 1] = glyph;
        embedder.glyphIdMap.set(glyph.id, id);
        embedder.glyphCache.invalidate();
        code = id.toString(16).padStart(4, "0");
        face.hex.set(cp, code);
      }
      hex += code;
    }
    return `<${hex}>`;
  }
}
