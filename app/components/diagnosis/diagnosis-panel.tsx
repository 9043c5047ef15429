// The diagnosis, presented: summary, findings grouped by severity (each with its basis, evidence and ordered next
// steps), the scope matrix as a table, and the questions for Oracle Health support. Presentational only: it renders
// the Diagnosis it is given (the wizard recomputes it as evidence and fields change).
import type { ComponentType, ReactNode } from "react";
import type { Basis, Diagnosis, Finding, FindingEvidence, ScopeRow, Severity } from "~/diagnosis/types";
import { DiagnosisCounts } from "./diagnosis-counts";
import { severityCounts } from "./severity-counts";

export interface DiagnosisPanelProps {
  diagnosis: Diagnosis;
  /** Heading level of the panel's title (sections use the next level). Default 2. */
  headingLevel?: 2 | 3 | 4;
  /** A link target for an evidence reference (e.g. "#evidence-har-1"), or undefined for plain text. */
  evidenceHref?: (evidence: FindingEvidence) => string | undefined;
  /**
   * Renders an evidence reference as a control of the caller's (e.g. a button that moves the wizard to the step that
   * holds it); undefined falls back to `evidenceHref`, then to plain text. `label` is the reference in words.
   */
  renderEvidenceLink?: (evidence: FindingEvidence, label: string) => ReactNode | undefined;
  /** The words for an evidence reference. Default: "<item id>, <location>" ("Form, …" for a form field). */
  describeEvidence?: (evidence: FindingEvidence) => string;
  /** Prefix for element ids, when the panel appears twice on a page (wizard + review). */
  idPrefix?: string;
  title?: string;
  /**
   * The id of a heading outside the panel that names it: the panel then draws no title of its own (the live panel's
   * title sits above its disclosure). Sections still use `headingLevel + 1`.
   */
  labelledBy?: string;
  /** The summary as a polite live region (default true). The live wizard panel turns it off: it announces counts only. */
  liveSummary?: boolean;
  /** Show the count of findings by severity under the title. */
  showCounts?: boolean;
  /** What the summary says when there is none. */
  emptyText?: string;
  /**
   * Whether the severity groups, the scope matrix and the questions are labelled regions (default true). Off where
   * the page has many (the review step also previews the document, whose sections carry the same names).
   */
  landmarks?: boolean;
  /**
   * The scope matrix as a table (Review and the finished ticket pass `ScopeTable`, scope-table.tsx); without it, a
   * compact list for a narrow column (the live panel). Passed rather than imported, so the live panel, loaded before
   * the Evidence step, does not carry the table.
   */
  scopeTable?: ComponentType<{ rows: ScopeRow[]; captionId: string }>;
}

const SEVERITY_HEADING: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };
const BASIS_LABEL: Record<Basis, string> = {
  documented: "Documented by Oracle, HL7 or an RFC",
  observed: "Observed in your evidence",
  inference: "Our inference — a hypothesis, not a fact",
};

type Level = 2 | 3 | 4 | 5 | 6;
function Heading({
  level,
  id,
  className,
  children,
}: {
  level: Level;
  id?: string;
  className?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

const defaultDescribe = (evidence: FindingEvidence) =>
  `${evidence.itemId === "ticket" ? "Form" : evidence.itemId}, ${evidence.location}`;

interface EvidenceOptions {
  evidenceHref?: DiagnosisPanelProps["evidenceHref"];
  renderEvidenceLink?: DiagnosisPanelProps["renderEvidenceLink"];
  describeEvidence: (evidence: FindingEvidence) => string;
}

function EvidenceRef({ evidence, options }: { evidence: FindingEvidence; options: EvidenceOptions }) {
  const where = options.describeEvidence(evidence);
  const custom = options.renderEvidenceLink?.(evidence, where);
  const href = custom === undefined ? options.evidenceHref?.(evidence) : undefined;
  return (
    <li>
      {custom !== undefined ? custom : href ? <a href={href}>{where}</a> : <span>{where}</span>}
      {evidence.fromProse ? (
        <>
          {" "}
          <span
            className="diagnosis-prose-tag"
            title="Read from a sentence or a snippet inside text, not from a parsed request or response: less certain."
          >
            read from prose
          </span>
        </>
      ) : null}
      {evidence.excerpt ? (
        <>
          <span className="visually-hidden">: </span>
          <code className="wrap diagnosis-evidence__excerpt">{evidence.excerpt}</code>
        </>
      ) : null}
    </li>
  );
}

/** A part of the panel: a labelled region, or (without landmarks) a plain block under its heading. */
function Part({
  landmark,
  labelledBy,
  className,
  children,
}: {
  landmark: boolean;
  labelledBy: string;
  className?: string;
  children: ReactNode;
}) {
  return landmark ? (
    <section aria-labelledby={labelledBy} className={className}>
      {children}
    </section>
  ) : (
    <div className={className}>{children}</div>
  );
}

function FindingItem({
  finding,
  level,
  id,
  options,
}: {
  finding: Finding;
  level: Level;
  id: string;
  options: EvidenceOptions;
}) {
  return (
    <li
      className={`diagnosis-finding diagnosis-finding--${finding.severity}`}
      data-code={finding.code}
      aria-labelledby={`${id}-title`}
    >
      <Heading level={level} id={`${id}-title`} className="diagnosis-finding__title">
        {finding.title}
      </Heading>
      <p className="diagnosis-finding__meta">
        <code>{finding.code}</code> ·{" "}
        <span className={`diagnosis-basis diagnosis-basis--${finding.basis}`}>{BASIS_LABEL[finding.basis]}</span>
        {finding.evidence.some((e) => e.fromProse) ? (
          <>
            {" "}
            ·{" "}
            <span className="diagnosis-prose-note">
              {finding.evidence.every((e) => e.fromProse) ? "Read from prose: less certain" : "Partly read from prose"}
            </span>
          </>
        ) : null}
      </p>
      <p>{finding.explanation}</p>
      {finding.evidence.length ? (
        <>
          <p id={`${id}-evidence`} className="diagnosis-finding__label">
            Evidence
          </p>
          <ul aria-labelledby={`${id}-evidence`} className="diagnosis-evidence">
            {finding.evidence.map((e, i) => (
              <EvidenceRef key={i} evidence={e} options={options} />
            ))}
          </ul>
        </>
      ) : null}
      {finding.nextSteps.length ? (
        <>
          <p id={`${id}-steps`} className="diagnosis-finding__label">
            What to do
          </p>
          <ol aria-labelledby={`${id}-steps`} className="diagnosis-steps">
            {finding.nextSteps.map((s, i) => (
              <li key={i}>{s.replace(/^\d+\.\s*/, "")}</li>
            ))}
          </ol>
        </>
      ) : null}
    </li>
  );
}

/** A scope's row of the matrix in words: "requested · not granted · needed". */
function scopeFlags(r: ScopeRow): Array<{ text: string; tone?: "bad" }> {
  const flags: Array<{ text: string; tone?: "bad" }> = [];
  if (r.requested) flags.push({ text: "requested" });
  if (r.granted) flags.push({ text: "granted" });
  else if (r.requested || r.needed) flags.push({ text: "not granted", tone: "bad" });
  if (r.needed) flags.push({ text: "needed by a refused request" });
  if (r.supported === false) flags.push({ text: "not in the tenant's scopes_supported", tone: "bad" });
  else if (r.supported === null) flags.push({ text: "tenant support unknown" });
  return flags;
}

function ScopeList({ rows, labelId }: { rows: ScopeRow[]; labelId: string }) {
  return (
    <ul className="diagnosis-scope-list" aria-labelledby={labelId}>
      {rows.map((r) => (
        <li key={r.scope} className={r.needed && !r.granted ? "diagnosis-scope-list__item--missing" : undefined}>
          <code className="wrap">{r.scope}</code>
          <span className="diagnosis-scope-list__flags">
            {scopeFlags(r).map((f, i) => (
              <span
                key={f.text}
                className={f.tone === "bad" ? "diagnosis-scope-flag diagnosis-scope-flag--bad" : "diagnosis-scope-flag"}
              >
                {i > 0 ? " · " : ""}
                {f.text}
              </span>
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function DiagnosisPanel({
  diagnosis,
  headingLevel = 2,
  evidenceHref,
  renderEvidenceLink,
  describeEvidence = defaultDescribe,
  idPrefix = "diagnosis",
  title = "Diagnosis",
  labelledBy,
  liveSummary = true,
  showCounts = false,
  emptyText = "No diagnosis yet.",
  landmarks = true,
  scopeTable: ScopeTable,
}: DiagnosisPanelProps) {
  const sub = (headingLevel + 1) as Level;
  const groups = (["error", "warning", "info"] as const).map((severity) => ({
    severity,
    findings: diagnosis.findings.filter((f) => f.severity === severity),
  }));
  const options: EvidenceOptions = { evidenceHref, renderEvidenceLink, describeEvidence };
  let n = 0;
  // Named by a heading outside: the panel is not a region of its own (one landmark per name).
  const Root = labelledBy ? "div" : "section";
  return (
    <Root className="diagnosis-panel" aria-labelledby={labelledBy ? undefined : `${idPrefix}-title`}>
      {labelledBy ? null : (
        <Heading level={headingLevel} id={`${idPrefix}-title`} className="diagnosis-panel__title">
          {title}
        </Heading>
      )}
      {showCounts ? <DiagnosisCounts counts={severityCounts(diagnosis.findings)} /> : null}
      {liveSummary ? (
        <p className="diagnosis-summary" role="status" aria-live="polite">
          {diagnosis.summary || emptyText}
        </p>
      ) : (
        <p className="diagnosis-summary">{diagnosis.summary || emptyText}</p>
      )}
      {groups.map(({ severity, findings }) =>
        findings.length ? (
          <Part
            key={severity}
            landmark={landmarks}
            labelledBy={`${idPrefix}-${severity}`}
            className={`diagnosis-group diagnosis-group--${severity}`}
          >
            <Heading level={sub} id={`${idPrefix}-${severity}`} className="diagnosis-group__title">
              {SEVERITY_HEADING[severity]} ({findings.length})
            </Heading>
            <ul className="diagnosis-findings">
              {findings.map((f) => {
                const id = `${idPrefix}-finding-${++n}`;
                return (
                  <FindingItem key={id} id={id} finding={f} level={Math.min(sub + 1, 6) as Level} options={options} />
                );
              })}
            </ul>
          </Part>
        ) : null,
      )}
      {diagnosis.scopes.length ? (
        <Part landmark={landmarks} labelledBy={`${idPrefix}-scopes`} className="diagnosis-group">
          <Heading level={sub} id={`${idPrefix}-scopes`} className="diagnosis-group__title">
            Scope matrix
          </Heading>
          {ScopeTable ? (
            <ScopeTable rows={diagnosis.scopes} captionId={`${idPrefix}-scopes-caption`} />
          ) : (
            <ScopeList rows={diagnosis.scopes} labelId={`${idPrefix}-scopes`} />
          )}
        </Part>
      ) : null}
      {diagnosis.questions.length ? (
        <Part landmark={landmarks} labelledBy={`${idPrefix}-questions`} className="diagnosis-group">
          <Heading level={sub} id={`${idPrefix}-questions`} className="diagnosis-group__title">
            Questions for Oracle Health support
          </Heading>
          <ol className="diagnosis-questions">
            {diagnosis.questions.map((q, i) => (
              <li key={i}>{q}</li>
            ))}
          </ol>
        </Part>
      ) : null}
    </Root>
  );
}
