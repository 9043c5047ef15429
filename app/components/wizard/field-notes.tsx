// The privacy check under the typed fields, while the user types (debounced, in the checks' worker): what the export
// will replace in the answer — its type and line, never the value — with "Redact it" (the field rewritten with the
// placeholders) and, for personal data only, "It is not personal data" (kept for this ticket; the values that identify
// or reach a person need a confirmation that names the risk). A field holding a capture or a huge paste is told to
// move to Evidence. The note's words and buttons are their own chunk (field-note-body.tsx), loaded with the first note.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from "react";
import { lazyPart } from "~/components/lazy/lazy-part";
import { latestOnly } from "~/lib/latest-only";
import type { UseFormReturn } from "react-hook-form";
import type { FieldNote } from "~/privacy/field-notes";
import { typedFields } from "~/privacy/typed-fields";
import type { KnownValue } from "~/redaction/redact";
import type { Ticket, TicketInput } from "~/ticket/schema";
import { sanitiseValues, type FieldName } from "~/wizard/values";
import { policyInputs } from "~/evidence/step/policy-inputs";
import { fieldId } from "./wizard-ui";
import { wizardChecks, type CheckClient } from "~/evidence/worker/checks-client";

export const FIELD_NOTE_DELAY_MS = 300;

export interface FieldNotesApi {
  notes: Readonly<Record<string, FieldNote>>;
  /** Rewrites the field with the placeholders of what the check found in it. */
  redact(path: FieldName): void;
  /** Keeps the personal data found in the field, for this ticket (the form's `notPersonalData`). */
  keep(path: FieldName): void;
}

export const FieldNotesContext = createContext<FieldNotesApi | null>(null);

export const useFieldNotes = (): FieldNotesApi | null => useContext(FieldNotesContext);

/** Evidence labels belong to the Evidence step's own session (it owns them; the export redacts them anyway). */
const withoutEvidence = (notes: Record<string, FieldNote>): Record<string, FieldNote> =>
  Object.fromEntries(Object.entries(notes).filter(([path]) => !path.startsWith("evidence.")));

/**
 * The notes of the form's typed fields, recomputed a moment after the typing stops, in the checks' worker (see
 * checks-client.ts): nothing is scanned on the page. No notes until there is typed text (the worker is not even
 * started); a failed check shows none.
 */
export function useFieldNotesState(
  form: UseFormReturn<TicketInput, unknown, Ticket>,
  evidenceKnown: () => readonly KnownValue[],
  checks: CheckClient = wizardChecks,
): FieldNotesApi {
  const [notes, setNotes] = useState<Record<string, FieldNote>>({});
  const knownRef = useRef(evidenceKnown);
  knownRef.current = evidenceKnown;

  /** The notes of the form as it is now (none when the check failed). */
  const check = useCallback(async (): Promise<Record<string, FieldNote>> => {
    const now = sanitiseValues(form.getValues());
    if (!typedFields(now).some((f) => f.text.trim())) return {};
    const policy = policyInputs(now.application.environment, now.redactTerms, now.notPersonalData);
    const found = await checks.ask({ check: "field-notes", values: now, policy, known: knownRef.current() });
    return found ? withoutEvidence(found) : {};
  }, [form, checks]);

  // A subscription, not a re-render of the whole wizard per keystroke: the notes change (and the fields that show
  // them re-render) only when what they say changes, a moment after the typing stops.
  const shown = useRef("{}");
  const [question] = useState(latestOnly);
  const update = useCallback(() => {
    const isLast = question();
    void check().then((next) => {
      if (!isLast()) return;
      const key = JSON.stringify(next);
      if (key === shown.current) return;
      shown.current = key;
      setNotes(next);
    });
  }, [check, question]);

  useEffect(() => {
    let timer = setTimeout(update, FIELD_NOTE_DELAY_MS);
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(update, FIELD_NOTE_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form, update]);

  /** Acts on the field's note as the checks see the form now, unless the field changed while they looked. */
  const withNote = useCallback(
    (path: FieldName, act: (note: FieldNote) => void) => {
      const before = form.getValues(path);
      void check().then((now) => {
        const note = now[path];
        if (note && form.getValues(path) === before) act(note);
      });
    },
    [check, form],
  );

  const redact = useCallback(
    (path: FieldName) =>
      withNote(path, (note) => {
        if (note.move?.reason === "size") return;
        form.setValue(path, note.redacted, { shouldDirty: true, shouldValidate: true });
        update();
      }),
    [withNote, form, update],
  );

  const keep = useCallback(
    (path: FieldName) =>
      withNote(path, (note) => {
        const current = sanitiseValues(form.getValues()).notPersonalData ?? [];
        const added = Object.values(note.personal)
          .map((v) => v.trim())
          .filter((v) => v && v.length <= 500);
        form.setValue("notPersonalData", [...new Set([...current, ...added])].slice(0, 100), { shouldDirty: true });
        update();
      }),
    [withNote, form, update],
  );

  return useMemo(() => ({ notes, redact, keep }), [notes, redact, keep]);
}

export const fieldNoteId = (name: string) => `${fieldId(name)}-privacy`;

/** What a note says and its buttons: loaded by the browser with the first note (no note is ever rendered by the server). */
const FieldNoteBody = lazyPart(undefined, () => import("./field-note-body").then((m) => m.FieldNoteBody));

/** The note under one field: an empty live region until there is something to say. */
export function FieldPrivacyNote({ name }: { name: FieldName }) {
  const api = useFieldNotes();
  const note = api?.notes[name];
  if (!api) return null;
  return (
    <div id={fieldNoteId(name)} className="privacy-note-region" aria-live="polite">
      {note ? <FieldNoteBody name={name} note={note} api={api} /> : null}
    </div>
  );
}
