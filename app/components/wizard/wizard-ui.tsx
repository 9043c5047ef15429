// Small shared state of the wizard's UI that fields need: which field gets the focus on a page rendered after a
// failed post (no JavaScript: the `autofocus` attribute does it), and the field id convention.
import { createContext, useContext } from "react";

export interface WizardUi {
  /** Dotted name of the field to autofocus on a server-rendered page with errors. */
  autoFocusName?: string;
}

export const WizardUiContext = createContext<WizardUi>({});

export const useWizardUi = () => useContext(WizardUiContext);

/** `examples.0.occurredAt` → `f-examples-0-occurredAt`: stable ids for labels, hints, errors and summary links. */
export const fieldId = (name: string) => `f-${name.replace(/[^\w-]/g, "-")}`;

/**
 * For the wizard's buttons: keep the focus where it is on mouse down. Otherwise the field being left validates on
 * blur, its error message pushes the button down, and the click lands beside it.
 */
export const keepFocusOnMouseDown = (event: { preventDefault(): void }) => event.preventDefault();

/** The wizard form's id: controls outside it (the live diagnosis beside the step) submit it with `form=`. */
export const WIZARD_FORM_ID = "wizard-form";
