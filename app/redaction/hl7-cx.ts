// HL7's CX data type (an id with its assigning authority: `89765a87b^^^&1.3.6.1.4.1.21367&ISO`), as IHE profiles
// write a patient's id in XDS metadata, stored-query parameters and XUA assertions: where its id part stands.

/** The span of a CX's id (its first component, quotes and blanks aside) in `v`, or null when there is none. */
export function cxIdSpan(v: string): { start: number; end: number } | null {
  let start = 0;
  while (start < v.length && (v[start] === "'" || v[start] === " " || v[start] === "(")) start++;
  let end = v.indexOf("^", start);
  if (end < 0) return null;
  while (end > start && v[end - 1] === " ") end--;
  return end > start ? { start, end } : null;
}
