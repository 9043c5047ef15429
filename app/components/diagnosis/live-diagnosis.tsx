// The wizard's live diagnosis beside (wide screens) or below (narrow screens) the step: a title, the count of findings
// by severity — the only live region, so it speaks when a count changes and not on every keystroke — and the findings
// in a disclosure. Never moves the focus. Presentational: the wizard passes the diagnosis and the evidence links.
import { memo, type ReactNode } from "react";
import type { Diagnosis, FindingEvidence } from "~/diagnosis/types";
import { DiagnosisCounts } from "./diagnosis-counts";
import { DiagnosisPanel } from "./diagnosis-panel";
import { severityCounts } from "./severity-counts";

export interface LiveDiagnosisProps {
  diagnosis: Diagnosis;
  /** Whether the findings are shown (the disclosure is open). */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  describeEvidence?: (evidence: FindingEvidence) => string;
  renderEvidenceLink?: (evidence: FindingEvidence, label: string) => ReactNode | undefined;
}

export const LIVE_DIAGNOSIS_ID = "live-diagnosis";

export const LiveDiagnosis = memo(function LiveDiagnosis({
  diagnosis,
  open,
  onOpenChange,
  describeEvidence,
  renderEvidenceLink,
}: LiveDiagnosisProps) {
  const titleId = `${LIVE_DIAGNOSIS_ID}-title`;
  return (
    <section className="diagnosis-aside" id={LIVE_DIAGNOSIS_ID} aria-labelledby={titleId}>
      <div className="diagnosis-aside__head">
        <h2 id={titleId} className="diagnosis-aside__title">
          Diagnosis
        </h2>
        <DiagnosisCounts
          counts={severityCounts(diagnosis.findings)}
          live
          label="Diagnosis:"
          id={`${LIVE_DIAGNOSIS_ID}-counts`}
        />
      </div>
      <details
        className="diagnosis-aside__details"
        open={open}
        onToggle={(event) => onOpenChange(event.currentTarget.open)}
      >
        <summary>Findings and next steps</summary>
        <DiagnosisPanel
          diagnosis={diagnosis}
          headingLevel={2}
          labelledBy={titleId}
          idPrefix={LIVE_DIAGNOSIS_ID}
          liveSummary={false}
          landmarks={false}
          emptyText="Nothing to diagnose yet: fill in the scopes, an example request or some evidence."
          describeEvidence={describeEvidence}
          renderEvidenceLink={renderEvidenceLink}
        />
      </details>
    </section>
  );
});
