// Step 6: the whole ticket as it will be sent: the diagnosis, then section by section with its status and an
// "Edit <section>" button (a submit button of the wizard form, so it carries the draft without JavaScript too), then a
// preview of the document itself — the same model the Markdown and PDF renderers use, so what you see is what you
// export. While the ticket is not valid, the preview shows what is valid and holds back the rest.
// Reaches the first page's modules, so they share its chunks (docs/first-page-weight.md, "One chunk set").
export { Wizard as withFirstPage } from "./wizard";
import { useMemo, type ReactNode } from "react";
import { useFormContext, useFormState, useWatch } from "react-hook-form";
import { applicationSchema, exampleSchema, isEvidenceKind, type FieldErrors, type TicketInput } from "~/ticket/schema";
import { STEPS, stepTitle, type StepId } from "~/ticket/steps";
import { flattenErrors, stepErrorList } from "~/wizard/errors";
import { intentValue } from "~/wizard/intent";
import {
  APP_TYPE_CHOICES,
  ENVIRONMENT_CHOICES,
  EVIDENCE_KIND_LABELS,
  FIELD_LABELS,
  SMART_VERSION_CHOICES,
  YES_NO,
  choiceLabel,
  fieldLabel,
} from "~/wizard/labels";
import { stepOfField } from "~/wizard/step-status";
import { validateStep } from "~/wizard/validate-step";
import { knownEvidenceValues } from "~/evidence/step/session-registry";
import { useFieldNotes } from "./field-notes";
import { sanitiseValues, type ExampleValues, type WizardValues } from "~/wizard/values";
import { DiagnosisPanel } from "~/components/diagnosis/diagnosis-panel";
import { ScopeTable } from "~/components/diagnosis/scope-table";
import { useEvidenceLinks } from "~/components/diagnosis/evidence-links";
import { reviewPreview, type ReviewPreview } from "~/components/diagnosis/review-preview";
import { DocumentPreview } from "~/components/export/document-preview";
import { WIZARD_FORM_ID, fieldId, keepFocusOnMouseDown } from "./wizard-ui";

const L = FIELD_LABELS;
const SECTIONS = STEPS.filter((s) => s.id !== "review");

export function ReviewStep({ visited = [] }: { visited?: StepId[] }) {
  const values = sanitiseValues(useWatch<TicketInput>());
  const evidenceKnown = knownEvidenceValues(useFormContext());
  const notes = useFieldNotes()?.notes ?? {};
  // Redacting, diagnosing and building the document is the heavy part: only when the values really change.
  const key = JSON.stringify(values);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the values' content
  const preview = useMemo(() => reviewPreview(values, { evidenceKnown }), [key, evidenceKnown]);
  const links = useEvidenceLinks({ items: values.evidence, visited, formId: WIZARD_FORM_ID });
  const { errors: formErrors } = useFormState<TicketInput>();
  // Live validation, plus what only the server can say (e.g. a redaction that failed).
  const serverOnly = Object.fromEntries(
    Object.entries(flattenErrors(formErrors)).filter(
      ([, message]) => message === "Redaction failed; this evidence was not added",
    ),
  );
  return (
    <>
      <p className="lead">
        Check your answers once more. The preview at the end shows exactly what support sees: what the privacy check
        finds in your answers is replaced there by placeholders.
      </p>
      <div className="card review-diagnosis">
        <DiagnosisPanel
          diagnosis={preview.diagnosis}
          headingLevel={3}
          idPrefix="review-diagnosis"
          scopeTable={ScopeTable}
          liveSummary={false}
          landmarks={false}
          showCounts
          {...links}
        />
      </div>
      {SECTIONS.map((section) => {
        const errors = { ...validateStep(section.id, values), ...serverOnly };
        return (
          <ReviewSection
            key={section.id}
            id={section.id}
            title={section.title}
            errors={errors}
            values={values}
            noted={Object.keys(notes).filter((path) => stepOfField(path) === section.id)}
          >
            {renderSection(section.id, values)}
          </ReviewSection>
        );
      })}
      <ReviewDocument preview={preview} />
    </>
  );
}

function ReviewDocument({ preview }: { preview: ReviewPreview }) {
  const { document, pending } = preview;
  return (
    <div className="card review-document">
      <p className="review-document__kicker">
        Preview of the export: the Markdown and the PDF contain exactly this
        {pending.length ? ", once every answer is fixed" : ""}.
      </p>
      {pending.length ? (
        <div className="note note--warning">
          <p>
            Held back until their answers are fixed: {pending.map(stepTitle).join(", ")}. The rest below is what is
            valid now.
          </p>
        </div>
      ) : null}
      {document ? (
        // A page of its own, scrolled inside: the document is long, the review step stays short.
        <div className="document-frame" tabIndex={0} role="region" aria-label="Preview of the exported document">
          <DocumentPreview document={document} headingLevel={3} idPrefix="preview-" />
        </div>
      ) : (
        <div className="note note--warning">
          <p>
            The evidence could not be redacted, so there is no preview and nothing can be exported. Go back to the
            Evidence step and check its items.
          </p>
        </div>
      )}
    </div>
  );
}

interface SectionProps {
  id: StepId;
  title: string;
  errors: FieldErrors;
  values: WizardValues;
  /** Fields of this step with an open privacy note. */
  noted?: string[];
  children: ReactNode;
}

function ReviewSection({ id, title, errors, values, noted = [], children }: SectionProps) {
  const list = stepErrorList(id, values, errors);
  const headingId = `review-${id}`;
  return (
    <section
      className={`card review-section${list.length ? " review-section--invalid" : ""}`}
      aria-labelledby={headingId}
    >
      <div className="review-head">
        <h3 id={headingId}>{title}</h3>
        <button
          type="submit"
          onMouseDown={keepFocusOnMouseDown}
          name="intent"
          value={intentValue.goto(id)}
          className="button button--link"
        >
          Edit {title}
        </button>
      </div>
      {list.length ? (
        <div className="review-errors">
          <p className="review-errors-title">
            {list.length === 1 ? "1 answer needs fixing:" : `${list.length} answers need fixing:`}
          </p>
          <ul id={fieldId(`review.${id}`)}>
            {list.map(([name, message]) => (
              <li key={name}>
                <strong>{fieldLabel(name)}</strong>: {message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {noted.length ? (
        <div className="note note--warning">
          <p>
            <strong>Privacy check open:</strong> {noted.map(fieldLabel).join(", ")}{" "}
            {noted.length === 1 ? "holds" : "hold"} what looks like a secret or personal data. The export replaces it
            with placeholders; edit the step to redact it or to say it is not personal data.
          </p>
        </div>
      ) : null}
      {children}
    </section>
  );
}

function Rows({ rows }: { rows: Array<[string, ReactNode]> }) {
  return (
    <dl className="review-list">
      {rows.map(([label, value]) => (
        <div className="review-row" key={label}>
          <dt>{label}</dt>
          <dd>
            {value === "" || value === undefined || value === null ? <span className="muted">Not given</span> : value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Parsed (normalised) values when the section is valid, so the review shows what will be stored. */
const parsedOr = <T,>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  value: unknown,
): T | undefined => {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
};

const code = (value: string | undefined): ReactNode => (value ? <code className="wrap">{value}</code> : "");

function renderSection(id: StepId, values: WizardValues): ReactNode {
  switch (id) {
    case "about": {
      const a = values.about;
      const yesNo = (key: keyof typeof a) => choiceLabel(YES_NO, a[key]) ?? "";
      return (
        <Rows
          rows={[
            [L["about.opnMember"], yesNo("opnMember")],
            [L["about.healthcareDeveloperTrack"], yesNo("healthcareDeveloperTrack")],
            [L["about.codeProgramMember"], yesNo("codeProgramMember")],
            [L["about.marketplacePresence"], yesNo("marketplacePresence")],
            [L["about.onBehalfOfClient"], yesNo("onBehalfOfClient")],
            ...(a.onBehalfOfClient === "yes" ? [[L["about.clientName"], a.clientName ?? ""] as [string, string]] : []),
          ]}
        />
      );
    }
    case "application": {
      const a = values.application;
      const parsed = parsedOr<{ scopesChangedAt?: string }>(applicationSchema, a);
      return (
        <Rows
          rows={[
            [L["application.appId"], code(a.appId)],
            [L["application.clientId"], code(a.clientId)],
            [L["application.appType"], choiceLabel(APP_TYPE_CHOICES, a.appType) ?? ""],
            [L["application.smartVersion"], choiceLabel(SMART_VERSION_CHOICES, a.smartVersion) ?? ""],
            [L["application.environment"], choiceLabel(ENVIRONMENT_CHOICES, a.environment) ?? ""],
            [L["application.tenantId"], code(a.tenantId)],
            [L["application.fhirBaseUrl"], code(a.fhirBaseUrl)],
            [L["application.requestedScopes"], code(a.requestedScopes)],
            [L["application.grantedScopes"], code(a.grantedScopes)],
            [L["application.scopesChangedAt"], parsed?.scopesChangedAt ?? a.scopesChangedAt ?? ""],
          ]}
        />
      );
    }
    case "problem": {
      const p = values.problem;
      const text = (v: string | undefined) => (v ? <span className="pre-wrap">{v}</span> : "");
      return (
        <Rows
          rows={[
            [L["problem.workflow"], text(p.workflow)],
            [L["problem.background"], text(p.background)],
            [L["problem.expected"], text(p.expected)],
            [L["problem.actual"], text(p.actual)],
          ]}
        />
      );
    }
    case "examples":
      return values.examples.length === 0 ? (
        <p className="muted">No examples.</p>
      ) : (
        values.examples.map((e, i) => <ExampleSummary key={i} index={i} example={e} />)
      );
    case "evidence":
      return (
        <>
          {values.evidence.length === 0 ? (
            <p className="muted">No evidence.</p>
          ) : (
            <ul className="evidence-summary">
              {values.evidence.map((item) => (
                <li key={item.id}>
                  <strong>{isEvidenceKind(item.kind) ? EVIDENCE_KIND_LABELS[item.kind] : "Unknown kind"}</strong>
                  {item.label ? ` — ${item.label}` : ""}: {(item.text ?? "").length.toLocaleString("en-US")} characters,
                  redacted before it goes into the ticket.
                </li>
              ))}
            </ul>
          )}
          {values.redactTerms.length > 0 ? (
            <p>
              {values.redactTerms.length === 1 ? "1 extra term" : `${values.redactTerms.length} extra terms`} will be
              redacted everywhere.
            </p>
          ) : null}
        </>
      );
    case "review":
      return null;
  }
}

function ExampleSummary({ index, example }: { index: number; example: ExampleValues }) {
  const parsed = parsedOr<{ occurredAt: string }>(exampleSchema, example);
  return (
    <div className="review-example">
      <h4>Example {index + 1}</h4>
      <Rows
        rows={[
          [L["example.xRequestId"], code(example.xRequestId)],
          [L["example.cernerCorrelationId"], code(example.cernerCorrelationId)],
          [L["example.opcRequestId"], code(example.opcRequestId)],
          [L["example.occurredAt"], parsed?.occurredAt ?? example.occurredAt ?? ""],
          [L["example.method"], example.method ?? ""],
          [L["example.url"], code(example.url)],
          [L["example.status"], example.status ?? ""],
        ]}
      />
    </div>
  );
}
