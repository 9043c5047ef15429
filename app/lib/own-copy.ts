// Strings kept longer than the text they were cut from.

/**
 * A copy of a value that holds only its own characters. A value cut from a text (slice, regex match) may be a view
 * into that whole text: kept for the ticket's lifetime, ten characters of a token would keep alive the 8 MB item (or
 * its 16 MB private-use working copy) they were found in (V8 copies only values shorter than 13 characters). Values
 * kept past their item are stored through this.
 */
export const ownCopy = (value: string): string => (value.length < 13 ? value : (" " + value).slice(1));
