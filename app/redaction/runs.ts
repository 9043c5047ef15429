// Runs of one character class, found by a character scan: what `text.replace(/(?<![C])[C]{min,}/g, fn)` does, without
// a regular expression trying every position of the text, and without building a new text when nothing changes.
// A match of that pattern is always a whole maximal run (the look-behind puts its start at a run's start, the greedy
// repetition takes the run to its end), so the runs are the matches.

/**
 * Replaces each maximal run of characters `inRun` that is at least `min` long by `fn(run, at)`. `extend(end)` may
 * widen a run past its end (a base64 token's `=` padding); scanning goes on after the widened run.
 */
export function replaceRuns(
  text: string,
  inRun: (code: number) => boolean,
  min: number,
  fn: (run: string, at: number) => string,
  extend: (end: number) => number = (end) => end,
): string {
  const n = text.length;
  let out = "";
  let pos = 0;
  for (let i = 0; i < n;) {
    if (!inRun(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && inRun(text.charCodeAt(i))) i++;
    if (i - start < min) continue;
    const end = extend(i);
    const run = text.slice(start, end);
    const replaced = fn(run, start);
    if (replaced !== run) {
      out += text.slice(pos, start) + replaced;
      pos = end;
    }
    i = end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}
