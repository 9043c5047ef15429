// PDF bookmarks. pdf-lib has no outline API, so the /Outlines tree is built by hand (PDF 32000-1 §12.3.3): a root
// dictionary with First/Last/Count, items linked by Parent/Prev/Next, each jumping to [page /XYZ left top null].
import { PDFDict, PDFHexString, PDFName, PDFNull, PDFNumber, type PDFDocument, type PDFRef } from "pdf-lib";

export interface OutlineEntry {
  title: string;
  pageIndex: number;
  /** Top of the destination, in PDF user space (points from the bottom of the page). */
  top: number;
  children: OutlineEntry[];
}

/** Number of items shown when every item is open. */
const visibleCount = (entries: OutlineEntry[]): number => entries.reduce((n, e) => n + 1 + visibleCount(e.children), 0);

function addItems(pdf: PDFDocument, entries: OutlineEntry[], parent: PDFRef): { first: PDFRef; last: PDFRef } | null {
  if (entries.length === 0) return null;
  const context = pdf.context;
  const refs = entries.map(() => context.nextRef());
  const pages = pdf.getPages();
  entries.forEach((entry, i) => {
    const page = pages[Math.min(entry.pageIndex, pages.length - 1)];
    const dict = context.obj({}) as PDFDict;
    dict.set(PDFName.of("Title"), PDFHexString.fromText(entry.title));
    dict.set(PDFName.of("Parent"), parent);
    if (i > 0) dict.set(PDFName.of("Prev"), refs[i - 1]);
    if (i < entries.length - 1) dict.set(PDFName.of("Next"), refs[i + 1]);
    dict.set(
      PDFName.of("Dest"),
      context.obj([page.ref, PDFName.of("XYZ"), PDFNull, PDFNumber.of(Math.round(entry.top)), PDFNull]),
    );
    const children = addItems(pdf, entry.children, refs[i]);
    if (children) {
      dict.set(PDFName.of("First"), children.first);
      dict.set(PDFName.of("Last"), children.last);
      dict.set(PDFName.of("Count"), PDFNumber.of(visibleCount(entry.children)));
    }
    context.assign(refs[i], dict);
  });
  return { first: refs[0], last: refs[refs.length - 1] };
}

/** Writes the outline and asks viewers to open with the bookmarks panel shown. */
export function writeOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const context = pdf.context;
  const rootRef = context.nextRef();
  const items = addItems(pdf, entries, rootRef);
  if (!items) return;
  const root = context.obj({}) as PDFDict;
  root.set(PDFName.of("Type"), PDFName.of("Outlines"));
  root.set(PDFName.of("First"), items.first);
  root.set(PDFName.of("Last"), items.last);
  root.set(PDFName.of("Count"), PDFNumber.of(visibleCount(entries)));
  context.assign(rootRef, root);
  pdf.catalog.set(PDFName.of("Outlines"), rootRef);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
