// Input that is not clean text: NUL bytes (a binary file) or U+FFFD (bytes that were not valid UTF-8). Such input is
// still parsed and redacted as text, with a warning; it is never skipped.

export function inputWarnings(text: string): string[] {
  const warnings: string[] = [];
  if (text.includes("\u0000")) warnings.push("The input contains NUL bytes (binary data): it was read as plain text.");
  if (text.includes("\uFFFD"))
    warnings.push("The input contains bytes that are not valid UTF-8 (shown as �): it was read as plain text.");
  return warnings;
}
