// The draft autosave: a moment after each change (of a value or of the step), the wizard's state goes to
// localStorage as the draft — evidence only when it is known to be redacted, typed answers as the export shows them
// (their privacy pass runs in the checks' worker; no draft is written without it).
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from "react";
import type { UseFormReturn } from "react-hook-form";
import { knownEvidenceValues } from "~/evidence/step/session-registry";
import { policyInputs } from "~/evidence/step/policy-inputs";
import { isVouchedRedacted } from "~/evidence/step/redacted-texts";
import type { Ticket, TicketInput } from "~/ticket/schema";
import { DRAFT_STORAGE_KEY, DRAFT_VERSION, draftForStorage, serialiseDraft, type WizardDraft } from "~/wizard/draft";
import { sanitiseValues } from "~/wizard/values";
import type { DraftState } from "./draft-status";
import { withEveryTypedField } from "~/privacy/typed-fields";
import { wizardChecks, type CheckClient } from "~/evidence/worker/checks-client";
import { latestOnly } from "~/lib/latest-only";

const AUTOSAVE_DELAY_MS = 400;

type Nav = Pick<WizardDraft, "step" | "visited" | "attempted">;

export function useAutosave(
  form: UseFormReturn<TicketInput, unknown, Ticket>,
  navRef: MutableRefObject<Nav>,
  nav: Nav,
  /** Evidence text known to be redacted (returned by the server), by item id: only such text may be saved. */
  redacted: MutableRefObject<Map<string, string>>,
  setDraftState: (state: DraftState) => void,
  checks: CheckClient = wizardChecks,
) {
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** A change of step saves only once the user has acted, so a fresh page does not overwrite a stored draft. */
  const userActed = useRef(false);

  /** Only the last save started writes (a discard, too, makes the ones in flight stale). */
  const [save] = useState(latestOnly);

  const saveNow = useCallback(() => {
    const isLast = save();
    const values = sanitiseValues(form.getValues());
    const policy = policyInputs(values.application.environment, values.redactTerms, values.notPersonalData);
    const draft = draftForStorage(
      { version: DRAFT_VERSION, ...navRef.current, values },
      (item) => redacted.current.get(item.id) === item.text || isVouchedRedacted(form.control, item),
    );
    // A secret, a patient's detail or one of the user's words typed in an answer is stored as its placeholder: the
    // checks' worker puts the typed fields through the privacy boundary. Fail closed: without an answer for every
    // typed field, no draft.
    const known = knownEvidenceValues(form);
    void checks.ask({ check: "storable-fields", values: draft.values, policy, known }).then((fields) => {
      const values = fields && withEveryTypedField(draft.values, fields);
      if (!values || !isLast()) return;
      try {
        window.localStorage.setItem(DRAFT_STORAGE_KEY, serialiseDraft({ ...draft, values }));
      } catch {
        setDraftState("unavailable");
      }
    });
  }, [form, navRef, redacted, setDraftState, checks, save]);

  const scheduleSave = useCallback(() => {
    // The first change starts the checks' worker, so the first draft does not wait for it to load after the delay.
    checks.warm();
    userActed.current = true;
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(saveNow, AUTOSAVE_DELAY_MS);
  }, [saveNow, checks]);

  useEffect(() => {
    const subscription = form.watch((_values, info) => {
      if (info.name) scheduleSave();
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(saveTimer.current);
    };
  }, [form, scheduleSave]);

  useEffect(() => {
    if (userActed.current) scheduleSave();
  }, [nav, scheduleSave]);

  const cancelSave = useCallback(() => {
    clearTimeout(saveTimer.current);
    save(); // a save never written: the ones in flight are stale
  }, [save]);

  return { saveNow, scheduleSave, cancelSave, userActed };
}
