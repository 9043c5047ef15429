// Where the focus goes after the wizard changes what is on screen: the step's heading, the first invalid field, a named
// field (from a blocked export or a privacy note), or an evidence item named by a diagnosis link.
import { useCallback, useEffect, useState, type RefObject } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { Ticket, TicketInput } from "~/ticket/schema";
import { fieldId } from "./wizard-ui";

/** Where the focus goes after a change of step: the heading, the first invalid field, or a named place (`target`). */
export type FocusKind = "heading" | "error" | "target" | "field";

/** Focus the first field marked invalid (for a radio group: its checked or first radio). */
function focusFirstInvalid(root: HTMLElement | null) {
  const invalid = root?.querySelector<HTMLElement>('[aria-invalid="true"]');
  const target =
    invalid?.tagName === "FIELDSET"
      ? (invalid.querySelector<HTMLElement>("input:checked") ?? invalid.querySelector<HTMLElement>("input"))
      : (invalid ?? root?.querySelector<HTMLElement>(".error-summary a, .field-error"));
  target?.focus();
}

/** Focus requests are numbered, so asking twice for the same place moves the focus twice. */
export function useStepFocus(
  form: UseFormReturn<TicketInput, unknown, Ticket>,
  formRef: RefObject<HTMLFormElement | null>,
  complete: boolean,
) {
  const [focus, setFocus] = useState<{ kind: FocusKind; n: number; target?: string } | null>(null);
  const requestFocus = useCallback(
    (kind: FocusKind, target?: string) => setFocus((f) => ({ kind, target, n: (f?.n ?? 0) + 1 })),
    [],
  );

  useEffect(() => {
    if (!focus) return;
    const frame = requestAnimationFrame(() => {
      if (focus.kind === "error") return focusFirstInvalid(formRef.current);
      const field = focus.kind === "field" && focus.target ? document.getElementById(fieldId(focus.target)) : null;
      if (field) return field.focus();
      const heading = () => document.getElementById(complete ? "ticket-ready-heading" : "step-heading")?.focus();
      if (focus.kind === "target" && focus.target && !complete) {
        const target = focus.target;
        const ids = (form.getValues("evidence") ?? []).map((item) => item?.id);
        // The helper comes with the diagnosis links it serves (the chunk of steps 2–4, loaded before any step shows).
        void import("./early-steps").then(
          ({ focusEvidenceTarget }) => stale || focusEvidenceTarget(target, ids) || heading(),
          () => stale || heading(),
        );
        return;
      }
      heading();
    });
    let stale = false;
    return () => {
      stale = true;
      cancelAnimationFrame(frame);
    };
  }, [focus, complete, form, formRef]);
  return { focusRequested: focus !== null, requestFocus };
}
