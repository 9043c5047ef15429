// The line around a position of a text, found with two native searches: for detectors that find a cue with one
// regular-expression scan of the whole text and then read only the lines the cue is on.

/**
 * [start, end) of the line holding `index` (end at its "\n" or the text's end), cut to [floor, limit]: no character
 * outside them is read, so a caller that moves on through the text (each floor past the last line read) reads each
 * character a bounded number of times.
 */
export function lineAround(text: string, index: number, floor = 0, limit = text.length): [number, number] {
  const start =
    index <= floor
      ? floor
      : floor === 0
        ? text.lastIndexOf("\n", index - 1) + 1
        : floor + text.slice(floor, index).lastIndexOf("\n") + 1;
  if (index >= limit) return [start, limit];
  const nl = limit === text.length ? text.indexOf("\n", index) : text.slice(index, limit).indexOf("\n");
  return [start, nl < 0 ? limit : limit === text.length ? nl : index + nl];
}

/** The line before the one starting at `start` ([start, end)), or null at the text's start. */
export function lineBefore(text: string, start: number): [number, number] | null {
  return start === 0 ? null : lineAround(text, start - 1);
}

/** The line after the one ending at `end`, or null at the text's end. */
export function lineAfter(text: string, end: number): [number, number] | null {
  return end >= text.length ? null : lineAround(text, end + 1);
}

/**
 * Each line holding a match of `cue` (a global pattern), visited once and only when it is at most `maxLine` long: one
 * scan of the text for the cue, which then resumes after the line — or after the position `visit` returns, when it
 * read on past its line (a block of lines), so no line is read twice. A match that starts with the line break before
 * its line (a cue such as `(?:^|\s)word`) belongs to the line after that break.
 */
export function eachCueLine(
  text: string,
  cue: RegExp,
  maxLine: number,
  visit: (start: number, end: number) => number | void,
) {
  let done = -1;
  cue.lastIndex = 0;
  for (let c = cue.exec(text); c; c = cue.exec(text)) {
    if (c[0].length === 0) cue.lastIndex++;
    const at = text.charCodeAt(c.index) === 10 && c[0].length > 1 ? c.index + 1 : c.index;
    if (at < done) continue;
    const [start, end] = lineAround(text, at);
    done = end;
    if (end - start <= maxLine) done = Math.max(end, visit(start, end) ?? end);
    cue.lastIndex = Math.max(cue.lastIndex, done);
  }
}
