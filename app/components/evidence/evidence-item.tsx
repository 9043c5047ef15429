// One evidence item: its kind (detected, correctable) and label, the original beside the redacted text (stacked on
// narrow screens) with every redaction highlighted, the counts per category, restores, and notes.
//
// Without JavaScript (the page as the server renders it) the inputs carry their form names and post the text; the
// server redacts it. With JavaScript the inputs have no names: the original stays in the session, and only the
// redacted text reaches the form values.
import { DETECT_KIND } from "~/wizard/values";
import { withPriorRedactions } from "./prior-redactions";
import type { ReactNode } from "react";
import { EVIDENCE_KINDS, type EvidenceKind } from "~/ticket/schema";
import { intentValue } from "~/wizard/intent";
import { EVIDENCE_KIND_LABELS, FIELD_LABELS } from "~/wizard/labels";
import { FieldError } from "~/components/wizard/field";
import { fieldId, keepFocusOnMouseDown } from "~/components/wizard/wizard-ui";
import type { EvidenceSession, ItemState, SessionItem } from "~/evidence/step/evidence-session";
import { formatSize, itemName } from "./format";
import { RedactedText, PlainText } from "./redacted-text";
import { RedactionSummary } from "./redaction-summary";

export interface ItemErrors {
  text?: string;
  kind?: string;
  label?: string;
}

interface EvidenceItemProps {
  item: SessionItem;
  /** Position on the page. */
  index: number;
  /** Position in the form's evidence list (ids and errors follow it); undefined while the item is not in the form. */
  formIndex: number | undefined;
  state: ItemState | undefined;
  /** A run is scheduled or going on. */
  working: boolean;
  hydrated: boolean;
  errors: ItemErrors;
  fingerprints: Readonly<Record<string, string>>;
  restored: ReadonlySet<string>;
  autoFocus: boolean;
  session: EvidenceSession;
}

const KIND_HINT: Record<SessionItem["kindFrom"], string> = {
  detected: "Detected from the text: change it if it is wrong.",
  user: "As you chose.",
  form: "",
};

export function EvidenceItem(props: EvidenceItemProps) {
  const { item, index, formIndex, state, working, hydrated, errors, session } = props;
  const n = index + 1;
  const name = (field: string) => (hydrated ? undefined : `evidence.${index}.${field}`);
  const idOf = (field: string) =>
    formIndex !== undefined ? fieldId(`evidence.${formIndex}.${field}`) : `ev-${item.id}-${field}`;
  const textId = idOf("text");
  const kindId = idOf("kind");
  const labelId = idOf("label");
  const kindHint = hydrated ? KIND_HINT[item.kindFrom] : "";
  const outcome = state?.outcome;
  const stale = !!state && (state.raw !== item.raw || state.kind !== item.kind);
  const warnings = itemWarnings(item, state);
  const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(" ") || undefined;

  return (
    <fieldset className="card ev-item" data-evidence-item={item.id}>
      <legend className="card-title">Evidence {n}</legend>
      {!hydrated ? <input type="hidden" name={`evidence.${index}.id`} value={item.id} /> : null}
      {item.source.type === "file" ? (
        <p className="ev-file">
          <svg className="ev-file-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 1.5h5l3.5 3.5v9.5h-8.5zM9 1.5V5h3.5" />
          </svg>
          <span className="ev-file-name">{item.source.name}</span>
          <span className="ev-file-size">{formatSize(item.source.size)} · read in this browser, not uploaded</span>
        </p>
      ) : null}

      <div className="field-row ev-meta">
        <div className={errors.kind ? "field field--invalid" : "field"}>
          <label htmlFor={kindId} className="field-label">
            {FIELD_LABELS["evidence.kind"]}
          </label>
          {kindHint ? (
            <div id={`${kindId}-hint`} className="hint">
              {kindHint}
            </div>
          ) : null}
          <FieldError id={`${kindId}-error`} message={errors.kind} />
          <select
            id={kindId}
            name={name("kind")}
            className="select"
            value={!hydrated && item.kind === "text" && !item.raw.trim() ? DETECT_KIND : item.kind}
            aria-invalid={Boolean(errors.kind)}
            aria-describedby={describedBy(kindHint && `${kindId}-hint`, errors.kind && `${kindId}-error`)}
            onChange={(event) => session.setKind(item.id, event.target.value as EvidenceKind)}
          >
            {/* Without JavaScript the server detects the kind when the form is posted. */}
            {!hydrated ? <option value={DETECT_KIND}>Detect from the text</option> : null}
            {EVIDENCE_KINDS.map((k) => (
              <option key={k} value={k}>
                {EVIDENCE_KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        <div className={errors.label ? "field field--invalid" : "field"}>
          <label htmlFor={labelId} className="field-label">
            {FIELD_LABELS["evidence.label"]}
            <span className="optional"> (optional)</span>
          </label>
          <div id={`${labelId}-hint`} className="hint">
            e.g. “Token response”. It goes into the ticket as typed.
          </div>
          <FieldError id={`${labelId}-error`} message={errors.label} />
          <input
            id={labelId}
            name={name("label")}
            type="text"
            className="input"
            autoComplete="off"
            spellCheck
            maxLength={200}
            value={item.label}
            aria-invalid={Boolean(errors.label)}
            aria-describedby={describedBy(`${labelId}-hint`, errors.label && `${labelId}-error`)}
            onChange={(event) => session.setLabel(item.id, event.target.value)}
          />
        </div>
      </div>

      <div className={hydrated ? "ev-compare" : "ev-compare ev-compare--single"}>
        <div className="ev-col ev-col--original">
          {item.source.type === "paste" ? (
            <div className={errors.text ? "field field--invalid ev-text-field" : "field ev-text-field"}>
              <label htmlFor={textId} className="field-label">
                {FIELD_LABELS["evidence.text"]}
              </label>
              <div id={`${textId}-hint`} className="hint">
                {hydrated
                  ? "The original stays in this browser; only the redacted version goes into the ticket."
                  : "It is redacted on the server when you press Next, before it is kept."}
              </div>
              <FieldError id={`${textId}-error`} message={errors.text} />
              <textarea
                id={textId}
                name={name("text")}
                data-evidence-id={item.id}
                className="textarea textarea--mono ev-textarea"
                rows={hydrated ? 14 : 8}
                spellCheck={false}
                autoComplete="off"
                autoCapitalize="off"
                autoFocus={props.autoFocus}
                value={item.raw}
                aria-invalid={Boolean(errors.text)}
                aria-describedby={describedBy(`${textId}-hint`, errors.text && `${textId}-error`)}
                onChange={(event) => session.setText(item.id, event.target.value)}
              />
            </div>
          ) : (
            <>
              <h3 className="ev-col-title">Original</h3>
              <p className="hint ev-col-hint">
                Read in this browser; it stays here. Only the redacted version goes into the ticket.
              </p>
              <FieldError id={`${textId}-error`} message={errors.text} />
              <div
                id={textId}
                className="ev-scroll"
                role="region"
                tabIndex={0}
                aria-label={`Original text of evidence ${n}`}
                data-evidence-id={item.id}
              >
                <PlainText text={item.raw} />
              </div>
            </>
          )}
        </div>

        {hydrated ? (
          <div className="ev-col ev-col--redacted" aria-busy={working && (stale || !state) ? true : undefined}>
            <h3 className="ev-col-title">
              Redacted
              {working && (stale || !state) && item.raw.trim() ? <span className="ev-updating">Updating…</span> : null}
            </h3>
            <p className="hint ev-col-hint">
              This goes into the ticket. Highlighted: <span className="ev-key ev-key--secret">secrets</span>,{" "}
              <span className="ev-key ev-key--phi">personal data</span>,{" "}
              <span className="ev-key ev-key--custom">your terms</span>.
            </p>
            <RedactedColumn item={item} state={state} working={working} n={n} onRetry={() => session.schedule(0)} />
          </div>
        ) : null}
      </div>

      {hydrated && outcome?.ok ? (
        <RedactionSummary
          itemName={`evidence ${n}`}
          findings={withPriorRedactions(outcome.redacted.findings, outcome.redacted.text)}
          fingerprints={props.fingerprints}
          restored={props.restored}
          onRestore={(key) => session.restore(key)}
          onUnrestore={(key) => session.unrestore(key)}
        />
      ) : null}

      {warnings.length > 0 ? (
        <div className="ev-warnings">
          <p className="ev-warnings-title">Notes on {itemName(index).toLowerCase()}</p>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className="ev-item-actions">
        <button
          type="submit"
          onMouseDown={keepFocusOnMouseDown}
          name="intent"
          value={intentValue.removeEvidence(index)}
          className="button button--link button--danger"
          onClick={(event) => {
            event.preventDefault();
            session.remove(item.id);
          }}
        >
          Remove evidence {n}
        </button>
      </div>
    </fieldset>
  );
}

interface RedactedColumnProps {
  item: SessionItem;
  state: ItemState | undefined;
  working: boolean;
  n: number;
  onRetry(): void;
}

function RedactedColumn({ item, state, working, n, onRetry }: RedactedColumnProps): ReactNode {
  if (!item.raw.trim()) {
    return <p className="ev-empty">Paste or type the evidence: the redacted version appears here as you type.</p>;
  }
  const outcome = state?.outcome;
  if (outcome && !outcome.ok) {
    return (
      <div className="ev-failed" role="alert">
        <p>
          <strong>{outcome.message}</strong> Nothing from it was kept. Check the kind of evidence, or remove the item.
        </p>
      </div>
    );
  }
  if (outcome?.ok) {
    return (
      <div className="ev-scroll" role="region" tabIndex={0} aria-label={`Redacted text of evidence ${n}`}>
        <RedactedText text={outcome.redacted.text} spans={outcome.redacted.spans} />
      </div>
    );
  }
  if (working) return <p className="ev-empty">Redacting…</p>;
  return (
    <div className="ev-empty ev-empty--stopped">
      <p>Not redacted yet: this item is not in the ticket.</p>
      <button type="button" className="button button--secondary button--small" onClick={onRetry}>
        Redact now
      </button>
    </div>
  );
}

/** The item's notes, once each: reading the file, redaction and parsing. */
function itemWarnings(item: SessionItem, state: ItemState | undefined): string[] {
  const all = [...item.readWarnings];
  const outcome = state?.outcome;
  if (outcome?.ok) all.push(...outcome.redacted.warnings, ...outcome.parseWarnings);
  const ownUtf8 = item.readWarnings.some((w) => w.includes("UTF-8"));
  return [...new Set(all)].filter((w) => !(ownUtf8 && !item.readWarnings.includes(w) && w.includes("UTF-8")));
}
