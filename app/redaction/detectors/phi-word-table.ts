// Word-list look-ups by offsets: a word of the text is looked up without cutting it out or lower-casing it. The
// lists' ASCII words sit in an open-addressing table keyed by a hash of their codes; a word of the text is hashed from
// its codes (A–Z folded to lower case), found by probing, and confirmed by comparing codes. A word with a non-ASCII
// character is not answered here (the caller falls back to its lower-cased, diacritics-free form).

/** Hash step (FNV-1a on UTF-16 codes). */
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Lower case of an ASCII code (A–Z only, as `toLowerCase` does for ASCII). */
const lowerAscii = (c: number) => (c >= 65 && c <= 90 ? c | 0x20 : c);

export interface WordTable {
  /** The value stored for the word text[start, end) read case-insensitively (0 when it is in no list), or -1 when
   *  the word holds a non-ASCII character. */
  lookup(text: string, start: number, end: number): number;
}

/** A table of the ASCII keys of `values` (keys are lower case; keys with other characters are left out). */
export function wordTable(values: ReadonlyMap<string, number>): WordTable {
  const ascii = (k: string) => [...k].every((ch) => ch.charCodeAt(0) < 0x80);
  const keys = [...values.keys()].filter((k) => k.length > 0 && ascii(k) && k === k.toLowerCase());
  let size = 16;
  while (size < keys.length * 2) size <<= 1;
  const mask = size - 1;
  /** Slot → index of the key plus one (0: empty). */
  const slots = new Int32Array(size);
  const hashes = new Int32Array(size);
  const stored: string[] = [];
  const value: number[] = [];
  for (const k of keys) {
    let h = FNV_OFFSET;
    for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), FNV_PRIME);
    let s = h & mask;
    while (slots[s] !== 0) s = (s + 1) & mask;
    stored.push(k);
    value.push(values.get(k) ?? 0);
    slots[s] = stored.length;
    hashes[s] = h;
  }
  return {
    lookup(text, start, end) {
      let h = FNV_OFFSET;
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0x80) return -1;
        h = Math.imul(h ^ lowerAscii(c), FNV_PRIME);
      }
      const length = end - start;
      for (let s = h & mask; slots[s] !== 0; s = (s + 1) & mask) {
        if (hashes[s] !== h) continue;
        const k = stored[slots[s] - 1];
        if (k.length !== length) continue;
        let same = true;
        for (let i = 0; i < length && same; i++) same = k.charCodeAt(i) === lowerAscii(text.charCodeAt(start + i));
        if (same) return value[slots[s] - 1];
      }
      return 0;
    },
  };
}
