// Step 4: one or more example requests, each traceable by at least one of the three IDs support searches by.
import { useFieldArray, useFormContext } from "react-hook-form";
import { HTTP_METHODS } from "~/ticket/choices";
import type { TicketInput } from "~/ticket/schema";
import { intentValue } from "~/wizard/intent";
import { FIELD_LABELS } from "~/wizard/labels";
import { MAX_EXAMPLES_KEPT, emptyExample } from "~/wizard/values";
import { CaptureHelp } from "./capture-help";
import { FieldError, SelectField, TextField, useFieldError } from "./field";
import { TimestampField } from "./timestamp-field";
import { fieldId, keepFocusOnMouseDown } from "./wizard-ui";

const L = FIELD_LABELS;
const METHOD_CHOICES = HTTP_METHODS.map((m) => ({ value: m, label: m }));

export function ExamplesStep() {
  const { control } = useFormContext<TicketInput>();
  const { fields, append, remove } = useFieldArray({ control, name: "examples", keyName: "key" });
  const listError = useFieldError("examples");
  return (
    <>
      <p className="lead">
        Support finds your request in their logs by these IDs: copy them from the response headers. Give at least one
        per example, and the time it happened.
      </p>
      <div id={fieldId("examples")} tabIndex={-1} className="list-anchor">
        <FieldError id={`${fieldId("examples")}-error`} message={listError} />
      </div>
      {fields.map((field, i) => (
        <fieldset key={field.key} className="card">
          <legend className="card-title">Example {i + 1}</legend>
          <TextField
            name={`examples.${i}.xRequestId`}
            label={L["example.xRequestId"]}
            optional
            size="id"
            hint="From the FHIR response: a UUID or 32 hexadecimal characters."
            after={<CaptureHelp id="xRequestId" />}
          />
          <TextField
            name={`examples.${i}.cernerCorrelationId`}
            label={L["example.cernerCorrelationId"]}
            optional
            size="id"
            hint="From the authorization server's response: a UUID. For a token error it is the /instances/<uuid> part of error_uri."
            after={<CaptureHelp id="cernerCorrelationId" />}
          />
          <TextField
            name={`examples.${i}.opcRequestId`}
            label={L["example.opcRequestId"]}
            optional
            hint="From FHIR servers on Oracle Cloud: /<32 hex>/<32 hex>, copied whole."
            after={<CaptureHelp id="opcRequestId" />}
          />
          <TimestampField
            name={`examples.${i}.occurredAt`}
            label={L["example.occurredAt"]}
            hint="With its time zone: 2025-07-28T15:21:14Z, 2025-07-28T17:21:14+02:00, or the Date header (Mon, 28 Jul 2025 15:21:14 GMT)."
          />
          <div className="field-row">
            <SelectField
              name={`examples.${i}.method`}
              label={L["example.method"]}
              optional
              options={METHOD_CHOICES}
              emptyLabel="Not given"
            />
            <TextField
              name={`examples.${i}.status`}
              label={L["example.status"]}
              optional
              inputMode="numeric"
              size="short"
              hint="e.g. 403"
            />
          </div>
          <TextField
            name={`examples.${i}.url`}
            label={L["example.url"]}
            optional
            type="url"
            inputMode="url"
            hint="The full URL you called. In a client domain, leave out patient identifiers."
          />
          {fields.length > 1 ? (
            <button
              type="submit"
              onMouseDown={keepFocusOnMouseDown}
              name="intent"
              value={intentValue.removeExample(i)}
              className="button button--link button--danger"
              onClick={(event) => {
                event.preventDefault();
                remove(i);
              }}
            >
              Remove example {i + 1}
            </button>
          ) : null}
        </fieldset>
      ))}
      <div className="list-actions">
        {fields.length < MAX_EXAMPLES_KEPT ? (
          <button
            type="submit"
            onMouseDown={keepFocusOnMouseDown}
            name="intent"
            value={intentValue.addExample}
            className="button button--secondary"
            onClick={(event) => {
              event.preventDefault();
              append(emptyExample());
            }}
          >
            Add another example
          </button>
        ) : null}
      </div>
    </>
  );
}
