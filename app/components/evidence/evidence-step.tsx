// The Evidence step: paste or drop evidence, see it redacted live beside the original, restore false positives, add
// words to redact, and take the IDs found in it into the form. Reads everything from the react-hook-form context.
//
// Privacy: the original text lives only in the EvidenceSession (memory of this page). The form values — and so the
// draft in localStorage, the review and the submitted ticket — only ever hold the redacted text. Without JavaScript
// the step is a plain form and the server redacts what is posted.
import { useEffect, useRef, useState } from "react";
import { get, useFormContext, useFormState, useWatch } from "react-hook-form";
import type { TicketInput } from "~/ticket/schema";
import { intentValue, parseIntent } from "~/wizard/intent";
import { ENVIRONMENT_CHOICES } from "~/wizard/labels";
import { FieldError, useFieldError } from "~/components/wizard/field";
import { fieldId, keepFocusOnMouseDown, useWizardUi } from "~/components/wizard/wizard-ui";
import { DropZone } from "./drop-zone";
import { EvidenceItem, type ItemErrors } from "./evidence-item";
import { MAX_ITEMS } from "~/evidence/step/evidence-session";
import { itemName } from "./format";
import { readEvidenceFile } from "./read-evidence-file";
import { RedactTermsField } from "./redact-terms-field";
import { RunProgress } from "./run-progress";
import { SuggestionsPanel } from "./suggestions-panel";
import { UploadWithoutJs } from "./upload-without-js";
import { useEvidenceSession } from "./use-evidence-session";
import { useHydrated } from "~/components/use-hydrated";

const WAIT_MESSAGE =
  "Wait until the evidence is redacted (or cancel it) before going on: until then it is not in the ticket.";

export function EvidenceStep() {
  const form = useFormContext<TicketInput>();
  const [session, snap] = useEvidenceSession(form);
  const hydrated = useHydrated();
  const { errors } = useFormState<TicketInput>({ control: form.control, name: "evidence" });
  const listError = useFieldError("evidence");
  const { autoFocusName } = useWizardUi();
  const environment = useWatch<TicketInput, "application.environment">({ name: "application.environment" });
  const rootRef = useRef<HTMLDivElement>(null);
  const [focusId, setFocusId] = useState<string | null>(null);

  // Before the wizard acts on any of its buttons (Next, Back, a step link; Enter in a field), a scheduled redaction
  // runs now, so the form values are the redaction of what is on screen. Listening on the form itself runs before
  // React's handler (on the document); a run still going on in the background holds Next back.
  useEffect(() => {
    const formElement = rootRef.current?.closest("form");
    if (!formElement) return;
    const onSubmit = (event: SubmitEvent) => {
      const submitter = event.submitter as HTMLButtonElement | null;
      const intent = parseIntent(submitter?.value);
      if (intent?.type === "add-evidence" || intent?.type === "remove-evidence") return;
      if (session.flush() === "busy" && (intent?.type === "next" || intent?.type === "submit")) {
        event.preventDefault();
        event.stopPropagation();
        session.message(WAIT_MESSAGE);
      }
    };
    formElement.addEventListener("submit", onSubmit, true);
    return () => formElement.removeEventListener("submit", onSubmit, true);
  }, [session]);

  const formIndex = new Map(snap.projected.map((p, j) => [p.id, j]));
  const restored = new Set(snap.restored);
  const working = snap.pending || snap.busy !== null;
  const describeItem = (id: string) => {
    const i = snap.items.findIndex((item) => item.id === id);
    return i >= 0 ? itemName(i, snap.items[i].label) : null;
  };
  const itemErrors = (j: number | undefined): ItemErrors => {
    if (j === undefined) return {};
    const message = (field: string) => {
      const m = get(errors, `evidence.${j}.${field}`)?.message;
      return typeof m === "string" && m ? m : undefined;
    };
    return { text: message("text"), kind: message("kind"), label: message("label") };
  };

  // One file at a time: a rejected file (too large, binary) is reported and the others are still added.
  const addFiles = async (files: File[]) => {
    for (const file of files) {
      const read = await readEvidenceFile(file);
      if (read.ok) session.addFile(read);
      else session.message(read.message);
    }
  };

  const envChoice = ENVIRONMENT_CHOICES.find((c) => c.value === environment);
  const withText = snap.items.filter((i) => i.raw.trim());
  const failed = withText.filter((i) => snap.results[i.id]?.outcome.ok === false).length;
  const status =
    withText.length === 0
      ? ""
      : `${snap.projected.length} of ${withText.length} evidence ${withText.length === 1 ? "item" : "items"} redacted and in the ticket${
          failed ? `; redaction failed for ${failed}` : ""
        }.`;

  return (
    <div className="ev-step" ref={rootRef} data-last-run={snap.lastRun ?? undefined}>
      <p className="lead">
        Paste or drop what shows the problem: the token response, the failing request and its response, a HAR file or
        log lines. Tokens, secrets and patient data are redacted before anything goes into the ticket; IDs, scopes and
        error codes are kept.
      </p>
      {hydrated ? (
        <p className="ev-policy">
          <span className="ev-policy-label">Redaction rules:</span>{" "}
          {envChoice ? (
            <strong>{envChoice.label}</strong>
          ) : (
            <>
              <strong>client domain</strong> (the strictest) until you choose where the problem happens on the
              Application step
            </>
          )}
          {envChoice && envChoice.value !== "sandbox" ? " — FHIR resources are reduced to their shape." : null}
        </p>
      ) : null}

      <div id={fieldId("evidence")} tabIndex={-1} className="list-anchor">
        <FieldError id={`${fieldId("evidence")}-error`} message={listError} />
      </div>

      {snap.messages.length > 0 ? (
        <div className="ev-messages" role="alert">
          {snap.messages.map((m) => (
            <div className="ev-message" key={m.id}>
              <p>{m.text}</p>
              <button type="button" className="button button--link" onClick={() => session.dismiss(m.id)}>
                Dismiss <span className="visually-hidden">this message</span>
              </button>
            </div>
          ))}
        </div>
      ) : null}

      {snap.busy ? (
        <RunProgress progress={snap.busy.progress} where={snap.busy.where} onCancel={() => session.cancel()} />
      ) : null}

      {snap.items.length === 0 ? (
        <p className="muted ev-none">
          No evidence yet. Evidence is optional, but it is what lets support see the problem.
        </p>
      ) : null}

      {snap.items.map((item, i) => (
        <EvidenceItem
          key={item.id}
          item={item}
          index={i}
          formIndex={hydrated ? formIndex.get(item.id) : i}
          state={snap.results[item.id]}
          working={working}
          hydrated={hydrated}
          errors={itemErrors(hydrated ? formIndex.get(item.id) : i)}
          fingerprints={snap.fingerprints}
          restored={restored}
          autoFocus={focusId === item.id || autoFocusName === `evidence.${i}.text`}
          session={session}
        />
      ))}

      <div className="ev-add">
        {snap.items.length < MAX_ITEMS ? (
          <button
            type="submit"
            onMouseDown={keepFocusOnMouseDown}
            name="intent"
            value={intentValue.addEvidence}
            className="button button--secondary"
            onClick={(event) => {
              event.preventDefault();
              const id = session.addPaste();
              if (id) setFocusId(id);
            }}
          >
            Add evidence
          </button>
        ) : null}
        {hydrated ? <DropZone onFiles={(files) => void addFiles(files)} /> : <UploadWithoutJs />}
      </div>

      {hydrated && snap.suggestions ? (
        <SuggestionsPanel
          suggestions={snap.suggestions}
          pins={snap.pins}
          onPin={(key, index) => session.pin(key, index)}
          describeItem={describeItem}
        />
      ) : null}

      <RedactTermsField />
      {hydrated ? (
        <p className="visually-hidden" role="status">
          {status}
        </p>
      ) : null}
    </div>
  );
}
