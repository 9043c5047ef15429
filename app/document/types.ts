// The types of the neutral document model of a ticket (see model.ts). Types only, so every part of app/document can
// import them without importing the builder (no import loop).
import type { RedactionSummary } from "./redaction-summary";
import type { SectionId } from "./template-wording";

export type { RedactionSummary, SectionId };

/** A run of text. `code` is an identifier, scope or URL (monospace, never reflowed inside); `strong` is emphasis. */
export interface Inline {
  text: string;
  style?: "code" | "strong";
}

export interface Field {
  label: string;
  value: Inline[];
}

export interface TableColumn {
  header: string;
  align?: "left" | "right" | "center";
}

export type CodeLanguage = "json" | "http" | "shell" | "text";

export type Block =
  /** Prose. A text of `user` origin is what the user typed: newlines are line breaks, Markdown is passed through. */
  | { type: "paragraph"; inlines: Inline[]; origin?: "user" }
  /** A call-out (the template's reminder, warnings): a block quote in Markdown, a shaded box in the PDF. */
  | { type: "note"; inlines: Inline[] }
  | { type: "fields"; fields: Field[] }
  | { type: "list"; ordered: boolean; items: Inline[][] }
  /**
   * Every row has exactly one cell per column; a cell is a list of inlines. A renderer short of width may lay rows
   * out one after another, titling each `${rowLabel} ${n}` (a "#" column is then left out).
   */
  | { type: "table"; columns: TableColumn[]; rows: Inline[][][]; rowLabel?: string }
  | { type: "code"; language: CodeLanguage; text: string }
  /** A sub-heading inside a section (a finding, an evidence item); it gets a child bookmark in the PDF. */
  | {
      type: "subheading";
      id: string;
      text: string;
      badge?: { text: string; tone: "error" | "warning" | "info" | "neutral" };
    };

export interface Section {
  id: SectionId;
  heading: string;
  /** `template`: the forum's own question; `addition`: what this tool adds after the template. */
  origin: "template" | "addition";
  blocks: Block[];
}

export interface DocumentMeta {
  title: string;
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  /** ISO 8601 UTC taken from the ticket (the latest example), so the same ticket always gives the same bytes. */
  date: string;
  language: string;
  /** The short line repeated at the top of every PDF page. */
  runningHeader: string;
}

export interface TicketDocument {
  title: string;
  /** Key facts shown under the title (App ID, Client ID, tenant, environment, time of the example). */
  facts: Field[];
  meta: DocumentMeta;
  sections: Section[];
}
