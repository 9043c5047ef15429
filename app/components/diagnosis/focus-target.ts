// After the wizard moved to the step an evidence reference points to: find the field or the evidence item on the
// page, bring it into view and focus it. Browser only (called from an effect or an event handler).
import { fieldId } from "~/components/wizard/wizard-ui";
import { parseFocusTarget } from "./evidence-target";

const FOCUSABLE = "input, select, textarea, button, summary, a[href], [tabindex]";

function focusable(element: HTMLElement): HTMLElement {
  if (element.tagName === "FIELDSET") {
    // A radio group: its checked radio, or its first one.
    return (
      element.querySelector<HTMLElement>("input:checked") ?? element.querySelector<HTMLElement>("input") ?? element
    );
  }
  if (element.matches(FOCUSABLE)) return element;
  element.setAttribute("tabindex", "-1");
  return element;
}

/** Candidates for an evidence item, most specific first: the evidence UI may mark its items with data-evidence-id. */
function evidenceElement(root: ParentNode, itemId: string, index: number): HTMLElement | null {
  const escaped = typeof CSS !== "undefined" && CSS.escape ? CSS.escape(itemId) : itemId.replace(/["\\]/g, "\\$&");
  const byData = root.querySelector<HTMLElement>(`[data-evidence-id="${escaped}"]`);
  if (byData) return byData;
  if (index >= 0) {
    const text = document.getElementById(fieldId(`evidence.${index}.text`));
    if (text) return text;
    const item = document.getElementById(fieldId(`evidence.${index}`));
    if (item) return item;
  }
  return document.getElementById(fieldId("evidence"));
}

/**
 * Focuses the place a `data-focus-target` value names; `evidenceIds` are the form's evidence item ids in order.
 * Returns false when it is not on the page (the caller then focuses the step heading).
 */
export function focusEvidenceTarget(
  value: string,
  evidenceIds: readonly unknown[],
  root: ParentNode = document,
): boolean {
  const target = parseFocusTarget(value);
  if (!target) return false;
  const element =
    target.type === "field"
      ? document.getElementById(fieldId(target.field))
      : evidenceElement(root, target.itemId, evidenceIds.indexOf(target.itemId));
  if (!element) return false;
  const into = focusable(element);
  into.scrollIntoView?.({ block: "center" });
  into.focus({ preventScroll: true });
  return document.activeElement === into;
}
