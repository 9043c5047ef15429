// The compact count of findings by severity ("2 errors · 1 warning · 1 note"). As a live region (`live`) it is the one
// thing the live panel announces: React leaves unchanged text alone, so it speaks only when a count changes.
import { SEVERITIES, countText, countsText, type SeverityCounts } from "./severity-counts";

interface DiagnosisCountsProps {
  counts: SeverityCounts;
  /** A polite live region (role status). */
  live?: boolean;
  id?: string;
  /** Words read before the counts by a screen reader (not shown), e.g. "Diagnosis:". */
  label?: string;
}

export function DiagnosisCounts({ counts, live = false, id, label }: DiagnosisCountsProps) {
  const shown = SEVERITIES.filter((s) => counts[s] > 0);
  return (
    <p className="diagnosis-counts" id={id} role={live ? "status" : undefined}>
      {label ? <span className="visually-hidden">{label} </span> : null}
      {shown.length === 0 ? (
        <span className="diagnosis-count diagnosis-count--none">{countsText(counts)}</span>
      ) : (
        shown.map((s, i) => (
          <span key={s} className={`diagnosis-count diagnosis-count--${s}`}>
            {countText(s, counts[s])}
            {i < shown.length - 1 ? <span className="visually-hidden">, </span> : null}
          </span>
        ))
      )}
    </p>
  );
}
