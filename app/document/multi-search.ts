// Finds every occurrence of many needles in one pass (Aho–Corasick), so checking an export for thousands of values
// the redaction removed costs time linear in the text, not text × values.
//
// Memory: a large log removes tens of thousands of long tokens, so the automaton is kept in typed arrays (about 40
// bytes per state, not a Map per state) and holds only each needle's first PREFIX characters. The needles longer than
// that are grouped by the state their prefix ends at, their rests sorted: where a prefix occurs, the text that follows
// narrows the sorted rests one character at a time (two binary searches) and stops where none goes on, so values
// sharing a long prefix (`PREFIXPREFIX…000123`, `…000124`) cost the length of the text they match, not their number,
// and one long value costs no more than the characters the text shares with it.

export interface MultiHit<T> {
  start: number;
  payload: T;
}

/** Characters of a needle kept in the automaton; the rest is compared at each place its prefix occurs. */
const PREFIX = 32;
/** States room is made for at first (grown by doubling). */
const INITIAL_STATES = 64;

const grow = <A extends Int32Array | Uint16Array | Uint8Array>(array: A, size: number): A => {
  if (size <= array.length) return array;
  const bigger = new (array.constructor as new (n: number) => A)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
};

/** The needles longer than PREFIX sharing one prefix (indices into the needles), sorted by their rest once built;
 *  a group holds more needles than rests when needles were added since (only such a group is sorted again). */
interface LongGroup {
  needles: number[];
  rests: string[];
}

/** The first index in [lo, hi) whose rest's unit at `k` is not below `c` (`orEqual`: not at or below it). */
function boundAt(rests: string[], lo: number, hi: number, k: number, c: number, orEqual: boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const at = rests[mid].charCodeAt(k);
    if (at < c || (orEqual && at === c)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class MultiSearch<T> {
  // Per state (0 is the root): its parent, the character into it, its depth, fail and dictionary links, first end.
  // Small at first and grown by doubling: a search is made per item (the values carried in one ticket), and most
  // hold a few values, so a large first allocation cost more than the searches themselves.
  private parent = new Int32Array(INITIAL_STATES);
  private char = new Uint16Array(INITIAL_STATES);
  private depth = new Uint8Array(INITIAL_STATES);
  private fail = new Int32Array(INITIAL_STATES);
  private dict = new Int32Array(INITIAL_STATES);
  private endHead = new Int32Array(INITIAL_STATES).fill(-1);
  private states = 1;
  /** The root's transitions on an ASCII character, one slot each (0: none; no state but the root is 0). */
  private readonly rootAscii = new Int32Array(128);
  /** Every other transition (the root's on any other character too) in an open-addressing hash: (state, character)
   *  → state; -1 marks an empty slot. */
  private edgeFrom = new Int32Array(2 * INITIAL_STATES).fill(-1);
  private edgeChar = new Uint16Array(2 * INITIAL_STATES);
  private edgeTo = new Int32Array(2 * INITIAL_STATES);
  private edges = 0;
  /** Needles ending (or, when longer than PREFIX, with their prefix ending) at a state: a linked list per state. */
  private readonly endNeedle: string[] = [];
  private readonly endPayload: T[] = [];
  private readonly endNext: number[] = [];
  /** Per state: the index in `groups` of the needles longer than PREFIX whose prefix ends there, or -1. */
  private longGroup = new Int32Array(INITIAL_STATES).fill(-1);
  private readonly groups: LongGroup[] = [];
  private built = false;

  private slot(from: number, c: number): number {
    const mask = this.edgeFrom.length - 1;
    let h = (Math.imul(from, 0x9e3779b1) ^ Math.imul(c + 1, 0x85ebca6b)) >>> 0;
    h = (h ^ (h >>> 15)) & mask;
    while (this.edgeFrom[h] !== -1 && (this.edgeFrom[h] !== from || this.edgeChar[h] !== c)) h = (h + 1) & mask;
    return h;
  }

  /** The state reached from `from` on character `c`, or -1. */
  private next(from: number, c: number): number {
    if (from === 0 && c < 128) return this.rootAscii[c] || -1;
    const h = this.slot(from, c);
    return this.edgeFrom[h] === -1 ? -1 : this.edgeTo[h];
  }

  private link(from: number, c: number, to: number): void {
    if (from === 0 && c < 128) {
      this.rootAscii[c] = to;
      return;
    }
    if ((this.edges + 1) * 2 > this.edgeFrom.length) this.rehash();
    const h = this.slot(from, c);
    this.edgeFrom[h] = from;
    this.edgeChar[h] = c;
    this.edgeTo[h] = to;
    this.edges++;
  }

  private rehash(): void {
    const [from, chars, to] = [this.edgeFrom, this.edgeChar, this.edgeTo];
    this.edgeFrom = new Int32Array(from.length * 2).fill(-1);
    this.edgeChar = new Uint16Array(from.length * 2);
    this.edgeTo = new Int32Array(from.length * 2);
    for (let i = 0; i < from.length; i++) {
      if (from[i] === -1) continue;
      const h = this.slot(from[i], chars[i]);
      this.edgeFrom[h] = from[i];
      this.edgeChar[h] = chars[i];
      this.edgeTo[h] = to[i];
    }
  }

  private newState(parent: number, c: number, depth: number): number {
    const state = this.states++;
    this.parent = grow(this.parent, this.states);
    this.char = grow(this.char, this.states);
    this.depth = grow(this.depth, this.states);
    this.fail = grow(this.fail, this.states);
    this.dict = grow(this.dict, this.states);
    if (this.endHead.length < this.states) {
      const old = this.endHead.length;
      this.endHead = grow(this.endHead, this.states);
      this.endHead.fill(-1, old);
      this.longGroup = grow(this.longGroup, this.endHead.length);
      this.longGroup.fill(-1, old);
    }
    this.parent[state] = parent;
    this.char[state] = c;
    this.depth[state] = depth;
    this.link(parent, c, state);
    return state;
  }

  add(needle: string, payload: T): void {
    if (!needle) return;
    let state = 0;
    const length = Math.min(needle.length, PREFIX);
    for (let i = 0; i < length; i++) {
      const c = needle.charCodeAt(i);
      const to = this.next(state, c);
      state = to === -1 ? this.newState(state, c, i + 1) : to;
    }
    this.endNeedle.push(needle);
    this.endPayload.push(payload);
    this.built = false;
    const index = this.endNeedle.length - 1;
    if (needle.length <= PREFIX) {
      this.endNext.push(this.endHead[state]);
      this.endHead[state] = index;
      return;
    }
    this.endNext.push(-1);
    if (this.longGroup[state] === -1) {
      this.longGroup[state] = this.groups.length;
      this.groups.push({ needles: [], rests: [] });
    }
    this.groups[this.longGroup[state]].needles.push(index);
  }

  /** Does a state end a needle (or a long needle's prefix)? */
  private ends(state: number): boolean {
    return this.endHead[state] !== -1 || this.longGroup[state] !== -1;
  }

  /**
   * The long needles of a group whose prefix ends at `start + PREFIX` and whose rest follows in the text: the rests
   * that agree with the text so far stay one range of the sorted list; a rest that ends there is a hit (it sorts first
   * in its range), the next character narrows the range, and an empty range stops the walk.
   */
  private pushLong(group: LongGroup, text: string, start: number, hits: Array<MultiHit<T>>): void {
    const from = start + PREFIX;
    const { needles, rests } = group;
    let lo = 0;
    let hi = rests.length;
    for (let k = 0; lo < hi; k++) {
      while (lo < hi && rests[lo].length === k) hits.push({ start, payload: this.endPayload[needles[lo++]] });
      if (lo === hi || from + k >= text.length) return;
      const c = text.charCodeAt(from + k);
      lo = boundAt(rests, lo, hi, k, c, false);
      hi = boundAt(rests, lo, hi, k, c, true);
    }
  }

  /** Fail and dictionary links, state by state in order of depth (a counting sort: depths are at most PREFIX). */
  private build(): void {
    for (const group of this.groups) {
      if (group.rests.length === group.needles.length) continue;
      const sorted = group.needles
        .map((e) => ({ e, rest: this.endNeedle[e].slice(PREFIX) }))
        .sort((x, y) => (x.rest < y.rest ? -1 : x.rest > y.rest ? 1 : x.e - y.e));
      group.needles = sorted.map((x) => x.e);
      group.rests = sorted.map((x) => x.rest);
    }
    const count = new Int32Array(PREFIX + 2);
    for (let s = 1; s < this.states; s++) count[this.depth[s] + 1]++;
    for (let d = 1; d < count.length; d++) count[d] += count[d - 1];
    const order = new Int32Array(this.states - 1);
    for (let s = 1; s < this.states; s++) order[count[this.depth[s]]++] = s;
    this.dict[0] = -1;
    for (const s of order) {
      const p = this.parent[s];
      const c = this.char[s];
      let f = 0;
      if (p !== 0) {
        f = this.fail[p];
        while (f !== 0 && this.next(f, c) === -1) f = this.fail[f];
        const to = this.next(f, c);
        f = to !== -1 && to !== s ? to : 0;
      }
      this.fail[s] = f;
      this.dict[s] = this.ends(f) ? f : this.dict[f];
    }
    this.built = true;
  }

  /** Every occurrence (overlapping ones too), in text order of where each needle's first PREFIX characters end. */
  search(text: string): Array<MultiHit<T>> {
    if (!this.built) this.build();
    const hits: Array<MultiHit<T>> = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let to = this.next(state, c);
      while (to === -1 && state !== 0) {
        state = this.fail[state];
        to = this.next(state, c);
      }
      state = to === -1 ? 0 : to;
      for (let n = this.ends(state) ? state : this.dict[state]; n > 0; n = this.dict[n]) {
        const start = i - this.depth[n] + 1;
        for (let e = this.endHead[n]; e !== -1; e = this.endNext[e]) hits.push({ start, payload: this.endPayload[e] });
        if (this.longGroup[n] !== -1) this.pushLong(this.groups[this.longGroup[n]], text, start, hits);
      }
    }
    return hits;
  }
}

/** Lower case, one code point at a time, keeping every offset where it was (for case-insensitive search). */
export function foldCase(text: string): string {
  // In pieces joined once: a character-by-character concatenation over a 40 MB text builds a rope of millions of
  // pieces (hundreds of MB) before it is flattened. A piece lowers as a whole when that is the same as lowering each
  // character: no capital sigma (the one context-dependent lower case) and no character whose lower case is longer.
  const PIECE = 16384;
  const pieces: string[] = [];
  for (let at = 0; at < text.length;) {
    let end = Math.min(text.length, at + PIECE);
    // Never split a surrogate pair.
    if (end < text.length && (text.charCodeAt(end - 1) & 0xfc00) === 0xd800) end++;
    const piece = text.slice(at, end);
    const lowered = piece.toLowerCase();
    if (lowered.length === piece.length && !piece.includes("\u03a3")) pieces.push(lowered);
    else {
      let out = "";
      for (const ch of piece) {
        const lower = ch.toLowerCase();
        out += lower.length === ch.length ? lower : ch;
      }
      pieces.push(out);
    }
    at = end;
  }
  return pieces.join("");
}
