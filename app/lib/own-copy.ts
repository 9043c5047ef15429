// Strings kept longer than the text they were cut from.

/**
 * A copy of a value that holds only its own characters. A value cut from a text (slice, regex match) may be a view
 * into that whole text: kept for the ticket's lifetime, ten characters of a token would keep alive the 8 MB item (or
 * its working copies) they were found in (V8 copies only values shorter than 13 characters). Values
 * kept past their item are stored through this.
 */
export const ownCopy = (value: string): string => (value.length < 13 ? value : (" " + value).slice(1));

/** Shorter texts are left as they are: the copy costs a pass and saves little. */
const COMPACT_FROM = 64 * 1024;
/** Any character that needs two bytes. */
const WIDE = /[\u0100-\uffff]/;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * A long text stored one byte per character when it can be. V8 keeps a string built from two-byte pieces (slices of
 * an input that held one character above U+00FF, a CJK name the redaction removed) at two bytes per character even
 * once every such character is gone: an 8 MB redacted log would hold 16 MB for the rest of the export, and each copy
 * made from it (lines, parts) the same. `source`: the text the value was built from; when it had no such character,
 * neither has any piece of the value, which is one byte per character already. A text with a character above U+00FF
 * needs two bytes anyway and is returned as it is. Same characters, always.
 */
export function compactCopy(value: string, source: string): string {
  if (value.length < COMPACT_FROM || !WIDE.test(source) || WIDE.test(value)) return value;
  return decoder.decode(encoder.encode(value));
}
