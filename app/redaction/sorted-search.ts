// Binary search over anything sorted: the readers keep offsets, positions and values in sorted arrays (tags of a
// narrative, labels of a DevTools block, addresses found in a note, known values) and ask for the first one at or
// past a point. O(log n) and no allocation; the caller says what "before the point" means for its own entries.

/**
 * The first index in `[0, count)` whose entry is not before the point — `before(i)` true for every index below it and
 * false from it on (the entries are sorted) — or `count` when every entry is before it.
 */
export function firstNotBefore(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
