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
 * What one redacted item adds to the summary: its placeholders counted by category and type, with the numbered ones
 * named, and its notes. Small (no text, no spans), so a ticket keeps one per item while its items are redacted one by
 * one and their spans dropped.
 */
export interface ItemRedactions {
  id: string;
  warnings: string[];
  counts: Array<{ category: RedactionCategory; type: string; replacements: number; numbered: string[] }>;
}

/** Counts the placeholders in one redacted item (see summariseRedaction). */
export function countRedactions(item: RedactedItem): ItemRedactions {
  const byKey = new Map<string, ItemRedactions["counts"][number] & { seen: Set<string> }>();
  for (const span of item.spans) {
    const placeholder = item.text.slice(span.start, span.end).replace(/ · JWT [^\]\n]*\]$/, "]");
    const key = `${span.category}\u0000${span.type}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { category: span.category, type: span.type, replacements: 0, numbered: [], seen: new Set() };
      byKey.set(key, entry);
    }
    entry.replacements += 1;
    if (/#\d+\]$/.test(placeholder) && !entry.seen.has(placeholder)) {
      entry.seen.add(placeholder);
      entry.numbered.push(placeholder);
    }
  }
  const counts = [...byKey.values()].map(({ seen: _seen, ...entry }) => entry);
  return { id: item.id, warnings: item.warnings, counts };
}

/**
 * Counts the placeholders in redacted items by category and type, in a stable order. It counts what the evidence
 * holds — placeholders made by this pass and by an earlier one alike (the wizard redacts before the export does).
 * Items may be given as their counts (countRedactions), taken while each was redacted.
 */
export function summariseRedaction(
  items: ReadonlyArray<RedactedItem | ItemRedactions>,
  itemLabel: (id: string) => string = (id) => id,
): RedactionSummary {
  const byKey = new Map<
    string,
    { category: RedactionCategory; type: string; replacements: number; numbered: Set<string> }
  >();
  const notes: string[] = [];
  for (const item of items) {
    const { counts, warnings } = "counts" in item ? item : countRedactions(item);
    for (const count of counts) {
      const key = `${count.category}\u0000${count.type}`;
      const entry = byKey.get(key) ?? {
        category: count.category,
        type: count.type,
        replacements: 0,
        numbered: new Set<string>(),
      };
      entry.replacements += count.replacements;
      for (const placeholder of count.numbered) entry.numbered.add(placeholder);
      byKey.set(key, entry);
    }
    for (const warning of warnings) notes.push(`${itemLabel(item.id)}: ${warning}`);
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
