// The document as plain text segments, each with where it sits: what the leak check scans before any rendering,
// and what a renderer may put on the page (title, metadata, running header included).
import type { Block, Field, Inline, TicketDocument } from "./types";

export interface TextSegment {
  /** "section “Evidence (redacted)” › Evidence 2" — a place named by our own words, never by content. */
  where: string;
  text: string;
}

export const inlineText = (inlines: Inline[]): string => inlines.map((i) => i.text).join("");
const fieldText = (field: Field): string => `${field.label}: ${inlineText(field.value)}`;

export function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "note":
      return inlineText(block.inlines);
    case "fields":
      return block.fields.map(fieldText).join("\n");
    case "list":
      return block.items.map(inlineText).join("\n");
    case "table":
      return [
        block.columns.map((c) => c.header).join(" | "),
        ...block.rows.map((row) => row.map(inlineText).join(" | ")),
      ].join("\n");
    case "code":
      return block.text;
    case "subheading":
      return block.badge ? `${block.badge.text}: ${block.text}` : block.text;
  }
}

/** "evidence-2" → "Evidence 2": sub-heading texts can hold what the user typed (labels), so they are not used. */
const subheadingPlace = (id: string): string => {
  const words = id.replace(/-/g, " ").trim();
  return words ? words[0].toUpperCase() + words.slice(1) : "a sub-section";
};

export function documentSegments(doc: TicketDocument): TextSegment[] {
  const segments: TextSegment[] = [
    { where: "the title", text: doc.title },
    { where: "the key facts under the title", text: doc.facts.map(fieldText).join("\n") },
    {
      where: "the file metadata",
      text: [
        doc.meta.title,
        doc.meta.subject,
        doc.meta.keywords.join(", "),
        doc.meta.creator,
        doc.meta.producer,
        doc.meta.runningHeader,
      ].join("\n"),
    },
  ];
  for (const section of doc.sections) {
    const base = `section “${section.heading}”`;
    let where = base;
    segments.push({ where: base, text: section.heading });
    for (const block of section.blocks) {
      if (block.type === "subheading") where = `${base} › ${subheadingPlace(block.id)}`;
      segments.push({ where, text: blockText(block) });
    }
  }
  return segments;
}
