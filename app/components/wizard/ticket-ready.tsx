// The page after a successful submit: the validated, redacted ticket, its diagnosis (rendered on the server too, so it
// shows without JavaScript) and a preview of the document. The export work adds its download buttons in the `actions`
// slot (Markdown, PDF); `children` is for navigation back into the wizard.
import { useMemo, type ReactNode } from "react";
import { DiagnosisPanel } from "~/components/diagnosis/diagnosis-panel";
import { ScopeTable } from "~/components/diagnosis/scope-table";
import { describeEvidence } from "~/components/diagnosis/evidence-target";
import { previewTicket } from "~/components/diagnosis/review-preview";
import { DocumentPreview } from "~/components/export/document-preview";
import type { FindingEvidence } from "~/diagnosis/types";
import type { Ticket } from "~/ticket/schema";
import { ENVIRONMENT_CHOICES, EVIDENCE_KIND_LABELS, choiceLabel, fieldLabel } from "~/wizard/labels";
import { typeWords } from "~/components/evidence/format";
import type { KnownValue } from "~/redaction/redact";
import type { EvidenceRedaction } from "~/wizard/submission";
import { usePrintOpensDetails } from "./print-details";

export interface TicketReadyProps {
  ticket: Ticket;
  /** Per evidence item id: what redaction found (types and counts, never values). */
  redaction?: Record<string, EvidenceRedaction>;
  /** Slot for the export buttons. */
  actions?: ReactNode;
  /** What the Evidence step removed from the raw evidence (memory only): typed values take the same placeholders. */
  evidenceKnown?: readonly KnownValue[];
  /** The heading and the sentence under it (the shared read-only view says what it is). */
  title?: string;
  lead?: ReactNode;
  children?: ReactNode;
}

export function TicketReady({
  ticket,
  redaction = {},
  actions,
  evidenceKnown,
  title,
  lead,
  children,
}: TicketReadyProps) {
  const app = ticket.application;
  usePrintOpensDetails();
  const replaced = Object.values(redaction).reduce((n, r) => n + r.findings.reduce((m, f) => m + f.count, 0), 0);
  // The export's own document and diagnosis of this ticket (its evidence is already redacted: re-redaction is a no-op).
  const prepared = useMemo(() => {
    try {
      return previewTicket(ticket, { evidenceKnown });
    } catch {
      return null;
    }
  }, [ticket, evidenceKnown]);
  const typedReplaced = prepared?.fields ?? [];
  const evidenceIndex = new Map(ticket.evidence.map((e, i) => [e.id, i]));
  const evidenceHref = (e: FindingEvidence) => {
    const i = evidenceIndex.get(e.itemId);
    return i === undefined ? undefined : `#ready-evidence-${i + 1}`;
  };
  return (
    <section className="ticket-ready" aria-labelledby="ticket-ready-heading">
      <h2 id="ticket-ready-heading" tabIndex={-1}>
        {title ?? "Ticket complete"}
      </h2>
      <p className="lead">
        {lead ?? (
          <>
            {typedReplaced.length ? "Every answer is valid." : "Every answer passed the checks support relies on."}{" "}
            Evidence was redacted before it went into the ticket
            {replaced > 0
              ? ` (${replaced.toLocaleString("en-US")} ${replaced === 1 ? "value" : "values"} replaced)`
              : ""}
            : in your browser, or without JavaScript by this app&apos;s server, which keeps nothing. Nothing has been
            sent to Oracle: post the Markdown to the forum yourself.
          </>
        )}
      </p>
      {typedReplaced.length ? (
        <div className="note note--warning" role="note">
          <p>
            <strong>The privacy check is still open in your answers.</strong> The export replaces what it found with
            placeholders:
          </p>
          <ul>
            {typedReplaced.map((f) => (
              <li key={f.path}>
                {fieldLabel(f.path)}:{" "}
                {f.findings.map((x) => (x.category === "custom" ? "one of your words" : typeWords(x.type))).join(", ")}
              </li>
            ))}
          </ul>
          <p>
            Go back to the answers to redact them or mark them as not personal data, or export them as the preview
            shows.
          </p>
        </div>
      ) : null}
      <dl className="review-list">
        <div className="review-row">
          <dt>App ID</dt>
          <dd>
            <code className="wrap">{app.appId}</code>
          </dd>
        </div>
        <div className="review-row">
          <dt>Client ID</dt>
          <dd>
            <code className="wrap">{app.clientId}</code>
          </dd>
        </div>
        <div className="review-row">
          <dt>Environment and tenant</dt>
          <dd>
            {choiceLabel(ENVIRONMENT_CHOICES, app.environment)}, <code className="wrap">{app.tenantId}</code>
          </dd>
        </div>
        <div className="review-row">
          <dt>Examples</dt>
          <dd>{ticket.examples.length}</dd>
        </div>
        <div className="review-row">
          <dt>Evidence</dt>
          <dd>
            {ticket.evidence.length === 0
              ? "None"
              : ticket.evidence.map((e) => EVIDENCE_KIND_LABELS[e.kind] + (e.label ? ` (${e.label})` : "")).join("; ")}
          </dd>
        </div>
      </dl>
      <div className="ticket-actions" data-slot="ticket-export">
        {actions}
      </div>
      {prepared ? (
        <div className="card review-diagnosis">
          <DiagnosisPanel
            diagnosis={prepared.diagnosis}
            headingLevel={3}
            idPrefix="ready-diagnosis"
            scopeTable={ScopeTable}
            liveSummary={false}
            landmarks={false}
            showCounts
            describeEvidence={(e) => describeEvidence(e, ticket.evidence)}
            evidenceHref={evidenceHref}
          />
        </div>
      ) : null}
      {ticket.evidence.length > 0 ? (
        <details className="card">
          <summary>Redacted evidence</summary>
          {ticket.evidence.map((e, i) => (
            <div key={e.id} className="evidence-preview" id={`ready-evidence-${i + 1}`}>
              <h3>{EVIDENCE_KIND_LABELS[e.kind] + (e.label ? `: ${e.label}` : "")}</h3>
              <pre tabIndex={0} aria-label={`Redacted text of ${e.label ?? EVIDENCE_KIND_LABELS[e.kind]}`}>
                {e.text}
              </pre>
            </div>
          ))}
        </details>
      ) : null}
      {prepared ? (
        <details className="card">
          <summary>Preview of the document (what the Markdown and the PDF contain)</summary>
          <DocumentPreview document={prepared.document} headingLevel={3} idPrefix="ready-doc-" />
        </details>
      ) : null}
      <details className="card">
        <summary>Ticket as JSON</summary>
        <pre tabIndex={0} aria-label="Ticket as JSON">
          {JSON.stringify(ticket, null, 2)}
        </pre>
      </details>
      {children}
    </section>
  );
}
