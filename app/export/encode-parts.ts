// Text given as parts (the Markdown export: renderMarkdownParts) → one UTF-8 byte array, without joining the parts
// into one string first: for a 41 MB ticket that string would be a 33 MB copy (66 MB once one character of it is
// outside Latin-1), alive beside the bytes. Same bytes as TextEncoder on the joined text.

/** UTF-8 bytes of a string as TextEncoder writes it (a lone surrogate becomes U+FFFD: 3 bytes). */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function encodeParts(parts: readonly string[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((n, part) => n + utf8Length(part), 0));
  const encoder = new TextEncoder();
  let at = 0;
  for (const part of parts) at += encoder.encodeInto(part, bytes.subarray(at)).written;
  if (at !== bytes.length) throw new Error("UTF-8 length mismatch");
  return bytes;
}
