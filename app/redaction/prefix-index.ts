// Known values sorted once, so that "which value begins with this piece" is a binary search (log N comparisons),
// whatever the number of values and however many of them share a head (refreshed tokens after one JWT header).
import type { KnownValue } from "./context";
import { firstNotBefore } from "./sorted-search";

export class PrefixIndex {
  private readonly sorted: KnownValue[];

  constructor(entries: KnownValue[]) {
    this.sorted = [...entries].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  }

  get size(): number {
    return this.sorted.length;
  }

  /** A value that begins with `piece` and is longer than it (the first in sort order), or undefined. */
  longerWith(piece: string): KnownValue | undefined {
    // The first value not below `piece`: every value beginning with `piece` sorts from here on, `piece` itself first.
    const lo = firstNotBefore(this.sorted.length, (i) => this.sorted[i].value < piece);
    for (let i = lo; i < this.sorted.length && i <= lo + 1; i++) {
      const v = this.sorted[i].value;
      if (v.length > piece.length && v.startsWith(piece)) return this.sorted[i];
    }
    return undefined;
  }
}
