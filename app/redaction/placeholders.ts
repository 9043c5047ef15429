// Placeholders in text: recognising them (so redaction is idempotent) and locating them (spans for highlighting).
// While an item is being redacted, every placeholder — found in the input or made by the redactor — stands in the
// text as a sentinel of C1 control characters: no later pattern can match inside it, cut it, or re-redact it. They are
// Latin-1, so a text with sentinels stays one byte per character (private-use characters, used before, made every
// working copy of an ASCII log twice its size); no pasted text needs them, and they are removed from the input.

/** `[REDACTED:type#n]`, a JWT annotation `[REDACTED:type#n · JWT …]`, or a shape marker `[REDACTED:value]`. */
export const PLACEHOLDER = /\[REDACTED:[a-z0-9_]+(?:#\d+)?(?: · JWT [^\]\n]*)?\]/g;
const PLACEHOLDER_PARTS = /^\[REDACTED:([a-z0-9_]+)(?:#(\d+))?/;

/** Codes of a sentinel's opening and closing characters; its digits are DIGIT0 to DIGIT0 + 9 (U+0085, NEL, is not used). */
export const OPEN_CODE = 0x81;
export const CLOSE_CODE = 0x82;
const DIGIT0 = 0x90;
export const OPEN = String.fromCharCode(OPEN_CODE);
export const CLOSE = String.fromCharCode(CLOSE_CODE);
/** Any character of a sentinel (opening, digit, closing). */
export const isSentinelCode = (c: number): boolean =>
  c === OPEN_CODE || c === CLOSE_CODE || (c >= DIGIT0 && c <= DIGIT0 + 9);
/** The source of a sentinel's pattern, for the patterns of other modules that step over sentinels. */
export const SENTINEL_SOURCE = "\\x81[\\x90-\\x99]+\\x82";
export const SENTINEL = new RegExp(SENTINEL_SOURCE, "g");
const SENTINEL_ONLY = new RegExp(`^(?:${SENTINEL_SOURCE})+$`);
/** The pieces of a text around its placeholders' sentinels, each through `protect` (held from the later sweep). */
export function protectAround(text: string, protect: (piece: string) => string): string {
  let out = "";
  let pos = 0;
  for (const m of text.matchAll(SENTINEL)) {
    if (m.index > pos) out += protect(text.slice(pos, m.index));
    out += m[0];
    pos = m.index + m[0].length;
  }
  return pos < text.length ? out + protect(text.slice(pos)) : out;
}

/** Characters the sentinels use; removed from raw input so they cannot be forged. */
export const SENTINEL_CHARS = /[\x81\x82\x90-\x99]/g;

export const isSentinelOnly = (value: string): boolean => SENTINEL_ONLY.test(value);
export const hasSentinel = (value: string): boolean => value.includes(OPEN);

/** The type of a placeholder text, e.g. "access_token". */
export function placeholderType(placeholder: string): string {
  return PLACEHOLDER_PARTS.exec(placeholder)?.[1] ?? "secret";
}

/** The highest number of each placeholder type in a text: `[REDACTED:cookie#4]` → cookie → 4. Linear. */
export function placeholderNumbers(text: string): Map<string, number> {
  const out = new Map<string, number>();
  if (!text.includes("[REDACTED:")) return out;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const parts = PLACEHOLDER_PARTS.exec(m[0]);
    if (!parts || parts[2] === undefined) continue;
    const n = Number(parts[2]);
    if (Number.isSafeInteger(n) && n > (out.get(parts[1]) ?? 0)) out.set(parts[1], n);
  }
  return out;
}

/** The sentinel of each index, made once (the same for every table): the first indexes of every item reuse them. */
const SENTINEL_OF: string[] = [];
const CACHED_SENTINELS = 1 << 16;

function sentinelOf(index: number): string {
  const cached = SENTINEL_OF[index];
  if (cached !== undefined) return cached;
  const decimal = String(index);
  let digits = "";
  for (let k = 0; k < decimal.length; k++) digits += String.fromCharCode(DIGIT0 + decimal.charCodeAt(k) - 0x30);
  const sentinel = OPEN + digits + CLOSE;
  // Filled in order (each table adds 0, 1, 2, …), so the array stays dense.
  if (index === SENTINEL_OF.length && index < CACHED_SENTINELS) SENTINEL_OF.push(sentinel);
  return sentinel;
}

/** Texts that replace sentinels at the end of an item (placeholders, annotations, restored values). */
export class SentinelTable {
  private readonly texts: string[] = [];

  /** How many texts are held: a count that did not change means nothing was replaced. */
  get size(): number {
    return this.texts.length;
  }

  add(text: string): string {
    const index = this.texts.length;
    this.texts.push(text);
    return sentinelOf(index);
  }

  /** Replaces the placeholders already in the text by sentinels. */
  protect(text: string): string {
    return text.replace(PLACEHOLDER, (m) => this.add(m));
  }

  /** The text a single sentinel stands for (undefined if it is not one of this table's). */
  textOf(sentinel: string): string | undefined {
    let index = 0;
    for (let k = 1; k < sentinel.length - 1; k++) index = index * 10 + (sentinel.charCodeAt(k) - DIGIT0);
    return this.texts[index];
  }

  /** The text with each sentinel replaced by its text: what `text.replace(SENTINEL, …)` does, by a native search for
   *  each sentinel's opening character instead of a regular expression and a callback per sentinel. */
  restore(text: string): string {
    let at = text.indexOf(OPEN);
    if (at < 0) return text;
    let out = "";
    let pos = 0;
    while (at >= 0) {
      let k = at + 1;
      let index = 0;
      for (let c = text.charCodeAt(k); c >= DIGIT0 && c <= DIGIT0 + 9; c = text.charCodeAt(++k))
        index = index * 10 + (c - DIGIT0);
      if (k === at + 1 || text.charCodeAt(k) !== CLOSE_CODE) {
        // Not a sentinel (no digits, or no closing character): looked for again from the next character.
        at = text.indexOf(OPEN, at + 1);
        continue;
      }
      const original = this.texts[index];
      if (original === undefined) throw new Error("unknown sentinel");
      out += text.slice(pos, at) + original;
      pos = k + 1;
      at = text.indexOf(OPEN, pos);
    }
    return out + text.slice(pos);
  }
}

/** PLACEHOLDER with its type and its JWT annotation as groups: one match per placeholder gives its span and type. */
const PLACEHOLDER_WITH_PARTS = /\[REDACTED:([a-z0-9_]+)(?:#\d+)?( · JWT [^\]\n]*)?\]/g;

/** [start, end) of every placeholder in the text, its bare form (no JWT annotation) and its type. */
export function placeholderSpans(
  text: string,
): Array<{ start: number; end: number; placeholder: string; type: string }> {
  const out: Array<{ start: number; end: number; placeholder: string; type: string }> = [];
  if (!text.includes("[REDACTED:")) return out;
  for (const m of text.matchAll(PLACEHOLDER_WITH_PARTS)) {
    const start = m.index ?? 0;
    const whole = m[0];
    // The annotation starts at the first " · JWT " (the type and number cannot hold one): what is left is bare.
    const bare = m[2] === undefined ? whole : whole.slice(0, whole.length - m[2].length - 1) + "]";
    out.push({ start, end: start + whole.length, placeholder: bare, type: m[1] });
  }
  return out;
}
