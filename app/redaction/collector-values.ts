// The OpenTelemetry Collector's `debug` exporter prints each attribute's value in its type's wrapper:
// `-> enduser.id: Str(jroe)`, `Int(401)`, `Slice(["a", "b"])`. The type word is the printer's, never a person's name,
// and the value a key announces is the text inside the wrapper.

/** The value types the Collector prints (pcommon's ValueType names). */
export const COLLECTOR_TYPES = ["Str", "Int", "Double", "Bool", "Bytes", "Slice", "Map", "Empty"] as const;
const TYPES = new Set<string>(COLLECTOR_TYPES);

/** Is `word` one of the Collector's type words (to be followed by `(`)? */
export const isCollectorType = (word: string): boolean => TYPES.has(word);

/** Where the value inside a Collector wrapper starting at `at` (`Str(` …) begins, or -1 when none starts there. */
export function collectorValueStart(text: string, at: number): number {
  for (const type of COLLECTOR_TYPES)
    if (text.startsWith(type, at) && text[at + type.length] === "(") return at + type.length + 1;
  return -1;
}
