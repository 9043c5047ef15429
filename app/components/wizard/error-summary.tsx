// A short list of what needs fixing on this step, each linking to its field (useful above all without JavaScript,
// where the page is re-rendered by the server). The messages themselves stay beside the fields.
import type { FieldErrors } from "~/ticket/schema";
import type { StepId } from "~/ticket/steps";
import { stepErrorList } from "~/wizard/errors";
import { fieldLabel } from "~/wizard/labels";
import type { WizardValues } from "~/wizard/values";
import { fieldId } from "./wizard-ui";

interface ErrorSummaryProps {
  step: StepId;
  values: WizardValues;
  errors: FieldErrors;
}

export function ErrorSummary({ step, values, errors }: ErrorSummaryProps) {
  const list = stepErrorList(step, values, errors);
  if (list.length === 0) return null;
  const title =
    list.length === 1 ? "1 answer on this step needs fixing" : `${list.length} answers on this step need fixing`;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title">
      <h3 id="error-summary-title" className="error-summary-title">
        {title}
      </h3>
      <ul>
        {list.map(([name]) => (
          <li key={name}>
            <a href={`#${fieldId(name)}`}>{fieldLabel(name)}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
