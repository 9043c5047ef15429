// HL7 v2 messages (pipe-and-hat): the delimiters a message declares in MSH-1 and MSH-2, and the split of a pasted
// block of text into segments. A line that does not start a segment (a terminal or a mail client broke the segment)
// belongs to the segment before it. Linear: one pass over the lines.

export interface Hl7Delimiters {
  field: string;
  component: string;
  repetition: string;
  escape: string;
  subcomponent: string;
}

const isDelimiter = (c: string | undefined) => c !== undefined && c.length === 1 && !/[\sA-Za-z0-9]/.test(c);

/** The delimiters of a message whose first line is `line` (MSH, the field separator, then MSH-2); null if it is not one. */
export function hl7Delimiters(line: string): Hl7Delimiters | null {
  if (!line.startsWith("MSH")) return null;
  const field = line[3];
  if (!isDelimiter(field)) return null;
  const end = line.indexOf(field, 4);
  const encoding = line.slice(4, end < 0 ? undefined : end);
  if (end < 0 || encoding.length < 2 || encoding.length > 5) return null;
  const [component, repetition, escape = "\\", subcomponent = "&"] = encoding;
  const all = [field, component, repetition, escape, subcomponent];
  if (!all.every(isDelimiter) || new Set(all).size !== all.length) return null;
  return { field, component, repetition, escape, subcomponent };
}

/** Does `line` start a segment (three-character id, then the field separator)? */
export const isSegmentStart = (line: string, d: Hl7Delimiters): boolean =>
  /^[A-Z][A-Z0-9]{2}$/.test(line.slice(0, 3)) && line[3] === d.field;

/**
 * How many of `lines` (from `from`, each with its line end) belong to the message that starts there: segments, and
 * the continuation lines of a broken segment (non-blank, holding the field separator). Stops at a blank line or at a
 * line without the separator.
 */
export function hl7BlockLength(lines: string[], from: number, d: Hl7Delimiters): number {
  let i = from + 1;
  while (i < lines.length) {
    const l = lines[i].replace(/\r?\n$/, "");
    if (!l.trim() || !l.includes(d.field)) break;
    i++;
  }
  return i - from;
}

/** Segments of a block: each is its first line plus its continuation lines, line ends kept inside. */
export function hl7Segments(block: string, d: Hl7Delimiters): string[] {
  const lines = block.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const out: string[] = [];
  for (const l of lines) {
    if (out.length === 0 || isSegmentStart(l, d)) out.push(l);
    else out[out.length - 1] += l;
  }
  return out;
}
