// What the redaction removed, as categories and counts only: never a value, never a part of one.
import type { RedactedItem, RedactionCategory } from "~/redaction/types";

export interface RedactionSummaryEntry {
  category: RedactionCategory;
  /** access_token, authorization, name, … (the redactor's type names) */
  type: string;
  /** Distinct values (distinct numbered placeholders) of this type; null when only unnumbered markers stand in. */
  values: number | null;
  /** Placeholders of this type in the exported evidence. */
  replacements: number;
}

export interface RedactionSummary {
  itemsChecked: number;
  entries: RedactionSummaryEntry[];
  /** The redactor's notes ("HAR entry 3 dropped", …), which never contain evidence values; prefixed by the item. */
  notes: string[];
}

const CATEGORY_ORDER: RedactionCategory[] = ["secret", "phi", "custom"];

/**
 * Counts the placeholders in redacted items by category and type, in a stable order. It counts what the evidence
 * holds — placeholders made by this pass and by an earlier one alike (the wizard redacts before the export does).
 */
export function summariseRedaction(
  items: RedactedItem[],
  itemLabel: (id: string) => string = (id) => id,
): RedactionSummary {
  const byKey = new Map<
    string,
    { category: RedactionCategory; type: string; replacements: number; numbered: Set<string> }
  >();
  const notes: string[] = [];
  for (const item of items) {
    for (const span of item.spans) {
      const placeholder = item.text.slice(span.start, span.end).replace(/ · JWT [^\]\n]*\]$/, "]");
      const key = `${span.category}\u0000${span.type}`;
      const entry = byKey.get(key) ?? {
        category: span.category,
        type: span.type,
        replacements: 0,
        numbered: new Set<string>(),
      };
      entry.replacements += 1;
      if (/#\d+\]$/.test(placeholder)) entry.numbered.add(placeholder);
      byKey.set(key, entry);
    }
    for (const warning of item.warnings) notes.push(`${itemLabel(item.id)}: ${warning}`);
  }
  const entries = [...byKey.values()]
    .map(({ numbered, ...entry }) => ({ ...entry, values: numbered.size > 0 ? numbered.size : null }))
    .sort(
      (a, b) =>
        CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category) ||
        (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
    );
  return { itemsChecked: items.length, entries, notes };
}
