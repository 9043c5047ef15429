// The last pass over an item: a secret found anywhere in the ticket (a client secret decoded from a Basic header, a
// token read from a JSON field) is replaced wherever else it still stands in plain text — before the header that
// revealed it, in a sentence, glued to a client ID. One pass over the text's pieces, whatever the number of secrets.
import type { ItemContext, KnownValue } from "./context";
import { MultiSearch } from "~/document/multi-search";
import { charTable } from "./char-table";
import { PrefixIndex } from "./prefix-index";

/** Shorter values are never looked for; values shorter than WORD_LENGTH only as a whole word (`"guest"`). */
const MIN_LENGTH = 4;
const WORD_LENGTH = 8;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}_]/u.test(c);

export function replaceKnownSecrets(text: string, ctx: ItemContext): string {
  const tables = ctx.state.index("known-secrets", null, newTables, (t, k) => {
    if (k.category === "secret" && k.value.length >= MIN_LENGTH) addSecret(t, k);
  });
  return replaceFound(text, ctx, tables);
}

/** Each of `known` where it stands on its own in `text`, replaced by its placeholder. */
export function replaceKnownValues(text: string, ctx: ItemContext, known: KnownValue[]): string {
  if (known.length === 0) return text;
  const tables = newTables();
  for (const k of known) addSecret(tables, k);
  return replaceFound(text, ctx, tables);
}

function replaceFound(text: string, ctx: ItemContext, tables: Tables): string {
  if (tables.plain.size === 0 && tables.special.length === 0) return text;
  const hits = findAll(text, tables).sort((a, b) => a.start - b.start || b.end - a.end);
  if (hits.length === 0) return text;
  let out = "";
  let pos = 0;
  for (const h of hits) {
    if (h.start < pos) continue;
    const asWord = h.end - h.start < WORD_LENGTH || PHRASE.test(h.entry.value);
    if (asWord && (isWordChar(text[h.start - 1]) || isWordChar(text[h.end]))) continue;
    out += text.slice(pos, h.start) + ctx.known(h.entry);
    pos = h.end;
  }
  return out + text.slice(pos);
}

/** A password written as a phrase: words of letters with one space between them (`open sesame`, `mongo password`). */
const PHRASE = /^[A-Za-z][A-Za-z'-]{0,30}(?: [A-Za-z][A-Za-z'-]{0,30}){1,6}$/;
/** Where a value standing on its own starts and ends: white space and the punctuation that surrounds a value. */
const HAS_DELIMITER = /[\s:=&,;'"`()<>[\]{}|]/;
const isDelimiter = charTable(HAS_DELIMITER);
/** At least `count` ASCII letters or digits (counted up to `count`, not collected). */
function hasAlnum(value: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < value.length && found < count; i++) {
    const c = value.charCodeAt(i) | 0x20;
    if ((c >= 0x61 && c <= 0x7a) || (value.charCodeAt(i) >= 0x30 && value.charCodeAt(i) <= 0x39)) found++;
  }
  return found >= count;
}
/** Up to this many values with delimiters inside, one native indexOf scan each; more: one Aho–Corasick pass. */
const FEW = 16;
/**
 * A cut copy of a secret: at least this many of its first characters, then `...` or `…` where a tool shortened it
 * (PowerShell's `RawContent :`, a log that trims long values) or a person masked the rest (`head...tail`,
 * `head [...]`). Shorter heads (`tm_key_...`) are a name, not a copy.
 */
const CUT_MIN = 16;
/** What marks the rest of a value as left out: inside a piece, and right after one (past its delimiter). */
const CUT_INSIDE = ["..", "\u2026", "\\u2026"];
const CUT_AFTER = ["[...]", "[\u2026]", " ...", " \u2026"];

/**
 * Where the value in the piece `text[start, end)` ends when a cut mark follows it (`head...`, `head…tail`,
 * `head[...]`, `head ...`), or -1. The piece is read once, so every piece costs its own length.
 */
function cutEnd(text: string, start: number, end: number, marked: boolean): number {
  if (marked)
    for (let k = start; k < end; k++) {
      const c = text.charCodeAt(k);
      // Only a `.`, `…` or `\` can start a mark: other characters cost one comparison.
      if (isMarkStart(c) && CUT_INSIDE.some((mark) => text.startsWith(mark, k))) return k;
    }
  // Every mark after a piece starts with `[` or a blank.
  const after = text.charCodeAt(end);
  return (after === 0x5b || after === 0x20) && CUT_AFTER.some((mark) => text.startsWith(mark, end)) ? end : -1;
}
/** The first character of every CUT_INSIDE mark: `.`, `…`, `\`. */
const isMarkStart = (c: number) => c === 0x2e || c === 0x2026 || c === 0x5c;

/** Padded base64 (`YWRtaW4=`, `c2VjcmV0==`): what stands before the padding, when it is long enough to look up. */
const PADDED = /^[A-Za-z0-9+/_-]{6,}={1,2}$/;
const paddedBody = (value: string) => (PADDED.test(value) ? value.replace(/=+$/, "") : null);

/** The lookup tables of the known secrets: fed each secret once as it is found, not rebuilt for each item. */
interface Tables {
  /** Every secret value, for the Basic-header rule below. */
  values: Set<string>;
  plain: Map<string, KnownValue>;
  lengths: Set<number>;
  /** The values a cut copy can come from (CUT_MIN characters or more), and their sorted index, made when needed. */
  cut: KnownValue[];
  cutIndex: PrefixIndex | null;
  special: KnownValue[];
  /** Over FEW special values: one Aho–Corasick automaton, values added as they come. */
  search: MultiSearch<KnownValue> | null;
}

const newTables = (): Tables => ({
  values: new Set(),
  plain: new Map(),
  lengths: new Set(),
  cut: [],
  cutIndex: null,
  special: [],
  search: null,
});

function addSecret(t: Tables, s: KnownValue): void {
  t.values.add(s.value);
  if (!HAS_DELIMITER.test(s.value)) {
    t.plain.set(s.value, s);
    t.lengths.add(s.value.length);
    if (s.value.length >= CUT_MIN) {
      t.cut.push(s);
      t.cutIndex = null;
    }
    return;
  }
  // Base64 with its padding (`YWRtaW4=`, a Kubernetes Secret's value decoded again in the same session): the `=` ends
  // a piece, so the value is looked up by what stands before it, and the padding is taken along where it follows.
  const body = paddedBody(s.value);
  if (body !== null) {
    if (!t.plain.has(body)) t.plain.set(body, s);
    t.lengths.add(body.length);
    return;
  }
  // A value with delimiters is searched for only when it reads like one credential (`My:Secret:Password`), not a
  // scrap of punctuation left between two placeholders (`?code=`).
  // A phrase (`open sesame`, a .env value of words) is looked for whole, as words; other values with white space never.
  if ((/\s/.test(s.value) && !PHRASE.test(s.value)) || !hasAlnum(s.value, 8)) return;
  t.special.push(s);
  if (t.special.length === FEW + 1) {
    t.search = new MultiSearch<KnownValue>();
    for (const v of t.special) t.search.add(v.value, v);
  } else if (t.search) t.search.add(s.value, s);
}

/** `client_id:secret` decoded from a Basic header: only the secret goes when it is known on its own (the ID stays). */
const isPairOfKnown = (t: Tables, value: string) =>
  value.includes(":") && t.values.has(value.slice(value.indexOf(":") + 1));

/**
 * Occurrences of the secrets in the text. Values without delimiters are looked up piece by piece (one pass over the
 * text, one Set lookup per piece — a secret standing as a word, in quotes, after `id:`); the few values with
 * delimiters inside (`My:Secret:Password`) are searched for as they are.
 */
function findAll(text: string, tables: Tables): Array<{ start: number; end: number; entry: KnownValue }> {
  const out: Array<{ start: number; end: number; entry: KnownValue }> = [];
  const { plain, lengths, special, search } = tables;
  if (plain.size) {
    // Pieces by a character scan; only a piece as long as some value is cut out and looked up.
    // Sorted again only when a secret was added since the last look-up.
    const cuttable = (tables.cutIndex ??= new PrefixIndex(tables.cut));
    const n = text.length;
    for (let i = 0; i < n;) {
      if (isDelimiter(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      // Whether the piece holds a character a cut mark starts with: only then is it read again for one.
      let marked = false;
      for (; i < n; i++) {
        const c = text.charCodeAt(i);
        if (isDelimiter(c)) break;
        if (isMarkStart(c)) marked = true;
      }
      const entry = lengths.has(i - start) ? plain.get(text.slice(start, i)) : undefined;
      // A padded value found by its body: its padding goes with it where it follows.
      if (entry) out.push({ start, end: text.startsWith(entry.value, start) ? start + entry.value.length : i, entry });
      else {
        const hit = cutCopy(text, start, i, marked, plain, cuttable);
        if (hit) out.push(hit);
      }
    }
  }
  if (!search) {
    for (const entry of special) {
      if (isPairOfKnown(tables, entry.value)) continue;
      for (let at = text.indexOf(entry.value); at >= 0; at = text.indexOf(entry.value, at + 1))
        out.push({ start: at, end: at + entry.value.length, entry });
    }
    return out;
  }
  for (const h of search.search(text))
    if (!isPairOfKnown(tables, h.payload.value))
      out.push({ start: h.start, end: h.start + h.payload.value.length, entry: h.payload });
  return out;
}

/**
 * A secret in a piece that holds more than it: whole before a cut mark or a sentence's full stop (`K...`, `K…`,
 * `K.`), or its head of CUT_MIN characters or more before a cut mark. A head that ends where a JWT's segment ends is
 * the header every token of that algorithm shares (`eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9...`), not a copy.
 */
function cutCopy(
  text: string,
  start: number,
  end: number,
  marked: boolean,
  plain: Map<string, KnownValue>,
  cuttable: PrefixIndex,
): { start: number; end: number; entry: KnownValue } | undefined {
  const cut = cutEnd(text, start, end, marked);
  const stop = cut >= 0 ? cut : text[end - 1] === "." ? end - 1 : -1;
  if (stop <= start) return undefined;
  const head = text.slice(start, stop);
  const whole = plain.get(head);
  if (whole) return { start, end: stop, entry: whole };
  if (cut < 0 || head.length < CUT_MIN || !cuttable.size) return undefined;
  const of = cuttable.longerWith(head);
  return of && of.value[head.length] !== "." ? { start, end: stop, entry: of } : undefined;
}
