// The line around a position of a text, found with two native searches: for detectors that find a cue with one
// regular-expression scan of the whole text and then read only the lines the cue is on.

/** [start, end) of the line holding `index` (end at its "\n" or the text's end). */
export function lineAround(text: string, index: number): [number, number] {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const nl = text.indexOf("\n", index);
  return [start, nl < 0 ? text.length : nl];
}

/** The line before the one starting at `start` ([start, end)), or null at the text's start. */
export function lineBefore(text: string, start: number): [number, number] | null {
  return start === 0 ? null : lineAround(text, start - 1);
}

/** The line after the one ending at `end`, or null at the text's end. */
export function lineAfter(text: string, end: number): [number, number] | null {
  return end >= text.length ? null : lineAround(text, end + 1);
}
