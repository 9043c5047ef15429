// The PDF renderer: the document model laid out on A4 or Letter pages with pdf-lib, DejaVu fonts embedded (subset),
// our own line breaking and pagination, a running header, "Page n of N", bookmarks per section and metadata dated
// from the ticket — so the same document always gives the same bytes. Pure: the font bytes come in as an input.
import { PDFDocument, type PDFPage } from "pdf-lib";
import { resolveFonts, type FontSource } from "./fonts";
import type { Block, Field, Inline, TableColumn, TicketDocument } from "./model";
import { inlineText } from "./document-text";
import { FontSet, type Face } from "./pdf-fonts";
import { writeOutline, type OutlineEntry } from "./pdf-outline";
import { wrapCode, wrapFragments, type Fragment, type Rgb, type TextLine } from "./pdf-text";

export type PageSize = "A4" | "Letter";
export const PAGE_SIZES: Record<PageSize, [number, number]> = { A4: [595.28, 841.89], Letter: [612, 792] };

export interface PdfOptions {
  pageSize?: PageSize;
  /** DejaVu Sans, Sans Bold and Sans Mono: bytes, or a loader (the browser fetches, the server reads the disk). */
  fonts: FontSource;
}

const color = (hex: string): Rgb => ({
  r: parseInt(hex.slice(1, 3), 16) / 255,
  g: parseInt(hex.slice(3, 5), 16) / 255,
  b: parseInt(hex.slice(5, 7), 16) / 255,
});

const COLORS = {
  ink: color("#1f2328"),
  muted: color("#57606a"),
  accent: color("#0b4f71"),
  accentLight: color("#a9c6d6"),
  code: color("#24292f"),
  rule: color("#d0d7de"),
  ruleStrong: color("#8c959f"),
  codeBackground: color("#f5f7f9"),
  codeBar: color("#c3ccd5"),
  noteBackground: color("#eef5fa"),
  headerBackground: color("#eaeff3"),
  zebra: color("#f8fafb"),
  white: color("#ffffff"),
  error: color("#b42318"),
  warning: color("#9a6700"),
  info: color("#0a5ea8"),
  neutral: color("#57606a"),
};

const MARGIN = { left: 56, right: 56, top: 66, bottom: 58 };
const BODY = { size: 9.5, leading: 13.6 };
const SMALL = { size: 8.2, leading: 11.2 };
const CODE = { size: 7.4, leading: 9.5, padding: 6, gutter: 11 };
const GAP = 6;

/** Distance from the top of a line box to the baseline (DejaVu: ascent 0.928 em, descent 0.236 em). */
const baselineOffset = (size: number, leading: number) => (leading - 1.164 * size) / 2 + 0.928 * size;

const fragmentsOf = (inlines: Inline[], face: Face = "sans", ink: Rgb = COLORS.ink): Fragment[] =>
  inlines.map((inline) => ({
    text: inline.text,
    face: inline.style === "code" ? "mono" : inline.style === "strong" ? "bold" : face,
    color: inline.style === "code" ? COLORS.code : ink,
  }));

/** A number for a content stream: two decimals at most, never exponent notation. */
const num = (v: number): string => String(Math.round(v * 100) / 100);
const rgbOperands = (c: Rgb): string => `${num(c.r)} ${num(c.g)} ${num(c.b)}`;

/**
 * Lays the document out page by page. Content streams are written as text (operators of PDF 32000-1 §8–9) and
 * added to each page once it is full: building tens of thousands of pdf-lib operator objects for 5 MB of evidence
 * spends most of its time collecting garbage.
 */
class Writer {
  readonly outline: OutlineEntry[] = [];
  readonly pages: PDFPage[] = [];
  private page!: PDFPage;
  private y = 0;
  /** Each page's content stream as text, compressed and attached in finish() (one stream per page). */
  private readonly contents = new Map<PDFPage, string[]>();
  private content: string[] = [];
  private textOpen = false;
  private textState: { font?: string; size?: number; color?: Rgb } = {};
  private readonly fontKeys = new Map<PDFPage, Map<Face, string>>();
  readonly left = MARGIN.left;
  readonly width: number;
  readonly top: number;

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: FontSet,
    private readonly size: [number, number],
  ) {
    this.width = size[0] - MARGIN.left - MARGIN.right;
    this.top = size[1] - MARGIN.top;
    this.newPage();
  }

  // ─── primitives ───────────────────────────────────────────────────────────────────────────────────────────────

  newPage(): void {
    this.endText();
    this.page = this.pdf.addPage(this.size);
    this.pages.push(this.page);
    this.content = [];
    this.contents.set(this.page, this.content);
    this.y = this.top;
  }

  /** Continues drawing on an earlier page (for the header and footer once the page count is known). */
  private onPage(page: PDFPage): void {
    this.endText();
    this.page = page;
    this.content = this.contents.get(page) ?? [];
    this.contents.set(page, this.content);
  }

  private atTop(): boolean {
    return this.y >= this.top - 0.5;
  }

  private room(): number {
    return this.y - MARGIN.bottom;
  }

  /** Starts a new page unless `height` fits (or we are already at the top of one). */
  private ensure(height: number): void {
    if (this.room() < height && !this.atTop()) this.newPage();
  }

  /** The page's resource name for a face, e.g. "/DejaVuSans-1234", registered once per page. */
  private fontKey(face: Face): string {
    let keys = this.fontKeys.get(this.page);
    if (!keys) this.fontKeys.set(this.page, (keys = new Map()));
    let key = keys.get(face);
    if (!key) {
      const font = this.fonts.pdfFont(face);
      key = this.page.node.newFontDictionary(font.name, font.ref).toString();
      keys.set(face, key);
    }
    return key;
  }

  /** Draws styled fragments from (x, baseline), in one text object per run of text drawing. */
  text(fragments: Fragment[], x: number, baseline: number, size: number): void {
    if (!this.textOpen) {
      this.content.push("BT");
      this.textOpen = true;
      this.textState = {};
    }
    this.content.push(`1 0 0 1 ${num(x)} ${num(baseline)} Tm`);
    for (const fragment of fragments) {
      for (const run of this.fonts.runs(fragment.text, fragment.face)) {
        const key = this.fontKey(run.face);
        if (this.textState.font !== key || this.textState.size !== size) {
          this.content.push(`${key} ${num(size)} Tf`);
          this.textState.font = key;
          this.textState.size = size;
        }
        if (this.textState.color !== fragment.color) {
          this.content.push(`${rgbOperands(fragment.color)} rg`);
          this.textState.color = fragment.color;
        }
        this.content.push(`${this.fonts.encode(run)} Tj`);
      }
    }
  }

  private endText(): void {
    if (this.textOpen) {
      this.content.push("ET");
      this.textOpen = false;
    }
  }

  /** Attaches what was drawn on each page as one compressed content stream. */
  private flush(): void {
    this.endText();
    for (const [page, content] of this.contents) {
      if (content.length === 0) continue;
      const stream = this.pdf.context.flateStream(content.join("\n"));
      page.node.addContentStream(this.pdf.context.register(stream));
    }
    this.contents.clear();
  }

  private rect(x: number, y: number, width: number, height: number, fill: Rgb): void {
    this.endText();
    this.content.push(`q ${rgbOperands(fill)} rg ${num(x)} ${num(y)} ${num(width)} ${num(height)} re f Q`);
  }

  private hline(x1: number, x2: number, y: number, stroke: Rgb, thickness = 0.5): void {
    this.endText();
    this.content.push(
      `q ${rgbOperands(stroke)} RG ${num(thickness)} w ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S Q`,
    );
  }

  private wrap(fragments: Fragment[], width: number, size: number): TextLine[] {
    return wrapFragments(fragments, width, size, this.fonts);
  }

  /** Lines at x, one after another, breaking pages between lines. */
  private lines(
    lines: TextLine[],
    x: number,
    size: number,
    leading: number,
    width = this.width,
    align: TableColumn["align"] = "left",
  ): void {
    for (const line of lines) {
      this.ensure(leading);
      const dx = align === "right" ? width - line.width : align === "center" ? (width - line.width) / 2 : 0;
      this.text(line.fragments, x + Math.max(0, dx), this.y - baselineOffset(size, leading), size);
      this.y -= leading;
    }
  }

  /** Text cut to fit one line, ending in "…" when cut. */
  private fit(text: string, face: Face, size: number, width: number): string {
    if (this.fonts.width(text, face, size) <= width) return text;
    const chars = [...text];
    while (chars.length > 0 && this.fonts.width(chars.join("") + "…", face, size) > width) chars.pop();
    return chars.join("") + "…";
  }

  // ─── document parts ───────────────────────────────────────────────────────────────────────────────────────────

  titleBlock(doc: TicketDocument): void {
    this.rect(this.left, this.y - 3, this.width, 3, COLORS.accent);
    this.y -= 16;
    this.text(
      [{ text: "ORACLE HEALTH · SMART ON FHIR SUPPORT TICKET", face: "bold", color: COLORS.accent }],
      this.left,
      this.y - 7,
      7.5,
    );
    this.y -= 16;
    this.lines(this.wrap([{ text: doc.title, face: "bold", color: COLORS.ink }], this.width, 17), this.left, 17, 21.5);
    this.y -= 8;
    const padding = 9;
    const labelWidth = 92;
    const rows = doc.facts.map((fact) => ({
      label: this.wrap([{ text: fact.label, face: "bold", color: COLORS.muted }], labelWidth - 6, SMALL.size),
      value: this.wrap(fragmentsOf(fact.value), this.width - 2 * padding - labelWidth, SMALL.size),
    }));
    const height = rows.reduce((h, r) => h + Math.max(r.label.length, r.value.length) * SMALL.leading, 0) + 2 * padding;
    this.rect(this.left, this.y - height, this.width, height, COLORS.headerBackground);
    this.y -= padding;
    for (const row of rows) {
      const top = this.y;
      this.lines(row.label, this.left + padding, SMALL.size, SMALL.leading);
      this.y = top;
      this.lines(row.value, this.left + padding + labelWidth, SMALL.size, SMALL.leading);
      this.y = top - Math.max(row.label.length, row.value.length) * SMALL.leading;
    }
    this.y -= padding + 10;
  }

  sectionHeading(heading: string): void {
    const size = 13.5;
    const leading = 17;
    const lines = this.wrap([{ text: heading, face: "bold", color: COLORS.accent }], this.width, size);
    this.ensure(14 + lines.length * leading + 10 + 3 * BODY.leading);
    if (!this.atTop()) this.y -= 14;
    this.outline.push({ title: heading, pageIndex: this.pages.length - 1, top: this.y + 4, children: [] });
    this.lines(lines, this.left, size, leading);
    this.hline(this.left, this.left + this.width, this.y - 2, COLORS.accentLight, 0.8);
    this.y -= 10;
  }

  private subheading(block: Extract<Block, { type: "subheading" }>): void {
    const size = 10.5;
    const leading = 14;
    const badgeSize = 6.8;
    const badgeText = block.badge?.text.toUpperCase() ?? "";
    const badgeWidth = block.badge ? this.fonts.width(badgeText, "bold", badgeSize) + 9 : 0;
    const indent = block.badge ? badgeWidth + 7 : 0;
    const lines = this.wrap([{ text: block.text, face: "bold", color: COLORS.ink }], this.width - indent, size);
    this.ensure(8 + lines.length * leading + 2 * BODY.leading);
    if (!this.atTop()) this.y -= 8;
    this.outline.at(-1)?.children.push({
      title: block.badge ? `${block.badge.text}: ${block.text}` : block.text,
      pageIndex: this.pages.length - 1,
      top: this.y + 4,
      children: [],
    });
    if (block.badge) {
      const tone = COLORS[block.badge.tone];
      this.rect(this.left, this.y - 11.8, badgeWidth, 10.6, tone);
      this.text([{ text: badgeText, face: "bold", color: COLORS.white }], this.left + 4.5, this.y - 9.2, badgeSize);
    }
    this.lines(lines, this.left + indent, size, leading);
    this.y -= 3;
  }

  private paragraph(inlines: Inline[]): void {
    this.lines(this.wrap(fragmentsOf(inlines), this.width, BODY.size), this.left, BODY.size, BODY.leading);
    this.y -= GAP;
  }

  /** A shaded box (with a bar on its left) that continues across pages. */
  private boxed(
    lines: Array<{ draw: (x: number, baseline: number) => void }>,
    options: {
      leading: number;
      size: number;
      padding: number;
      topPadding?: number;
      background: Rgb;
      bar: Rgb;
      label?: string;
    },
  ): void {
    let i = 0;
    let first = true;
    while (i < lines.length) {
      const top = first ? (options.topPadding ?? options.padding) : options.padding;
      this.ensure(top + options.padding + Math.min(3, lines.length - i) * options.leading);
      const fit = Math.max(1, Math.floor((this.room() - top - options.padding) / options.leading));
      const count = Math.min(fit, lines.length - i);
      const height = top + count * options.leading + options.padding;
      this.rect(this.left, this.y - height, this.width, height, options.background);
      this.rect(this.left, this.y - height, 2.5, height, options.bar);
      if (first && options.label) {
        const labelWidth = this.fonts.width(options.label, "sans", 6.5);
        this.text(
          [{ text: options.label, face: "sans", color: COLORS.muted }],
          this.left + this.width - labelWidth - 6,
          this.y - 8.5,
          6.5,
        );
      }
      this.y -= top;
      for (const line of lines.slice(i, i + count)) {
        line.draw(this.left, this.y - baselineOffset(options.size, options.leading));
        this.y -= options.leading;
      }
      this.y -= options.padding;
      i += count;
      first = false;
      if (i < lines.length) this.newPage();
    }
    this.y -= GAP;
  }

  private note(inlines: Inline[]): void {
    const padding = 8;
    const x = 2.5 + padding;
    const lines = this.wrap(fragmentsOf(inlines), this.width - x - padding, BODY.size);
    this.boxed(
      lines.map((line) => ({ draw: (left, baseline) => this.text(line.fragments, left + x, baseline, BODY.size) })),
      { leading: BODY.leading, size: BODY.size, padding, background: COLORS.noteBackground, bar: COLORS.accent },
    );
  }

  private code(text: string, language: string): void {
    const x = 2.5 + CODE.padding + CODE.gutter;
    const lines = wrapCode(text, this.width - x - CODE.padding, CODE.size, this.fonts);
    const mark: Fragment[] = [{ text: "↳", face: "mono", color: COLORS.muted }];
    this.boxed(
      lines.map((line) => ({
        draw: (left, baseline) => {
          if (line.continuation) this.text(mark, left + 2.5 + CODE.padding, baseline, CODE.size);
          if (line.text)
            this.text([{ text: line.text, face: "mono", color: COLORS.code }], left + x, baseline, CODE.size);
        },
      })),
      {
        leading: CODE.leading,
        size: CODE.size,
        padding: CODE.padding,
        topPadding: 13,
        background: COLORS.codeBackground,
        bar: COLORS.codeBar,
        label: language,
      },
    );
  }

  private fields(fields: Field[], size = BODY.size, leading = BODY.leading): void {
    const labelSize = SMALL.size;
    const widest = Math.max(0, ...fields.map((f) => this.fonts.width(f.label, "bold", labelSize)));
    const labelWidth = Math.min(Math.max(widest + 12, 80), this.width * 0.32);
    for (const field of fields) {
      const label = this.wrap([{ text: field.label, face: "bold", color: COLORS.muted }], labelWidth - 10, labelSize);
      const value = this.wrap(fragmentsOf(field.value), this.width - labelWidth, size);
      const rows = Math.max(label.length, value.length);
      if (rows * leading < this.top - MARGIN.bottom) this.ensure(rows * leading);
      for (let r = 0; r < rows; r++) {
        this.ensure(leading);
        const baseline = this.y - baselineOffset(size, leading);
        if (label[r]) this.text(label[r].fragments, this.left, baseline, labelSize);
        if (value[r]) this.text(value[r].fragments, this.left + labelWidth, baseline, size);
        this.y -= leading;
      }
      this.y -= 2;
    }
    this.y -= GAP - 2;
  }

  private list(items: Inline[][], ordered: boolean): void {
    const indent = ordered ? 18 : 14;
    items.forEach((item, i) => {
      const lines = this.wrap(fragmentsOf(item), this.width - indent, BODY.size);
      this.ensure(Math.min(lines.length, 2) * BODY.leading);
      const marker = ordered ? `${i + 1}.` : "•";
      const markerWidth = this.fonts.width(marker, "sans", BODY.size);
      this.text(
        [{ text: marker, face: "sans", color: COLORS.muted }],
        this.left + indent - 5 - markerWidth,
        this.y - baselineOffset(BODY.size, BODY.leading),
        BODY.size,
      );
      this.lines(lines, this.left + indent, BODY.size, BODY.leading, this.width - indent);
      this.y -= 2;
    });
    this.y -= GAP - 2;
  }

  private table(block: Extract<Block, { type: "table" }>): void {
    const padX = 5;
    const padY = 3.5;
    const { size, leading } = SMALL;
    const cellText = (cell: Inline[]) => inlineText(cell);
    const natural = block.columns.map(
      (column, c) =>
        Math.max(
          this.fonts.width(column.header, "bold", size),
          ...block.rows.map((row) =>
            this.fonts.width(cellText(row[c] ?? []), row[c]?.[0]?.style === "code" ? "mono" : "sans", size),
          ),
        ) +
        2 * padX,
    );
    const longestWord = (text: string, face: Face) =>
      Math.max(0, ...text.split(/\s+/).map((w) => this.fonts.width(w, face, size)));
    const minimum = block.columns.map(
      (column, c) =>
        Math.min(
          this.width * 0.45,
          Math.max(
            longestWord(column.header, "bold"),
            ...block.rows.map((row) =>
              longestWord(cellText(row[c] ?? []), row[c]?.[0]?.style === "code" ? "mono" : "sans"),
            ),
          ),
        ) +
        2 * padX,
    );
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    let widths: number[] | null = null;
    if (sum(natural) <= this.width) {
      const extra = (this.width - sum(natural)) / natural.length;
      widths = natural.map((w) => w + extra);
    } else if (sum(minimum) <= this.width) {
      const slack = natural.map((w, c) => w - minimum[c]);
      const share = (this.width - sum(minimum)) / Math.max(1, sum(slack));
      widths = minimum.map((w, c) => w + slack[c] * share);
    }
    const header =
      widths &&
      block.columns.map((column, c) =>
        this.wrap([{ text: column.header, face: "bold", color: COLORS.ink }], widths![c] - 2 * padX, size),
      );
    const cells =
      widths &&
      block.rows.map((row) => row.map((cell, c) => this.wrap(fragmentsOf(cell), widths![c] - 2 * padX, size)));
    const height = (lines: TextLine[][]) => Math.max(1, ...lines.map((l) => l.length)) * leading + 2 * padY;
    const pageHeight = this.top - MARGIN.bottom;
    if (!widths || !header || !cells || cells.some((row) => height(row) + height(header) > pageHeight)) {
      this.stackedTable(block);
      return;
    }
    const drawRow = (lines: TextLine[][], background: Rgb | null, rule: Rgb) => {
      const h = height(lines);
      if (background) this.rect(this.left, this.y - h, this.width, h, background);
      let x = this.left;
      const top = this.y;
      lines.forEach((cellLines, c) => {
        this.y = top - padY;
        for (const line of cellLines) {
          const free = widths![c] - 2 * padX - line.width;
          const align = block.columns[c].align;
          const dx = align === "right" ? free : align === "center" ? free / 2 : 0;
          this.text(line.fragments, x + padX + Math.max(0, dx), this.y - baselineOffset(size, leading), size);
          this.y -= leading;
        }
        x += widths![c];
      });
      this.y = top - h;
      this.hline(this.left, this.left + this.width, this.y, rule, 0.5);
    };
    this.ensure(height(header) + height(cells[0] ?? header));
    drawRow(header, COLORS.headerBackground, COLORS.ruleStrong);
    cells.forEach((row, r) => {
      if (this.room() < height(row)) {
        this.newPage();
        drawRow(header, COLORS.headerBackground, COLORS.ruleStrong);
      }
      drawRow(row, r % 2 === 1 ? COLORS.zebra : null, COLORS.rule);
    });
    this.y -= GAP + 4;
  }

  /** A table too wide for the page: each row as a titled group of label/value lines. */
  private stackedTable(block: Extract<Block, { type: "table" }>): void {
    const keep = block.columns.map((c, i) => ({ c, i })).filter(({ c }) => !(block.rowLabel && c.header === "#"));
    block.rows.forEach((row, r) => {
      this.ensure(SMALL.leading + 3 * BODY.leading);
      this.text(
        [{ text: `${block.rowLabel ?? "Row"} ${r + 1}`, face: "bold", color: COLORS.accent }],
        this.left,
        this.y - baselineOffset(9, 13),
        9,
      );
      this.y -= 13;
      this.hline(this.left, this.left + this.width, this.y + 1, COLORS.rule, 0.5);
      this.y -= 3;
      this.fields(
        keep.map(({ c, i }) => ({ label: c.header, value: row[i] ?? [] })),
        SMALL.size + 0.6,
        SMALL.leading + 1,
      );
    });
  }

  block(block: Block): void {
    switch (block.type) {
      case "paragraph":
        return this.paragraph(block.inlines);
      case "note":
        return this.note(block.inlines);
      case "fields":
        return this.fields(block.fields);
      case "list":
        return this.list(block.items, block.ordered);
      case "table":
        return this.table(block);
      case "code":
        return this.code(block.text, block.language);
      case "subheading":
        return this.subheading(block);
    }
  }

  /** Running header (from page 2), footer with "Page n of N" on every page. */
  finish(doc: TicketDocument): void {
    const total = this.pages.length;
    const [pageWidth, pageHeight] = this.size;
    const right = pageWidth - MARGIN.right;
    this.pages.forEach((page, i) => {
      this.onPage(page);
      const size = 7.5;
      const pageLabel = `Page ${i + 1} of ${total}`;
      const labelWidth = this.fonts.width(pageLabel, "sans", size);
      this.hline(this.left, right, 40, COLORS.rule, 0.5);
      this.text(
        [{ text: this.fit(doc.title, "sans", size, this.width - labelWidth - 24), face: "sans", color: COLORS.muted }],
        this.left,
        29,
        size,
      );
      this.text([{ text: pageLabel, face: "sans", color: COLORS.muted }], right - labelWidth, 29, size);
      if (i > 0) {
        this.text(
          [{ text: this.fit(doc.meta.runningHeader, "sans", size, this.width), face: "sans", color: COLORS.muted }],
          this.left,
          pageHeight - 38,
          size,
        );
        this.hline(this.left, right, pageHeight - 44, COLORS.rule, 0.5);
      }
    });
    this.flush();
  }
}

function setMetadata(pdf: PDFDocument, doc: TicketDocument): void {
  const meta = doc.meta;
  const date = new Date(meta.date);
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator(meta.creator);
  pdf.setProducer(meta.producer);
  pdf.setLanguage(meta.language);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
}

export async function renderPdf(doc: TicketDocument, options: PdfOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await FontSet.embed(pdf, await resolveFonts(options.fonts));
  const writer = new Writer(pdf, fonts, PAGE_SIZES[options.pageSize ?? "A4"]);
  writer.titleBlock(doc);
  for (const section of doc.sections) {
    writer.sectionHeading(section.heading);
    for (const block of section.blocks) writer.block(block);
  }
  writer.finish(doc);
  writeOutline(pdf, writer.outline);
  setMetadata(pdf, doc);
  return pdf.save();
}
