// Where a JSON object or array that starts at `start` ends: a string-aware brace matcher, shared by the redaction of
// JSON inside prose and the diagnosis's prose reader. Bounded by a budget of characters shared across a whole text,
// so many unclosed braces cannot make a scan quadratic.

export interface ScanBudget {
  chars: number;
}

/** End (exclusive) of the object/array opening at `start`; -1 if it does not close (on the same line, if asked). */
export function jsonExtent(
  text: string,
  start: number,
  budget: ScanBudget,
  options: { sameLine?: boolean } = {},
): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < text.length; i++) {
    if (--budget.chars < 0) return -1;
    const c = text[i];
    if (options.sameLine && c === "\n") return -1;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
