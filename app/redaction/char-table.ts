// A one-character class as a table: each UTF-16 code unit is tested against the class once, on first use, and read
// from the table after that — a character scan then costs one array read per character, not a regular expression.

/** `test(code)`: does the code unit (a Basic Multilingual Plane character, or half a surrogate pair) match `re`? */
export function charTable(re: RegExp): (code: number) => boolean {
  /** 0: not yet known, 1: in the class, 2: not. */
  const known = new Uint8Array(0x10000);
  return (code) => {
    let k = known[code];
    if (k === 0) known[code] = k = re.test(String.fromCharCode(code)) ? 1 : 2;
    return k === 1;
  };
}
