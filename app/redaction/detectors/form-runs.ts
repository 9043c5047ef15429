// Finds bare form runs (`user=jroe&pass=…`) in text with one character scan. A run is a pair whose value reaches an
// `&`, followed by one or more `&name=value` pairs; names are `[A-Za-z_][\w.[\]-]{0,63}` (`user[password]`), values hold no white space,
// quote, `<`, `>` or `&` and are at most 4096 characters. A regex for this tries every `=`-separated start inside a
// long value (`a=a=a=…`) and runs 4096 characters from each; this scan looks at each character a bounded number of
// times.

import type { Span } from "../text-edits";

const MAX_NAME = 64;
const MAX_VALUE = 4096;
const TOKEN = /[^\s"'<>]+/g;

/** `text` with each form run that `chosen` picks replaced by what `rewrite` gives for it; the rest as it was. */
export function rewriteFormRuns(
  text: string,
  chosen: (run: string) => boolean,
  rewrite: (run: string) => string,
): string {
  let out = "";
  let pos = 0;
  for (const { start, end } of findFormRuns(text)) {
    const run = text.slice(start, end);
    if (!chosen(run)) continue;
    out += text.slice(pos, start) + rewrite(run);
    pos = end;
  }
  return pos === 0 ? text : out + text.slice(pos);
}

/** Every form run in `text`, left to right, as the regex `name=value(&name=value)+` would find them. */
export function findFormRuns(text: string): Span[] {
  const runs: Span[] = [];
  for (const token of text.matchAll(TOKEN)) {
    const word = token[0];
    if (!word.includes("&")) continue;
    const at = token.index ?? 0;
    let from = 0;
    for (let run = runFrom(word, from); run; run = runFrom(word, from)) {
      runs.push({ start: at + run.start, end: at + run.end });
      from = run.end;
    }
  }
  return runs;
}

function runFrom(word: string, from: number): Span | null {
  for (let segment = from; segment < word.length;) {
    const amp = word.indexOf("&", segment);
    if (amp < 0) return null;
    const start = firstPairEndingAt(word, segment, amp);
    if (start >= 0 && valueStartAt(word, amp + 1) >= 0) return { start, end: runEnd(word, amp) };
    segment = amp + 1;
  }
  return null;
}

/** The leftmost `name=value` in [from, amp) whose value runs to `amp`, or -1. */
function firstPairEndingAt(word: string, from: number, amp: number): number {
  for (let p = Math.max(from, amp - MAX_VALUE - MAX_NAME - 1); p < amp; p++) {
    if (!isNameStart(word.charCodeAt(p)) || (p > 0 && isBeforeNameBlocked(word.charCodeAt(p - 1)))) continue;
    const valueStart = valueStartAt(word, p);
    if (valueStart >= 0 && amp - valueStart <= MAX_VALUE) return p;
  }
  return -1;
}

/** Follows `&name=value` pairs from the `&` at `amp`; returns where the last one ends. */
function runEnd(word: string, amp: number): number {
  for (;;) {
    const valueStart = valueStartAt(word, amp + 1);
    const next = word.indexOf("&", valueStart);
    const valueEnd = next < 0 ? word.length : next;
    if (valueEnd - valueStart > MAX_VALUE) return valueStart + MAX_VALUE;
    if (next < 0 || valueStartAt(word, next + 1) < 0) return valueEnd;
    amp = next;
  }
}

/** Where the value starts when a pair name and its `=` begin at `p`, else -1. */
function valueStartAt(word: string, p: number): number {
  if (p >= word.length || !isNameStart(word.charCodeAt(p))) return -1;
  let q = p + 1;
  while (q < word.length && q - p < MAX_NAME && isNameChar(word.charCodeAt(q))) q++;
  return word.charCodeAt(q) === 61 /* = */ ? q + 1 : -1;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameStart = (c: number) => isLetter(c) || c === 95;
const isNameChar = (c: number) =>
  isNameStart(c) || (c >= 48 && c <= 57) || c === 46 || c === 45 || c === 91 || c === 93;
/** A name does not start right after a word, a dot, a `%` escape or a dash (the middle of another word). */
const isBeforeNameBlocked = (c: number) => isNameChar(c) || c === 37;
