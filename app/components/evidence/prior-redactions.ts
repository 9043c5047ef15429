// Evidence that was redacted earlier (a restored draft, an opened ticket file, a server answer) holds placeholders
// instead of values, so running the redactor again finds nothing new and its summary would say "0 secrets". The
// placeholders themselves say what was removed: counted here, by type and category, so the counts survive a reload.
// Pure and linear; never sees a value (there is none left to see).
import { PLACEHOLDER, placeholderType } from "~/redaction/placeholders";
import { categoryOfType } from "~/redaction/policy";
import type { RedactionFinding } from "~/redaction/types";

/** The run's findings, plus one per placeholder already in the text that the run did not report. */
export function withPriorRedactions(findings: readonly RedactionFinding[], text: string): RedactionFinding[] {
  if (!text.includes("[REDACTED:")) return [...findings];
  const known = new Set(findings.map((f) => f.placeholder));
  const prior = new Map<string, RedactionFinding>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    // A JWT annotation "[REDACTED:access_token#1 · JWT …]" is the same value as "[REDACTED:access_token#1]".
    const placeholder = match[0].replace(/ · JWT [^\]]*\]$/, "]");
    if (known.has(placeholder) || placeholder === "[REDACTED:value]") continue;
    const found = prior.get(placeholder);
    if (found) found.count++;
    else {
      const type = placeholderType(placeholder);
      prior.set(placeholder, { category: categoryOfType(type), type, placeholder, count: 1, restorable: false });
    }
  }
  return [...findings, ...prior.values()];
}
