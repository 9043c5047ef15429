/** How many ASCII digits (0–9, what `\d` matches) the value holds: a count by code, no match array. */
export function digitsIn(value: string): number {
  let n = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) n++;
  }
  return n;
}
