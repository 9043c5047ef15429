// Per item: how much was redacted, by category (secrets / personal data / your terms), and what. A personal-data
// finding can be restored when the user says it is not personal data (a false positive); a secret never can.
import type { RedactionCategory, RedactionFinding } from "~/redaction/types";
import { BY_PLACEHOLDER } from "~/evidence/worker/process-evidence";
import { useState } from "react";
import { mayKeep, restoreRisk } from "~/privacy/restore-risk";
import { CATEGORY_TAG, CATEGORY_WORDS, formatCount, typeWords } from "./format";

const CATEGORIES: RedactionCategory[] = ["secret", "phi", "custom"];
const SHOWN_FINDINGS = 20;

export interface CategoryCounts {
  secret: number;
  phi: number;
  custom: number;
  /** PHI findings the user restored (not counted in `phi`). */
  restored: number;
}

/** Distinct values redacted per category; restored PHI counted apart. */
export function countByCategory(
  findings: readonly RedactionFinding[],
  isRestored: (f: RedactionFinding) => boolean,
): CategoryCounts {
  const counts: CategoryCounts = { secret: 0, phi: 0, custom: 0, restored: 0 };
  for (const f of findings) {
    if (f.category === "phi" && f.restorable && isRestored(f)) counts.restored++;
    else counts[f.category]++;
  }
  return counts;
}

/** The key a finding is restored by: its value's fingerprint, else (a value too short to fingerprint) its placeholder. */
export const restoreKey = (f: RedactionFinding, fingerprints: Readonly<Record<string, string>>): string =>
  fingerprints[f.placeholder] ?? `${BY_PLACEHOLDER}${f.placeholder}`;

interface SummaryProps {
  itemName: string;
  findings: readonly RedactionFinding[];
  fingerprints: Readonly<Record<string, string>>;
  restored: ReadonlySet<string>;
  onRestore(key: string): void;
  onUnrestore(key: string): void;
}

export function RedactionSummary({ itemName, findings, fingerprints, restored, onRestore, onUnrestore }: SummaryProps) {
  const isRestored = (f: RedactionFinding) => restored.has(restoreKey(f, fingerprints));
  const counts = countByCategory(findings, isRestored);
  const order = (f: RedactionFinding) => CATEGORIES.indexOf(f.category);
  const sorted = [...findings].sort((a, b) => order(a) - order(b));
  const shown = sorted.slice(0, SHOWN_FINDINGS);
  // A value that identifies or reaches a person on its own is restored only after a confirmation naming the risk.
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <div className="ev-summary">
      <ul className="ev-counts" aria-label={`Redactions in ${itemName}`}>
        {CATEGORIES.map((c) => (
          <li key={c} className={`ev-count ev-count--${c}`} data-category={c}>
            <span className="ev-count-n">{formatCount(counts[c])}</span>{" "}
            {counts[c] === 1 ? CATEGORY_WORDS[c].one : CATEGORY_WORDS[c].many}
          </li>
        ))}
        {counts.restored > 0 ? (
          <li className="ev-count ev-count--restored" data-category="restored">
            <span className="ev-count-n">{formatCount(counts.restored)}</span> restored
          </li>
        ) : null}
      </ul>
      {shown.length > 0 ? (
        <ul className="ev-findings" aria-label={`What was redacted in ${itemName}`}>
          {shown.map((f) => {
            const key = restoreKey(f, fingerprints);
            const wasRestored = f.category === "phi" && f.restorable && restored.has(key);
            return (
              <li
                key={f.placeholder}
                className={`ev-finding ev-finding--${f.category}${wasRestored ? " ev-finding--restored" : ""}`}
              >
                <code className="ev-finding-placeholder">{f.placeholder}</code>
                <span className="ev-finding-what">
                  {f.category === "custom" ? CATEGORY_TAG.custom : `${typeWords(f.type)} · ${CATEGORY_TAG[f.category]}`}
                  {f.count > 1 ? ` · ${formatCount(f.count)} times` : ""}
                  {wasRestored ? " · restored, shown as typed" : ""}
                </span>
                {mayKeep(f.category, f.restorable) && confirming === f.placeholder && !wasRestored ? (
                  <span className="ev-finding-confirm">
                    <span>{restoreRisk([f.type])}</span>{" "}
                    <button
                      type="button"
                      className="button button--link ev-finding-action"
                      onClick={() => {
                        setConfirming(null);
                        onRestore(key);
                      }}
                    >
                      Restore it: it is made up <span className="visually-hidden">{f.placeholder}</span>
                    </button>{" "}
                    <button
                      type="button"
                      className="button button--link ev-finding-action"
                      onClick={() => setConfirming(null)}
                    >
                      Keep it redacted <span className="visually-hidden">{f.placeholder}</span>
                    </button>
                  </span>
                ) : mayKeep(f.category, f.restorable) ? (
                  wasRestored ? (
                    <button
                      type="button"
                      className="button button--link ev-finding-action"
                      onClick={() => onUnrestore(key)}
                    >
                      Redact again <span className="visually-hidden">{f.placeholder}</span>
                    </button>
                  ) : (
                    <button
                      type="button"
                      className="button button--link ev-finding-action"
                      onClick={() => (restoreRisk([f.type]) ? setConfirming(f.placeholder) : onRestore(key))}
                    >
                      Restore (not personal data) <span className="visually-hidden">{f.placeholder}</span>
                    </button>
                  )
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      {sorted.length > shown.length ? (
        <p className="ev-more">
          And {formatCount(sorted.length - shown.length)} more: every placeholder is highlighted in the redacted text.
        </p>
      ) : null}
    </div>
  );
}
