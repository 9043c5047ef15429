// The Evidence step's fields (a first version: the evidence work replaces this component with a richer one that
// detects the kind, previews the redaction and extracts IDs). Props are deliberately none: everything comes from the
// react-hook-form context (`evidence[]` items {id, kind, label, text} and `redactTerms[]`).
//
// Privacy: without JavaScript, the server redacts each text before it goes back into the page or the draft. With
// JavaScript, nothing leaves the browser until the ticket is submitted, and drafts keep only redacted text.
import { useEffect, useState } from "react";
import { useController, useFieldArray, useFormContext } from "react-hook-form";
import { EVIDENCE_KINDS, type TicketInput } from "~/ticket/schema";
import { intentValue } from "~/wizard/intent";
import { EVIDENCE_KIND_LABELS, FIELD_LABELS } from "~/wizard/labels";
import { MAX_EVIDENCE_KEPT, emptyEvidence, nextEvidenceId, termsFrom } from "~/wizard/values";
import { Field, FieldError, SelectField, TextAreaField, TextField, useFieldError } from "./field";
import { fieldId, keepFocusOnMouseDown } from "./wizard-ui";

const KIND_CHOICES = EVIDENCE_KINDS.map((k) => ({ value: k, label: EVIDENCE_KIND_LABELS[k] }));

export function EvidenceFields() {
  const { control, register, getValues } = useFormContext<TicketInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "evidence", keyName: "key" });
  const listError = useFieldError("evidence");
  return (
    <>
      <p className="lead">
        Paste what shows the problem: the token response, the failing request and its response, a HAR file or log lines.
        Tokens, secrets and patient data are redacted before anything goes into the ticket; IDs, scopes and error codes
        are kept.
      </p>
      <div id={fieldId("evidence")} tabIndex={-1} className="list-anchor">
        <FieldError id={`${fieldId("evidence")}-error`} message={listError} />
      </div>
      {fields.length === 0 ? (
        <p className="muted">No evidence yet. Evidence is optional, but it is what lets support see the problem.</p>
      ) : null}
      {fields.map((field, i) => (
        <fieldset key={field.key} className="card">
          <legend className="card-title">Evidence {i + 1}</legend>
          <input type="hidden" {...register(`evidence.${i}.id`)} defaultValue={getValues(`evidence.${i}.id`) ?? ""} />
          <div className="field-row">
            <SelectField name={`evidence.${i}.kind`} label={FIELD_LABELS["evidence.kind"]} options={KIND_CHOICES} />
            <TextField
              name={`evidence.${i}.label`}
              label={FIELD_LABELS["evidence.label"]}
              optional
              spellCheck
              hint="e.g. “Token response”"
            />
          </div>
          <TextAreaField
            name={`evidence.${i}.text`}
            label={FIELD_LABELS["evidence.text"]}
            rows={8}
            spellCheck={false}
            monospace
          />
          <button
            type="submit"
            onMouseDown={keepFocusOnMouseDown}
            name="intent"
            value={intentValue.removeEvidence(i)}
            className="button button--link button--danger"
            onClick={(event) => {
              event.preventDefault();
              remove(i);
            }}
          >
            Remove evidence {i + 1}
          </button>
        </fieldset>
      ))}
      <div className="list-actions">
        {fields.length < MAX_EVIDENCE_KEPT ? (
          <button
            type="submit"
            onMouseDown={keepFocusOnMouseDown}
            name="intent"
            value={intentValue.addEvidence}
            className="button button--secondary"
            onClick={(event) => {
              event.preventDefault();
              append(emptyEvidence(nextEvidenceId(getValues("evidence") ?? [])) as TicketInput["evidence"][number]);
            }}
          >
            Add evidence
          </button>
        ) : null}
      </div>
      <RedactTermsField />
    </>
  );
}

/** One term a line in the page; a list of strings in the form values (and in the posted form after splitting). */
function RedactTermsField() {
  const { control } = useFormContext<TicketInput>();
  const { field } = useController({ control, name: "redactTerms" });
  const terms = Array.isArray(field.value) ? field.value : [];
  const [text, setText] = useState(() => terms.join("\n"));
  const joined = terms.join("\n");
  useEffect(() => {
    // The value was replaced from outside (draft restored or discarded): show it.
    setText((current) => (termsFrom(current).join("\n") === joined ? current : joined));
  }, [joined]);
  return (
    <Field
      name="redactTerms"
      label={FIELD_LABELS.redactTerms}
      optional
      hint="One a line: names, hostnames or numbers that must not appear in the ticket, wherever they occur in the evidence."
    >
      {(a11y) => (
        <textarea
          {...a11y}
          name={field.name}
          ref={field.ref}
          rows={3}
          spellCheck={false}
          autoComplete="off"
          className="textarea textarea--mono"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            field.onChange(termsFrom(event.target.value));
          }}
          onBlur={field.onBlur}
        />
      )}
    </Field>
  );
}
