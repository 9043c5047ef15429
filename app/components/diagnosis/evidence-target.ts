// Where a finding's evidence lives in the wizard: a form field (itemId "ticket", location "application.clientId" or
// "examples.1.url, response") → the step holding that field; an evidence item → the Evidence step and that item.
// Also the words that name the reference for a reader ("Example 2: Request URL, response").
import type { FindingEvidence } from "~/diagnosis/types";
import type { StepId } from "~/ticket/steps";
import { EVIDENCE_KIND_LABELS, fieldLabel } from "~/wizard/labels";
import { stepOfField } from "~/wizard/step-status";
import { isEvidenceKind } from "~/ticket/choices";

/** What the wizard knows of an evidence item (any value may be missing or odd while the form is being filled). */
export interface EvidenceItemRef {
  id?: unknown;
  kind?: unknown;
  label?: unknown;
}

export type EvidenceTarget =
  | { type: "field"; step: StepId; field: string }
  | { type: "evidence"; step: "evidence"; itemId: string; index: number };

/** A form field path at the start of a location: `application.requestedScopes`, `examples.0.url`. */
const FIELD_PATH = /^(?:(?:about|application|problem)\.[A-Za-z]+|examples\.\d{1,2}\.[A-Za-z]+)(?=$|[,\s])/;

function fieldOf(location: string): string | null {
  return FIELD_PATH.exec(location.trim())?.[0] ?? null;
}

function indexOf(items: readonly EvidenceItemRef[], itemId: string): number {
  return items.findIndex((item) => item && typeof item === "object" && item.id === itemId);
}

/** The step (and field or item) a reference points to; null when it points nowhere the wizard can show. */
export function evidenceTarget(evidence: FindingEvidence, items: readonly EvidenceItemRef[]): EvidenceTarget | null {
  if (evidence.itemId === "ticket") {
    const field = fieldOf(evidence.location);
    if (!field) return null;
    return { type: "field", step: stepOfField(field), field };
  }
  const index = indexOf(items, evidence.itemId);
  return index < 0 ? null : { type: "evidence", step: "evidence", itemId: evidence.itemId, index };
}

/** "Evidence 1 “Token response”, line 1, scope" or "Example 2: Request URL, response". Never more than the finding says. */
export function describeEvidence(evidence: FindingEvidence, items: readonly EvidenceItemRef[]): string {
  const location = evidence.location.trim();
  if (evidence.itemId === "ticket") {
    const field = fieldOf(location);
    if (!field) return `Form, ${location}`;
    const rest = location.slice(field.length).replace(/^[,\s]+/, "");
    return rest ? `${fieldLabel(field)}, ${rest}` : fieldLabel(field);
  }
  const index = indexOf(items, evidence.itemId);
  if (index < 0) return location ? `${evidence.itemId}, ${location}` : evidence.itemId;
  const item = items[index];
  const label =
    typeof item.label === "string" && item.label.trim()
      ? item.label.trim()
      : isEvidenceKind(item.kind)
        ? EVIDENCE_KIND_LABELS[item.kind]
        : "";
  const name = label ? `Evidence ${index + 1} “${label}”` : `Evidence ${index + 1}`;
  return location ? `${name}, ${location}` : name;
}

/** The value a link button carries (`data-focus-target`) so the wizard can focus the place after moving there. */
export const focusTargetValue = (target: EvidenceTarget): string =>
  target.type === "field" ? `field:${target.field}` : `evidence:${target.itemId}`;

export type FocusTarget = { type: "field"; field: string } | { type: "evidence"; itemId: string };

export function parseFocusTarget(value: unknown): FocusTarget | null {
  if (typeof value !== "string" || value.length > 200) return null;
  if (value.startsWith("field:")) {
    const field = fieldOf(value.slice(6));
    return field && field === value.slice(6) ? { type: "field", field } : null;
  }
  if (value.startsWith("evidence:") && value.length > 9) return { type: "evidence", itemId: value.slice(9) };
  return null;
}
