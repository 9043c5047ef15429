// The string a key's value stands for when a program printed it wrapped: Haskell's Maybe (`Just "…"`,
// `Just (RefreshToken {rtoken = "…"})`), a record or newtype under the key (`AccessToken {atoken = "…"}`), Elixir's
// struct or map (`%Secret{\n  value: "…"\n}`, `%{value: "…"}`). The first string field of the record is the key's
// value, whatever that field is called. Every scan is anchored at the value's start and bounded.

import { looksLikeSecretValue } from "./detectors/secret-keys";

/** Haskell's `Just`, with the parenthesis before a record. */
const JUST = /Just \(?/y;
/** Elixir's struct or map opener, or a constructor before its record's brace. */
const RECORD_OPEN = /%[A-Za-z_.\d]{0,80}\{|([A-Z][\w.']{0,80}) ?\{/y;
/** The record's first field, when its value is a string: `value: "`, `value = "`, on the same line or the next. */
const FIRST_STRING_FIELD = /\s{0,200}[a-z_][\w']{0,63}(?::| =) {0,2}"/y;

/** Haskell's `Just` before a value (a number, a string, a constructor, a parenthesis): no value itself. */
const JUST_VALUE = /Just (?=[("\dA-Z])/y;

/** Whether a wrapper (Haskell's `Just`, a record, a struct) starts at `at`: the wrapper itself is no value. */
export function opensRecord(text: string, at: number): boolean {
  JUST_VALUE.lastIndex = at;
  if (JUST_VALUE.test(text)) return true;
  return recordOpenEnd(text, at) !== null;
}

/**
 * A type's or constructor's name is made of words (`AccessToken`, `OAuth2Token`, `HTTPResponse`): some lower case, no
 * long run of capitals, a digit only at a word's end; a generated value has none of that shape.
 */
const CONSTRUCTOR_WORDS = /^(?=[^]*[a-z])(?![^]*[A-Z]{6})(?![^]*\d[a-z])/;
const readsAsConstructor = (name: string): boolean => CONSTRUCTOR_WORDS.test(name) && !looksLikeSecretValue(name);

/**
 * Where a record's opener starting at `at` ends, or null. A constructor reads as a name (`AccessToken`, `OAuth2Token`):
 * a generated value before a brace (`password=AAAAAAAAA6ADHvhe {` on a log line) is the secret, not a record.
 */
function recordOpenEnd(text: string, at: number): number | null {
  RECORD_OPEN.lastIndex = at;
  const m = RECORD_OPEN.exec(text);
  if (!m || (m[1] !== undefined && !readsAsConstructor(m[1]))) return null;
  return RECORD_OPEN.lastIndex;
}

/** Where the string a wrapped value holds begins (after its quote), or null when `at` starts no such wrapper. */
export function recordString(text: string, at: number): { start: number; quote: string } | null {
  let p = at;
  JUST.lastIndex = p;
  if (JUST.exec(text)) {
    p = JUST.lastIndex;
    if (text[p] === '"') return { start: p + 1, quote: '"' };
  }
  const open = recordOpenEnd(text, p);
  if (open === null) return null;
  FIRST_STRING_FIELD.lastIndex = open;
  return FIRST_STRING_FIELD.exec(text) ? { start: FIRST_STRING_FIELD.lastIndex, quote: '"' } : null;
}
