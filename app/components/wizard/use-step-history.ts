// Each step of the wizard is a browser history entry (`?step=…`): a change of step writes the address (the first
// one replaces it), and Back or Forward (a POP of the address) asks the wizard to show that step.
import { useLocation, useNavigate, useNavigationType } from "@remix-run/react";
import { useEffect, useRef } from "react";
import { isStepId, type StepId } from "~/ticket/steps";

/** The step named in the address (`?step=examples`), if it is one. */
export function stepInUrl(search: string): StepId | undefined {
  const value = new URLSearchParams(search).get("step");
  return isStepId(value) ? value : undefined;
}

/**
 * Keeps the address and the shown step in step; returns the step the router's committed location names (undefined
 * before hydration). The browser's address can change before the router's location is rendered (a navigation is
 * rendered as a transition), so the form exposes this as `data-history-step`: the step is a history entry once it
 * equals the shown step.
 */
export function useStepHistory(
  hydrated: boolean,
  step: StepId,
  complete: boolean,
  onPop: (target: StepId) => void,
): StepId | undefined {
  const navigate = useNavigate();
  const location = useLocation();
  const navigationType = useNavigationType();
  const firstSync = useRef(true);
  useEffect(() => {
    if (!hydrated) return;
    if (stepInUrl(location.search) === step && !complete) {
      firstSync.current = false;
      return;
    }
    if (complete) return;
    navigate(`?step=${step}`, { replace: firstSync.current, preventScrollReset: true });
    firstSync.current = false;
    // Only a change of step (or the first render) writes the address.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, step, complete]);
  useEffect(() => {
    if (!hydrated || navigationType !== "POP") return;
    const target = stepInUrl(location.search);
    if (target) onPop(target);
    // Only Back / Forward (a POP of the address) moves the wizard.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.key]);
  return hydrated ? stepInUrl(location.search) : undefined;
}
