// Back / Next / "Check and finish" (it sends nothing to Oracle: it builds the ticket) at the bottom of each step: plain submit buttons carrying `intent`, intercepted with JavaScript.
import { STEPS, stepIndex, type StepId } from "~/ticket/steps";
import { intentValue } from "~/wizard/intent";
import { keepFocusOnMouseDown } from "./wizard-ui";

export function StepNav({ step, busy = false }: { step: StepId; busy?: boolean }) {
  const index = stepIndex(step);
  const next = STEPS[index + 1];
  return (
    <div className="step-nav">
      {index > 0 ? (
        <button
          type="submit"
          onMouseDown={keepFocusOnMouseDown}
          name="intent"
          value={intentValue.back}
          className="button button--secondary"
        >
          Back
        </button>
      ) : null}
      {next ? (
        <button
          type="submit"
          onMouseDown={keepFocusOnMouseDown}
          name="intent"
          value={intentValue.next}
          className="button button--primary"
        >
          Next<span className="visually-hidden">: {next.title}</span>
        </button>
      ) : (
        <button
          type="submit"
          onMouseDown={keepFocusOnMouseDown}
          name="intent"
          value={intentValue.submit}
          className="button button--primary"
          aria-disabled={busy || undefined}
        >
          {busy ? "Checking the ticket…" : "Check and finish"}
        </button>
      )}
    </div>
  );
}
