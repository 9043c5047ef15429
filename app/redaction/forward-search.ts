// A search that only moves forward: readers that look for an element's end tag from each start tag they meet would
// search the rest of the text again for every start tag never closed (a paste cut off, many prefixes) — quadratic.
// Here each part of the text is searched once, however many elements are never closed.

/** The first match of `re` (global) at or after `from`, for `from` that only grows: -1 when there is none. */
export function forwardSearch(text: string, re: RegExp): (from: number) => number {
  let known: { from: number; at: number } | undefined;
  return (from) => {
    if (known && from >= known.from && (known.at === -1 || from <= known.at)) return known.at;
    re.lastIndex = from;
    const at = re.exec(text)?.index ?? -1;
    known = { from, at };
    return at;
  };
}

/** `s` with its first `find` replaced by `to` taken literally (`String.replace` with a string would expand `$&`,
 *  `$'` and `` $` `` in a value that holds them). */
export function replaceOnce(s: string, find: string, to: string): string {
  const at = s.indexOf(find);
  return at < 0 ? s : s.slice(0, at) + to + s.slice(at + find.length);
}
