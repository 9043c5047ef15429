// The Evidence step's fields. Props are deliberately none: everything comes from the react-hook-form context
// (`evidence[]` items {id, kind, label, text} — always redacted text — and `redactTerms[]`). The step itself lives in
// app/components/evidence: paste or drop evidence, live redaction beside the original, suggestions for the form.
//
// Privacy: without JavaScript, the server redacts each text before it goes back into the page or the draft. With
// JavaScript, the original stays in the page's memory and only the redacted text enters the form values.
// Reaches the first page's modules, so they share its chunks (docs/first-page-weight.md, "One chunk set").
export { Wizard as withFirstPage } from "./wizard";
import { EvidenceStep } from "~/components/evidence/evidence-step";

export function EvidenceFields() {
  return <EvidenceStep />;
}
