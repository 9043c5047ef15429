// Span-level scoring shared by the evaluation sections, and the alignment that maps a redacted text back onto the
// original (a redactor returns text with placeholders; scoring needs the original character ranges it removed).

export interface Span {
  start: number;
  end: number;
  type: string;
}

/**
 * Map placeholder spans of a redacted text back to ranges of the original. The text between placeholders is copied
 * unchanged by every redactor measured here, so the literal pieces are located in order in the original (with
 * backtracking when a piece occurs more than once). Returns null when the redacted text is not such a copy.
 */
export function alignRedaction(original: string, redacted: string, spans: Span[]): Span[] | null {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const literals: string[] = [];
  let pos = 0;
  for (const s of sorted) {
    literals.push(redacted.slice(pos, s.start));
    pos = s.end;
  }
  literals.push(redacted.slice(pos));
  if (!original.startsWith(literals[0])) return null;
  const out: Span[] = [];
  let budget = 10_000;
  const place = (i: number, at: number): boolean => {
    // literals[i] starts somewhere after `at` (a placeholder replaced at least one character).
    if (--budget < 0) return false;
    const lit = literals[i];
    if (i === literals.length - 1) {
      const start = original.length - lit.length;
      if (start <= at || !original.endsWith(lit)) return false;
      out.push({ start: at, end: start, type: sorted[i - 1].type });
      return true;
    }
    let from = at + 1;
    for (;;) {
      const idx = lit === "" ? from : original.indexOf(lit, from);
      if (idx < 0 || idx > original.length) return false;
      out.push({ start: at, end: idx, type: sorted[i - 1].type });
      if (place(i + 1, idx + lit.length)) return true;
      out.pop();
      if (lit === "" && idx >= original.length) return false;
      from = idx + 1;
      if (budget < 0) return false;
    }
  };
  if (sorted.length === 0) return original === redacted ? [] : null;
  return place(1, literals[0].length) ? out : null;
}

/** Spans of single marker characters (a peer configured to replace each finding with one private-use character). */
export function markerSpans(redacted: string, markers: Record<string, string>): Span[] {
  const byChar = new Map(Object.entries(markers).map(([type, ch]) => [ch, type]));
  const out: Span[] = [];
  for (let i = 0; i < redacted.length; i++) {
    const type = byChar.get(redacted[i]);
    if (type) out.push({ start: i, end: i + 1, type });
  }
  return out;
}

export interface GoldSpan {
  start: number;
  end: number;
  type: string;
}

export interface Tally {
  goldTotal: number;
  goldFound: number;
  predTotal: number;
  predTrue: number;
}

const emptyTally = (): Tally => ({ goldTotal: 0, goldFound: 0, predTotal: 0, predTrue: 0 });

export interface Scorecard {
  /** Per gold entity type: recall counts; precision counts of predictions mapped to that type. */
  byType: Map<string, Tally>;
  /** Over the in-scope entity types. */
  overall: Tally;
  /** Predictions overlapping any labelled span (any entity type) — the lenient precision. */
  anyGoldPredTrue: number;
}

export const newScorecard = (): Scorecard => ({ byType: new Map(), overall: emptyTally(), anyGoldPredTrue: 0 });

const tally = (card: Scorecard, type: string) => {
  let t = card.byType.get(type);
  if (!t) card.byType.set(type, (t = emptyTally()));
  return t;
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

/**
 * Score one sentence.
 * - A gold span is found when at least half of its characters lie inside predictions (of any type: a redaction is a
 *   redaction whatever its label).
 * - A prediction is a true positive when it overlaps a gold span of an in-scope type or of the type its label maps
 *   to (an IBAN found as an IBAN is no false positive); per type, when it overlaps a gold span of its mapped type.
 */
export function scoreSentence(
  card: Scorecard,
  gold: GoldSpan[],
  predictions: Span[],
  inScope: ReadonlySet<string>,
  mapType: (predictedType: string) => string | undefined,
): void {
  const covered = new Uint8Array(Math.max(0, ...gold.map((g) => g.end), 0));
  for (const p of predictions)
    for (let i = Math.max(0, p.start); i < Math.min(p.end, covered.length); i++) covered[i] = 1;
  for (const g of gold) {
    let inside = 0;
    for (let i = g.start; i < g.end; i++) inside += covered[i];
    const found = inside * 2 >= g.end - g.start;
    const t = tally(card, g.type);
    t.goldTotal++;
    if (found) t.goldFound++;
    if (inScope.has(g.type)) {
      card.overall.goldTotal++;
      if (found) card.overall.goldFound++;
    }
  }
  for (const p of predictions) {
    const mapped = mapType(p.type);
    const hitsScope = gold.some((g) => (inScope.has(g.type) || g.type === mapped) && overlaps(g, p));
    card.overall.predTotal++;
    if (hitsScope) card.overall.predTrue++;
    if (gold.some((g) => overlaps(g, p))) card.anyGoldPredTrue++;
    if (mapped) {
      const t = tally(card, mapped);
      t.predTotal++;
      if (gold.some((g) => g.type === mapped && overlaps(g, p))) t.predTrue++;
    }
  }
}

export const ratio = (num: number, den: number) => (den === 0 ? "—" : (num / den).toFixed(3));
