// The shape of a name word ("Smith", "McDonald", "O'Neil-Smith"), decided from the word's offsets in the text: an
// ASCII word by its codes, without cutting it out; any other word by the regular expression (NAME_SHAPE), whose
// answers the code path gives exactly (property test: name-shape.test.ts).

export const NAME_SHAPE =
  /^(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le|Van|Von)?\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*$/u;

/** Prefixes the pattern allows before the capital; the ones with ’ are not ASCII and left to the pattern. */
const PREFIXES = ["Mc", "Mac", "O'", "D'", "De", "Di", "La", "Le", "Van", "Von"];

const upper = (c: number) => c >= 65 && c <= 90;
const lower = (c: number) => c >= 97 && c <= 122;

/** ASCII: a capital, lower-case letters, then pieces of a joiner (- or '), an optional capital and lower case. */
function tail(text: string, i: number, end: number): boolean {
  if (!upper(text.charCodeAt(i))) return false;
  i++;
  for (;;) {
    const from = i;
    while (i < end && lower(text.charCodeAt(i))) i++;
    if (i === from) return false;
    if (i === end) return true;
    const j = text.charCodeAt(i);
    if (j !== 0x2d && j !== 0x27) return false;
    i++;
    if (i < end && upper(text.charCodeAt(i))) i++;
  }
}

function startsWith(text: string, start: number, end: number, prefix: string): boolean {
  if (end - start <= prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (text.charCodeAt(start + k) !== prefix.charCodeAt(k)) return false;
  return true;
}

/** A character outside ASCII in text[start, end) (/[\u0080-\uffff]/ by codes). */
export function hasNonAscii(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) >= 0x80) return true;
  return false;
}

/** Does text[start, end) have the shape of a name word (NAME_SHAPE)? */
export function nameShape(text: string, start: number, end: number): boolean {
  if (hasNonAscii(text, start, end)) return NAME_SHAPE.test(text.slice(start, end));
  if (tail(text, start, end)) return true;
  for (const p of PREFIXES) if (startsWith(text, start, end, p) && tail(text, start + p.length, end)) return true;
  return false;
}
