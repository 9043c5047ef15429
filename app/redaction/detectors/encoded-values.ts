// A free-text value of a query or a form body, written with `+` or `%20` for its blanks and `%XX` for its signs
// (`Body=Hi+John+Smith`, `text=mail+jane%40example.com`): the sweep reads it decoded, as a person wrote it, and what
// it replaces is put back into the raw value, whose other characters stay byte for byte. Such a value is prose (an
// SMS, a message, a note), so it is read for a person's details as free text is, not only for secrets.
import type { ItemContext } from "../context";
import { redactFreeText } from "../free-text";
import { findEmailSpans } from "./phi-emails";

/** The decoded text and, for each of its code units (and its end), where that unit starts in the raw value. */
interface Decoded {
  text: string;
  rawStart: number[];
}

const UTF8 = new TextDecoder("utf-8");

function hexDigit(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  const lower = code | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** The byte of a `%XX` escape at `i`, or -1. */
function escapedByte(raw: string, i: number): number {
  if (raw.charCodeAt(i) !== 37 || i + 2 >= raw.length) return -1;
  const high = hexDigit(raw.charCodeAt(i + 1));
  const low = hexDigit(raw.charCodeAt(i + 2));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/**
 * Decodes `+` as a blank and each run of `%XX` escapes as UTF-8 (bytes that are not valid UTF-8 read as U+FFFD; the
 * decoded text only feeds the sweep, what stays is copied from the raw value); a `%` not followed by two hex digits
 * stays as written. One pass: each raw character is read once, each run decoded once, no exception thrown.
 */
function decode(raw: string): Decoded {
  const parts: string[] = [];
  const rawStart: number[] = [];
  let i = 0;
  while (i < raw.length) {
    if (escapedByte(raw, i) >= 0) {
      const bytes: number[] = [];
      let end = i;
      for (let b = escapedByte(raw, end); b >= 0; b = escapedByte(raw, end)) {
        bytes.push(b);
        end += 3;
      }
      // A blank written another way (`%C2%A0`, `%09`) reads as a blank, as a person sees it; a line end stays one.
      const chars = UTF8.decode(new Uint8Array(bytes)).replace(/[^\S\n\r]/g, " ");
      // Every unit of a run maps to the run's start, so a change never splits a run.
      for (let k = 0; k < chars.length; k++) rawStart.push(i);
      parts.push(chars);
      i = end;
      continue;
    }
    rawStart.push(i);
    parts.push(raw[i] === "+" ? " " : raw[i]);
    i++;
  }
  rawStart.push(raw.length);
  return { text: parts.join(""), rawStart };
}

/** The sweep's new text encoded so that it cannot end the pair or the form: blanks as the raw value wrote them. */
function encode(text: string, blank: string): string {
  return text.replace(/[\s%&=#+]/g, (c) =>
    /\s/.test(c) ? blank : "%" + c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0"),
  );
}

/**
 * Sweeps a raw (encoded) value. When it holds a `+` or a `%XX` escape, the decoded text is swept and the changed stretch (from
 * the first to the last character that differs) is written back encoded; otherwise, or when the decoded text gives
 * the sweep nothing, the raw value is swept as it stands (a base64 value's `+` is no blank).
 */
export function sweepEncodedValue(
  raw: string,
  sweep: (value: string) => string,
  prose: (decoded: string) => string = (v) => v,
): string {
  // Any escape: `login_hint=jane%40example.com` writes no blank, `Hi%C2%A0John` writes it another way.
  if (!/\+|%[0-9A-Fa-f]{2}/.test(raw)) return sweep(raw);
  const decoded = decode(raw);
  const before = decoded.text;
  const after = prose(sweep(before));
  if (after === before) return sweep(raw);
  let head = 0;
  const shortest = Math.min(before.length, after.length);
  while (head < shortest && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < shortest - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  // A stretch that starts or ends inside an escape run (`%C3%A9` is one character, `%F0%9F%98%80` two code units)
  // takes the whole run: its units share one raw start.
  const at = decoded.rawStart;
  while (head > 0 && at[head - 1] === at[head]) head--;
  let stop = before.length - tail;
  while (stop < before.length && at[stop] === at[stop - 1]) stop++;
  const changed = after.slice(head, after.length - (before.length - stop));
  const blank = raw.includes("+") ? "+" : "%20";
  const start = at[head];
  const end = at[stop];
  return raw.slice(0, start) + encode(changed, blank) + raw.slice(end);
}

/** A decoded value read as prose: e-mail addresses, then names and other details free text is read for. */
export function proseDetails(text: string, ctx: ItemContext): string {
  let out = "";
  let pos = 0;
  if (text.includes("@"))
    for (const span of findEmailSpans(text)) {
      if (span.start < pos) continue;
      out += text.slice(pos, span.start) + ctx.phi(text.slice(span.start, span.end), "email");
      pos = span.end;
    }
  return redactFreeText(out + text.slice(pos), ctx);
}
