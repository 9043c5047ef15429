// The live diagnosis as the wizard shows it beside the step: diagnosed from the form as it is filled in (debounced),
// with each evidence reference a control that moves to the step holding it and focuses it there.
import { useWatch } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import type { StepId } from "~/ticket/steps";
import { useDebouncedDiagnosis } from "~/components/wizard/use-live-diagnosis";
import { useEvidenceLinks } from "./evidence-links";
import { LiveDiagnosis } from "./live-diagnosis";

export interface WizardDiagnosisProps {
  /** Steps the user has reached: references to other steps stay plain text. */
  visited: readonly StepId[];
  /** The wizard form's id (the panel sits outside the form). */
  formId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function WizardDiagnosis({ visited, formId, open, onOpenChange }: WizardDiagnosisProps) {
  const values = useWatch<TicketInput>();
  const diagnosis = useDebouncedDiagnosis(values);
  const links = useEvidenceLinks({ items: values?.evidence, visited, formId });
  return <LiveDiagnosis diagnosis={diagnosis} open={open} onOpenChange={onOpenChange} {...links} />;
}
