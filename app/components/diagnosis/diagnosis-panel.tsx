// The diagnosis, presented: summary, findings grouped by severity (each with its basis, evidence and ordered next
// steps), the scope matrix as a table, and the questions for Oracle Health support. Presentational only: it renders
// the Diagnosis it is given (the wizard recomputes it as evidence and fields change).
import type { Basis, Diagnosis, Finding, FindingEvidence, ScopeRow, Severity } from "~/diagnosis/types";

export interface DiagnosisPanelProps {
  diagnosis: Diagnosis;
  /** Heading level of the panel's title (sections use the next level). Default 2. */
  headingLevel?: 2 | 3 | 4;
  /** A link target for an evidence reference (e.g. "#evidence-har-1"), or undefined for plain text. */
  evidenceHref?: (evidence: FindingEvidence) => string | undefined;
  /** Prefix for element ids, when the panel appears twice on a page (wizard + review). */
  idPrefix?: string;
  title?: string;
}

const SEVERITY_HEADING: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };
const BASIS_LABEL: Record<Basis, string> = {
  documented: "Documented by Oracle, HL7 or an RFC",
  observed: "Observed in your evidence",
  inference: "Our inference — a hypothesis, not a fact",
};

type Level = 2 | 3 | 4 | 5 | 6;
function Heading({ level, id, children }: { level: Level; id?: string; children: React.ReactNode }) {
  const Tag = `h${level}` as const;
  return <Tag id={id}>{children}</Tag>;
}

function EvidenceRef({ evidence, href }: { evidence: FindingEvidence; href?: string }) {
  const where = `${evidence.itemId === "ticket" ? "Form" : evidence.itemId}, ${evidence.location}`;
  return (
    <li>
      {href ? <a href={href}>{where}</a> : <span>{where}</span>}
      {evidence.excerpt ? (
        <>
          {": "}
          <code>{evidence.excerpt}</code>
        </>
      ) : null}
    </li>
  );
}

function FindingItem({ finding, level, id, evidenceHref }: { finding: Finding; level: Level; id: string; evidenceHref?: DiagnosisPanelProps["evidenceHref"] }) {
  return (
    <li className={`diagnosis-finding diagnosis-finding--${finding.severity}`} aria-labelledby={`${id}-title`}>
      <Heading level={level} id={`${id}-title`}>
        {finding.title}
      </Heading>
      <p className="diagnosis-finding__meta">
        <code>{finding.code}</code> · <span>{BASIS_LABEL[finding.basis]}</span>
      </p>
      <p>{finding.explanation}</p>
      {finding.evidence.length ? (
        <>
          <p id={`${id}-evidence`}>Evidence</p>
          <ul aria-labelledby={`${id}-evidence`}>
            {finding.evidence.map((e, i) => (
              <EvidenceRef key={i} evidence={e} href={evidenceHref?.(e)} />
            ))}
          </ul>
        </>
      ) : null}
      <p id={`${id}-steps`}>What to do</p>
      <ol aria-labelledby={`${id}-steps`}>
        {finding.nextSteps.map((s, i) => (
          <li key={i}>{s.replace(/^\d+\.\s*/, "")}</li>
        ))}
      </ol>
    </li>
  );
}

const mark = (v: boolean | null) => (v === null ? "unknown" : v ? "yes" : "no");

function ScopeTable({ rows, captionId }: { rows: ScopeRow[]; captionId: string }) {
  return (
    <table className="diagnosis-scopes" aria-describedby={captionId}>
      <caption id={captionId}>Scopes: requested by the app, granted in the token, needed by the refused requests, supported by the tenant</caption>
      <thead>
        <tr>
          <th scope="col">Scope</th>
          <th scope="col">Requested</th>
          <th scope="col">Granted</th>
          <th scope="col">Needed</th>
          <th scope="col">Supported</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.scope} className={r.needed && !r.granted ? "diagnosis-scopes__row--missing" : undefined}>
            <th scope="row">
              <code>{r.scope}</code>
            </th>
            <td>{mark(r.requested)}</td>
            <td>{mark(r.granted)}</td>
            <td>{mark(r.needed)}</td>
            <td>{mark(r.supported)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DiagnosisPanel({ diagnosis, headingLevel = 2, evidenceHref, idPrefix = "diagnosis", title = "Diagnosis" }: DiagnosisPanelProps) {
  const sub = (headingLevel + 1) as Level;
  const groups = (["error", "warning", "info"] as const).map((severity) => ({ severity, findings: diagnosis.findings.filter((f) => f.severity === severity) }));
  let n = 0;
  return (
    <section className="diagnosis-panel" aria-labelledby={`${idPrefix}-title`}>
      <Heading level={headingLevel} id={`${idPrefix}-title`}>
        {title}
      </Heading>
      <p className="diagnosis-summary" role="status" aria-live="polite">
        {diagnosis.summary || "No diagnosis yet."}
      </p>
      {groups.map(({ severity, findings }) =>
        findings.length ? (
          <section key={severity} aria-labelledby={`${idPrefix}-${severity}`}>
            <Heading level={sub} id={`${idPrefix}-${severity}`}>
              {SEVERITY_HEADING[severity]} ({findings.length})
            </Heading>
            <ul className="diagnosis-findings">
              {findings.map((f) => {
                const id = `${idPrefix}-finding-${++n}`;
                return <FindingItem key={id} id={id} finding={f} level={Math.min(sub + 1, 6) as Level} evidenceHref={evidenceHref} />;
              })}
            </ul>
          </section>
        ) : null,
      )}
      {diagnosis.scopes.length ? (
        <section aria-labelledby={`${idPrefix}-scopes`}>
          <Heading level={sub} id={`${idPrefix}-scopes`}>
            Scope matrix
          </Heading>
          <ScopeTable rows={diagnosis.scopes} captionId={`${idPrefix}-scopes-caption`} />
        </section>
      ) : null}
      {diagnosis.questions.length ? (
        <section aria-labelledby={`${idPrefix}-questions`}>
          <Heading level={sub} id={`${idPrefix}-questions`}>
            Questions for Oracle Health support
          </Heading>
          <ol>
            {diagnosis.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
