// Diagnostic tokens that free-text PHI detection must never take (IDs, URNs, scopes, request timestamps), found only
// on the lines a PHI span touches: no such token holds a line break, so the pattern run over one line (whose ends
// are line breaks or the text's ends, which the pattern's \b reads alike) finds there exactly what a run over the
// whole text finds. A text with PHI on a few of its lines is searched on those lines only.

/** Diagnostic tokens that free-text PHI detection must never take: IDs, URNs, scopes, request timestamps. */
export const KEEP_IN_PROSE = new RegExp(
  [
    "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}",
    // (not the hash of a person's e-mail in an avatar URL: detectors/phi-gravatar.ts)
    "(?<!avatar\\\\?\\/|gravatar_id=)\\b[0-9a-fA-F]{32}\\b",
    "\\burn:[A-Za-z0-9:._-]+",
    // (not an IAM user in an ARN, `arn:aws:iam::123456789012:user/jane.roe`, which has a scope's shape)
    "(?<!:)\\b(?:patient|user|system)\\/[A-Za-z*]+\\.[a-z*]+",
    "\\b\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?",
    "\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT",
  ].join("|"),
  "g",
);

/** The kept tokens of a text, in text order, found line by line as `cover` asks for them (each line once). */
export class KeptTokens {
  /** Start and end of each kept token found so far. */
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  /** The text before this offset (a line start, or past the end) has been searched. */
  private searched = 0;

  constructor(private readonly text: string) {}

  /** Finds the kept tokens of every line that [start, end) touches; calls must come in text order. */
  cover(start: number, end: number): void {
    const text = this.text;
    if (end <= this.searched) return;
    let from = this.searched;
    if (start > from) {
      // Back to the start of the line holding `start` (no further than what was searched: linear overall).
      from = start;
      while (from > this.searched && text.charCodeAt(from - 1) !== 0x0a) from--;
    }
    let to = text.indexOf("\n", Math.max(from, end - 1));
    if (to === -1) to = text.length;
    for (const m of text.slice(from, to).matchAll(KEEP_IN_PROSE)) {
      this.starts.push(from + m.index);
      this.ends.push(from + m.index + m[0].length);
    }
    this.searched = to + 1;
  }
}
