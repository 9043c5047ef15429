// One EvidenceSession per wizard form, found through the form's `control` object: it lives as long as the form does
// (across the step's unmounts), and a form made for another page or request gets its own. Connected to the form in
// an effect, so nothing starts on the server.
import { useEffect, useState, useSyncExternalStore } from "react";
import type { UseFormReturn } from "react-hook-form";
import { createEvidenceRunner } from "~/evidence/worker/client";
import type { TicketInput } from "~/ticket/schema";
import { vouchRedacted } from "~/evidence/step/redacted-texts";
import { knownEvidenceValues, sessions } from "~/evidence/step/session-registry";
import {
  EvidenceSession,
  policyInputs,
  type FormBridge,
  type SessionDeps,
  type SessionSnapshot,
} from "~/evidence/step/evidence-session";

const defaultDeps: SessionDeps = { createRunner: () => createEvidenceRunner() };

export function formBridge(form: UseFormReturn<TicketInput>): FormBridge {
  return {
    getEvidence: () => form.getValues("evidence"),
    setEvidence: (values) => {
      const invalid = form.getFieldState("evidence").invalid;
      vouchRedacted(form.control, values);
      form.setValue("evidence", values, { shouldDirty: true });
      // Errors already shown for the list follow the new values.
      if (invalid) void form.trigger("evidence");
    },
    getPolicyInputs: () =>
      policyInputs(
        form.getValues("application.environment"),
        form.getValues("redactTerms"),
        form.getValues("notPersonalData"),
      ),
    setKeep: (values) => form.setValue("notPersonalData", values, { shouldDirty: true }),
    subscribe: (onChange) => {
      const subscription = form.watch((_values, info) => onChange(info.name));
      return () => subscription.unsubscribe();
    },
  };
}

export { knownEvidenceValues };

/** The session of this form (made on first use). `deps` only matter for the first call (tests). */
export function sessionFor(form: UseFormReturn<TicketInput>, deps: SessionDeps = defaultDeps): EvidenceSession {
  let session = sessions.get(form.control);
  if (!session) {
    session = new EvidenceSession(form.getValues("evidence"), deps);
    sessions.set(form.control, session);
  }
  return session;
}

export function useEvidenceSession(form: UseFormReturn<TicketInput>): [EvidenceSession, SessionSnapshot] {
  const [session] = useState(() => sessionFor(form));
  useEffect(() => session.connect(formBridge(form)), [session, form]);
  const snapshot = useSyncExternalStore(session.subscribe, session.getSnapshot, session.getSnapshot);
  return [session, snapshot];
}
