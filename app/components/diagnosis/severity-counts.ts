// How many findings of each severity a diagnosis has, and the short line that says so ("2 errors, 1 warning, 1 note").
// The live panel announces this line (politely) and nothing else, so it speaks only when the counts change.
import type { Finding, Severity } from "~/diagnosis/types";

export type SeverityCounts = Record<Severity, number>;

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

const WORDS: Record<Severity, [string, string]> = {
  error: ["error", "errors"],
  warning: ["warning", "warnings"],
  info: ["note", "notes"],
};

export function severityCounts(findings: readonly Pick<Finding, "severity">[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) if (f.severity in counts) counts[f.severity] += 1;
  return counts;
}

/** "1 error", "3 warnings", "1 note". */
export const countText = (severity: Severity, n: number): string => `${n} ${WORDS[severity][n === 1 ? 0 : 1]}`;

/** "2 errors, 1 warning, 1 note" (zero counts left out); "No findings" when there are none. */
export function countsText(counts: SeverityCounts): string {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => countText(s, counts[s]));
  return parts.length ? parts.join(", ") : "No findings";
}
