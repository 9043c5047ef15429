// Evidence references as wizard controls: a reference to a form field or an evidence item becomes a submit button of
// the wizard form (`intent=goto:<step>`, so it moves to that step without JavaScript too) that also names the place to
// focus once there (`data-focus-target`). A place on a step not reached yet stays plain text.
import { useCallback, useMemo, type ReactElement } from "react";
import type { FindingEvidence } from "~/diagnosis/types";
import type { StepId } from "~/ticket/steps";
import { stepTitle } from "~/ticket/steps";
import { intentValue } from "~/wizard/intent";
import { keepFocusOnMouseDown } from "~/components/wizard/wizard-ui";
import { describeEvidence, evidenceTarget, focusTargetValue, type EvidenceItemRef } from "./evidence-target";

export interface EvidenceLinks {
  describeEvidence: (evidence: FindingEvidence) => string;
  renderEvidenceLink: (evidence: FindingEvidence, label: string) => ReactElement | undefined;
}

/** Only what names an item (id, kind, label): the panel does not re-render for every character of evidence text. */
function itemRefs(items: unknown): EvidenceItemRef[] {
  if (!Array.isArray(items)) return [];
  return items.map((item) =>
    item && typeof item === "object" ? { id: item.id, kind: item.kind, label: item.label } : {},
  );
}

export function useEvidenceLinks({
  items,
  visited,
  formId,
}: {
  items: unknown;
  visited: readonly StepId[];
  formId?: string;
}): EvidenceLinks {
  const refs = itemRefs(items);
  const key = JSON.stringify(refs);
  const visitedKey = visited.join(" ");
  // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the content, not on the arrays' identity
  const stable = useMemo(() => refs, [key]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const reachable = useMemo(() => new Set(visited), [visitedKey]);

  const describe = useCallback((evidence: FindingEvidence) => describeEvidence(evidence, stable), [stable]);
  const render = useCallback(
    (evidence: FindingEvidence, label: string) => {
      const target = evidenceTarget(evidence, stable);
      if (!target || !reachable.has(target.step)) return undefined;
      return (
        <button
          type="submit"
          form={formId}
          name="intent"
          value={intentValue.goto(target.step)}
          data-focus-target={focusTargetValue(target)}
          className="button button--link diagnosis-ref"
          onMouseDown={keepFocusOnMouseDown}
        >
          {label}
          <span className="visually-hidden"> (show it in the {stepTitle(target.step)} step)</span>
        </button>
      );
    },
    [stable, reachable, formId],
  );
  return useMemo(() => ({ describeEvidence: describe, renderEvidenceLink: render }), [describe, render]);
}
