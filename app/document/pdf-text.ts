// Line breaking for the PDF. pdf-lib wraps nothing across pages and never breaks a long unbroken token (a JWT, a
// URL), and its widthOfTextAtSize throws on "\n": so this module breaks text itself, given a way to measure it.
import type { Face } from "./pdf-fonts";

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

export interface Fragment {
  text: string;
  face: Face;
  color: Rgb;
}

export interface TextLine {
  fragments: Fragment[];
  width: number;
}

export interface Measurer {
  width(text: string, face: Face, size: number): number;
  charWidth(cp: number, face: Face, size: number): number;
}

type Token =
  | { kind: "word"; fragments: Fragment[]; width: number }
  | { kind: "space"; fragment: Fragment; width: number }
  | { kind: "break" };

/** Characters after which a long token (URL, scope list, JSON) may be broken. */
const SOFT_BREAK_AFTER = new Set(["/", "?", "&", "=", ",", ";", ":", ".", "-", "_", "|", ")", "]", "}", "+"]);

function tokenize(fragments: Fragment[], size: number, measure: Measurer): Token[] {
  const tokens: Token[] = [];
  let word: Extract<Token, { kind: "word" }> | null = null;
  for (const fragment of fragments) {
    for (const part of fragment.text.split(/(\n|[ \t\u00a0]+)/)) {
      if (part === "") continue;
      if (part === "\n") {
        word = null;
        tokens.push({ kind: "break" });
      } else if (/^[ \t\u00a0]+$/.test(part)) {
        word = null;
        const space = { ...fragment, text: " " };
        tokens.push({ kind: "space", fragment: space, width: measure.width(" ", fragment.face, size) });
      } else {
        const piece = { ...fragment, text: part };
        const width = measure.width(part, fragment.face, size);
        if (word) {
          word.fragments.push(piece);
          word.width += width;
        } else {
          tokens.push((word = { kind: "word", fragments: [piece], width }));
        }
      }
    }
  }
  return tokens;
}

class LineBuilder {
  lines: TextLine[] = [];
  private current: Fragment[] = [];
  private width = 0;

  constructor(readonly maxWidth: number) {}

  get used(): number {
    return this.width;
  }
  get empty(): boolean {
    return this.current.length === 0;
  }

  push(fragment: Fragment, width: number): void {
    const last = this.current.at(-1);
    if (last && last.face === fragment.face && last.color === fragment.color) last.text += fragment.text;
    else this.current.push({ ...fragment });
    this.width += width;
  }

  end(): void {
    this.lines.push({ fragments: this.current, width: this.width });
    this.current = [];
    this.width = 0;
  }
}

/** Breaks one over-long word into pieces, preferring to break after URL/JSON punctuation near the edge. */
function breakWord(word: Fragment[], size: number, measure: Measurer, line: LineBuilder): void {
  const chars: Array<{ ch: string; fragment: Fragment; width: number }> = [];
  for (const fragment of word)
    for (const ch of fragment.text)
      chars.push({ ch, fragment, width: measure.charWidth(ch.codePointAt(0) ?? 0x3f, fragment.face, size) });
  let start = 0;
  while (start < chars.length) {
    const room = line.maxWidth - line.used;
    let width = 0;
    let end = start;
    let soft = -1;
    while (end < chars.length && width + chars[end].width <= room) {
      width += chars[end].width;
      if (SOFT_BREAK_AFTER.has(chars[end].ch)) soft = end + 1;
      end++;
    }
    if (end === start) {
      if (!line.empty) {
        line.end();
        continue;
      }
      end = start + 1; // a single glyph wider than the line: place it anyway
    } else if (end < chars.length && soft > start && soft - start >= (end - start) * 0.5) {
      end = soft;
    }
    for (let i = start; i < end; i++) line.push({ ...chars[i].fragment, text: chars[i].ch }, chars[i].width);
    start = end;
    if (start < chars.length) line.end();
  }
}

/** Greedy line breaking of styled text: spaces are break opportunities, "\n" forces a break, long tokens split. */
export function wrapFragments(fragments: Fragment[], maxWidth: number, size: number, measure: Measurer): TextLine[] {
  const line = new LineBuilder(maxWidth);
  let pendingSpace: Extract<Token, { kind: "space" }> | null = null;
  for (const token of tokenize(fragments, size, measure)) {
    if (token.kind === "break") {
      line.end();
      pendingSpace = null;
    } else if (token.kind === "space") {
      if (!line.empty) pendingSpace = token;
    } else {
      const spaceWidth = pendingSpace ? pendingSpace.width : 0;
      if (line.used + spaceWidth + token.width <= maxWidth) {
        if (pendingSpace) line.push(pendingSpace.fragment, pendingSpace.width);
        for (const f of token.fragments) line.push(f, measure.width(f.text, f.face, size));
      } else if (token.width <= maxWidth) {
        if (!line.empty) line.end();
        for (const f of token.fragments) line.push(f, measure.width(f.text, f.face, size));
      } else {
        // Fill the rest of this line only when a fair amount of it is left; else start the token on a new line.
        if (!line.empty && maxWidth - line.used - spaceWidth > maxWidth * 0.3) {
          if (pendingSpace) line.push(pendingSpace.fragment, pendingSpace.width);
        } else if (!line.empty) {
          line.end();
        }
        breakWord(token.fragments, size, measure, line);
      }
      pendingSpace = null;
    }
  }
  if (!line.empty || line.lines.length === 0) line.end();
  return line.lines;
}

export interface CodeLine {
  text: string;
  /** A wrapped part of a longer source line. */
  continuation: boolean;
}

const TAB = "    ";

/**
 * Monospace lines that fit `maxWidth`: spaces kept, tabs expanded, long lines broken at the edge (after a space or
 * a comma, semicolon or ampersand when one is close, else mid-token — a JWT-length string breaks anywhere).
 */
export function wrapCode(
  text: string,
  maxWidth: number,
  size: number,
  measure: Measurer,
  face: Face = "mono",
): CodeLine[] {
  const out: CodeLine[] = [];
  for (const raw of text.split("\n")) {
    const source = raw.includes("\t") ? raw.replace(/\t/g, TAB) : raw;
    if (source.length === 0) {
      out.push({ text: "", continuation: false });
      continue;
    }
    let start = 0;
    let width = 0;
    let soft = -1;
    let continuation = false;
    let i = 0;
    while (i < source.length) {
      const cp = source.codePointAt(i) ?? 0x3f;
      const step = cp > 0xffff ? 2 : 1;
      const w = measure.charWidth(cp, face, size);
      if (width + w > maxWidth && i > start) {
        const cut = soft > start && i - soft < 24 ? soft : i;
        out.push({ text: source.slice(start, cut), continuation });
        continuation = true;
        start = cut;
        i = cut;
        width = 0;
        soft = -1;
        continue;
      }
      width += w;
      i += step;
      const ch = source[i - step];
      if (ch === " " || ch === "," || ch === ";" || ch === "&") soft = i;
    }
    out.push({ text: source.slice(start), continuation });
  }
  return out;
}
