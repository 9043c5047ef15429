// The progress indicator's list: an ordered list naming every step with its status in words (not colour alone).
// Steps already reached are buttons of the wizard form (`intent=goto:<step>`), so jumping back works without
// JavaScript. The statuses come from progress.tsx.
import { STEPS, type StepId } from "~/ticket/steps";
import { intentValue } from "~/wizard/intent";
import { STEP_STATUS_LABELS, stepOfField, type StepStatus } from "~/wizard/step-status";
import { useFieldNotes } from "./field-notes";
import { keepFocusOnMouseDown } from "./wizard-ui";

export interface ProgressListProps {
  step: StepId;
  visited: StepId[];
  statuses: Record<StepId, StepStatus>;
}

export function ProgressList({ step, visited, statuses }: ProgressListProps) {
  // Steps whose answers hold something the privacy check would replace: marked until redacted or kept.
  const noted = new Set(Object.keys(useFieldNotes()?.notes ?? {}).map(stepOfField));
  return (
    <nav aria-label="Steps" className="progress">
      <ol className="progress-list">
        {STEPS.map((s, i) => (
          <ProgressItem
            key={s.id}
            index={i}
            id={s.id}
            title={s.title}
            status={statuses[s.id]}
            current={s.id === step}
            reachable={visited.includes(s.id)}
            noted={noted.has(s.id)}
          />
        ))}
      </ol>
    </nav>
  );
}

interface ItemProps {
  index: number;
  id: StepId;
  title: string;
  status: StepStatus;
  current: boolean;
  reachable: boolean;
  /** A privacy note is open on one of the step's fields. */
  noted?: boolean;
}

function ProgressItem({ index, id, title, status, current, reachable, noted }: ItemProps) {
  const content = (
    <>
      <span className="progress-number" aria-hidden="true">
        {index + 1}
      </span>
      <span className="progress-text">
        <span className="progress-title">
          <span className="visually-hidden">Step {index + 1}: </span>
          {title}
        </span>
        <span className="visually-hidden">, </span>
        <span className="progress-status">
          {current ? `${STEP_STATUS_LABELS[status]} (current step)` : STEP_STATUS_LABELS[status]}
        </span>
        {noted ? <span className="progress-privacy">Privacy check open</span> : null}
      </span>
    </>
  );
  return (
    <li
      className={`progress-item progress-item--${status}${current ? " progress-item--current" : ""}${noted ? " progress-item--noted" : ""}`}
      aria-current={current ? "step" : undefined}
    >
      {reachable && !current ? (
        <button
          type="submit"
          onMouseDown={keepFocusOnMouseDown}
          name="intent"
          value={intentValue.goto(id)}
          className="progress-link"
        >
          {content}
        </button>
      ) : (
        <span className="progress-link progress-link--static">{content}</span>
      )}
    </li>
  );
}
