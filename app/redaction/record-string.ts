// The string a key's value stands for when a program printed it wrapped: Haskell's Maybe (`Just "…"`,
// `Just (RefreshToken {rtoken = "…"})`), a record or newtype under the key (`AccessToken {atoken = "…"}`), Elixir's
// struct or map (`%Secret{\n  value: "…"\n}`, `%{value: "…"}`). The first string field of the record is the key's
// value, whatever that field is called. Every scan is anchored at the value's start and bounded.

/** Haskell's `Just`, with the parenthesis before a record. */
const JUST = /Just \(?/y;
/** Elixir's struct or map opener, or a constructor before its record's brace. */
const RECORD_OPEN = /%[A-Za-z_.\d]{0,80}\{|[A-Z][\w.']{0,80} ?\{/y;
/** The record's first field, when its value is a string: `value: "`, `value = "`, on the same line or the next. */
const FIRST_STRING_FIELD = /\s{0,200}[a-z_][\w']{0,63}(?::| =) {0,2}"/y;

/** Haskell's `Just` before a value (a number, a string, a constructor, a parenthesis): no value itself. */
const JUST_VALUE = /Just (?=[("\dA-Z])/y;

/** Whether a wrapper (Haskell's `Just`, a record, a struct) starts at `at`: the wrapper itself is no value. */
export function opensRecord(text: string, at: number): boolean {
  JUST_VALUE.lastIndex = at;
  if (JUST_VALUE.test(text)) return true;
  RECORD_OPEN.lastIndex = at;
  return RECORD_OPEN.test(text);
}

/** Where the string a wrapped value holds begins (after its quote), or null when `at` starts no such wrapper. */
export function recordString(text: string, at: number): { start: number; quote: string } | null {
  let p = at;
  JUST.lastIndex = p;
  if (JUST.exec(text)) {
    p = JUST.lastIndex;
    if (text[p] === '"') return { start: p + 1, quote: '"' };
  }
  RECORD_OPEN.lastIndex = p;
  if (!RECORD_OPEN.exec(text)) return null;
  FIRST_STRING_FIELD.lastIndex = RECORD_OPEN.lastIndex;
  return FIRST_STRING_FIELD.exec(text) ? { start: FIRST_STRING_FIELD.lastIndex, quote: '"' } : null;
}
