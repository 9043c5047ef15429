// Swift prints an optional string as `Optional("…")` (`print(token)`, `"\(token)"` in a log line, an object's
// description): the value a label announces is the string inside the wrapper. A `String??` (`try?` on an optional,
// `dict["k"] as? String?`) prints two wrappers, `Optional(Optional("…"))`; a log formatter may write single quotes.
// The wrappers stay as they are written.

const WRAPPER = "Optional(";

/** Where the string inside one or more `Optional(` wrappers starting at `at` begins (`"…"`, `'…'` or, in an escaped
 *  string, `\"…\"`), with the quote that closes it; null when no wrapper starts there or no quote follows the
 *  wrappers (`Optional(42)` is read as it always was). Each step moves past a wrapper: linear. */
export function optionalString(text: string, at: number): { start: number; quote: string } | null {
  let q = at;
  while (text.startsWith(WRAPPER, q)) q += WRAPPER.length;
  if (q === at) return null;
  if (text[q] === '"' || text[q] === "'") return { start: q + 1, quote: text[q] };
  if (text[q] === "\\" && text[q + 1] === '"') return { start: q + 2, quote: '\\"' };
  return null;
}
