// Finds every occurrence of many needles in one pass (Aho–Corasick), so checking an export for thousands of values
// the redaction removed costs time linear in the text, not text × values.

export interface MultiHit<T> {
  start: number;
  payload: T;
}

export class MultiSearch<T> {
  private readonly next: Array<Map<number, number>> = [new Map()];
  private readonly fail: number[] = [0];
  /** Needles ending exactly at a node, with their length. */
  private readonly ends: Array<Array<{ length: number; payload: T }>> = [[]];
  /** The nearest node on the fail chain that ends a needle (-1: none). */
  private dict: number[] = [];
  private built = false;

  add(needle: string, payload: T): void {
    if (!needle) return;
    let node = 0;
    for (let i = 0; i < needle.length; i++) {
      const c = needle.charCodeAt(i);
      let to = this.next[node].get(c);
      if (to === undefined) {
        to = this.next.length;
        this.next.push(new Map());
        this.fail.push(0);
        this.ends.push([]);
        this.next[node].set(c, to);
      }
      node = to;
    }
    this.ends[node].push({ length: needle.length, payload });
    this.built = false;
  }

  private build(): void {
    this.dict = new Array<number>(this.next.length).fill(-1);
    const queue: number[] = [];
    for (const child of this.next[0].values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      for (const [c, child] of this.next[node]) {
        let f = this.fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = this.fail[f];
        const target = this.next[f].get(c);
        this.fail[child] = target !== undefined && target !== child ? target : 0;
        queue.push(child);
      }
      const f = this.fail[node];
      this.dict[node] = this.ends[f].length > 0 ? f : this.dict[f];
    }
    this.built = true;
  }

  /** Every occurrence (overlapping ones too), in text order of their end. */
  search(text: string): Array<MultiHit<T>> {
    if (!this.built) this.build();
    const hits: Array<MultiHit<T>> = [];
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      while (node !== 0 && !this.next[node].has(c)) node = this.fail[node];
      node = this.next[node].get(c) ?? 0;
      for (let n = this.ends[node].length > 0 ? node : this.dict[node]; n > 0; n = this.dict[n]) {
        for (const end of this.ends[n]) hits.push({ start: i - end.length + 1, payload: end.payload });
      }
    }
    return hits;
  }
}

/** Lower case, one code point at a time, keeping every offset where it was (for case-insensitive search). */
export function foldCase(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    out += lower.length === ch.length ? lower : ch;
  }
  return out;
}
