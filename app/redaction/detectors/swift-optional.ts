// Swift prints an optional string as `Optional("…")` (`print(token)`, `"\(token)"` in a log line, an object's
// description): the value a label announces is the string inside the wrapper. The wrapper stays as it is written.

/** Where the string inside an `Optional("…")` (or, in an escaped string, `Optional(\"…\")`) starting at `at` begins,
 *  with the quote that closes it; null when no wrapper starts there. */
export function optionalString(text: string, at: number): { start: number; quote: string } | null {
  if (!text.startsWith("Optional(", at)) return null;
  const q = at + 9;
  if (text[q] === '"') return { start: q + 1, quote: '"' };
  if (text[q] === "\\" && text[q + 1] === '"') return { start: q + 2, quote: '\\"' };
  return null;
}
