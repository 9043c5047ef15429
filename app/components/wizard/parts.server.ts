// The wizard's parts that the browser loads on demand (parts.tsx), as the server renders them: in place, at once.
// A `.server` module, so none of this code is in the browser's first bundle.
export { ReviewStep } from "./review-step";
export { EvidenceFields } from "./evidence-fields";
export { FinishedTicket } from "./finished-ticket";
export { WizardDiagnosis } from "~/components/diagnosis/wizard-diagnosis";
