// Step 3: the template's narrative fields.
import { FIELD_LABELS } from "~/wizard/labels";
import { ClientDomainNote } from "./client-domain-note";
import { TextAreaField } from "./field";

const L = FIELD_LABELS;

export function ProblemStep() {
  return (
    <>
      <ClientDomainNote />
      <TextAreaField
        name="problem.workflow"
        label={L["problem.workflow"]}
        rows={5}
        hint="Which calls you make, in order: e.g. a client_credentials token request, then GET Specimen?_id=…"
      />
      <TextAreaField
        name="problem.background"
        label={L["problem.background"]}
        optional
        rows={4}
        hint="What changed recently, who else is involved (e.g. the health system's analyst), what you have tried."
      />
      <TextAreaField name="problem.expected" label={L["problem.expected"]} rows={3} hint="What should have happened." />
      <TextAreaField
        name="problem.actual"
        label={L["problem.actual"]}
        rows={4}
        hint="What happened instead: quote the HTTP status and the error body."
      />
    </>
  );
}
