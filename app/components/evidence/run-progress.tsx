// Large evidence is redacted in the background: a progress bar with its label, and Cancel.
import { useId } from "react";
import type { Progress } from "~/evidence/worker/process-evidence";

interface RunProgressProps {
  progress: Progress | null;
  where: "worker" | "page";
  onCancel(): void;
}

export function RunProgress({ progress, where, onCancel }: RunProgressProps) {
  const id = useId();
  const label = progress?.label ?? "Preparing the evidence…";
  const percent =
    progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : null;
  return (
    <div className="ev-progress" data-where={where}>
      <div className="ev-progress-text">
        <label htmlFor={`${id}-bar`} className="ev-progress-label">
          {label}
        </label>
        <span className="ev-progress-percent" aria-hidden="true">
          {percent === null ? "" : `${percent}%`}
        </span>
      </div>
      {percent === null ? (
        <progress id={`${id}-bar`} className="ev-progress-bar" />
      ) : (
        <progress id={`${id}-bar`} className="ev-progress-bar" max={100} value={percent}>
          {percent}%
        </progress>
      )}
      <p className="hint ev-progress-hint">
        {where === "worker"
          ? "Large evidence is redacted in the background: you can keep working on the page."
          : "Large evidence is redacted in small steps."}{" "}
        Until it is done, it is not in the ticket.
      </p>
      <button type="button" className="button button--secondary ev-progress-cancel" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
