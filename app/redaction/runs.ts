// Runs of one character class, found by a character scan: what `text.replace(/(?<![C])[C]{min,}/g, fn)` does, without
// a regular expression trying every position of the text, and without building a new text when nothing changes.
// A match of that pattern is always a whole maximal run (the look-behind puts its start at a run's start, the greedy
// repetition takes the run to its end), so the runs are the matches.

/** The answers of each run test for the ASCII codes, made once per test: the scan reads most characters there. */
const ASCII_TABLES = new WeakMap<(code: number) => boolean, Uint8Array>();
function asciiTable(inRun: (code: number) => boolean): Uint8Array {
  let table = ASCII_TABLES.get(inRun);
  if (!table) {
    table = new Uint8Array(128);
    for (let c = 0; c < 128; c++) table[c] = inRun(c) ? 1 : 0;
    ASCII_TABLES.set(inRun, table);
  }
  return table;
}

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
  const ascii = asciiTable(inRun);
  // ASCII characters by the table, others through the function.
  const member = (c: number) => (c < 128 ? ascii[c] === 1 : inRun(c));
  let out = "";
  let pos = 0;
  for (let i = 0; i < n;) {
    if (!member(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && member(text.charCodeAt(i))) i++;
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
