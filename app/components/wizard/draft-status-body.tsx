// What the draft's status says, and its Discard and Undo (draft-status.tsx shows it in the status region). Its own
// chunk: a fresh page has nothing to say, so the browser loads it only once a draft is restored, discarded or cannot
// be saved.
// Reaches the first page's modules, so they share its chunks (docs/first-page-weight.md, "One chunk set").
export { Wizard as withFirstPage } from "./wizard";
import { useState } from "react";
import type { DraftStatusProps } from "./draft-status";

export function DraftStatusBody({ state, onDiscard, onUndo, evidenceCount, termsNotKept = 0 }: DraftStatusProps) {
  const [confirming, setConfirming] = useState(false);
  const evidence =
    evidenceCount === 0
      ? ""
      : ` and ${evidenceCount === 1 ? "its evidence item" : `its ${evidenceCount} evidence items`}`;
  return (
    <>
      {state === "restored" && !confirming ? (
        <p>
          Draft restored from this browser —{" "}
          <button type="button" className="button button--link" onClick={() => setConfirming(true)}>
            Discard…
          </button>
          <span className="muted">
            {" "}
            Drafts keep evidence only once it has been redacted, and your answers as the export shows them (secrets and
            personal data as placeholders).
          </span>
        </p>
      ) : null}
      {state === "restored" && termsNotKept > 0 ? (
        <p>
          {termsNotKept === 1 ? "Your word to redact was" : `Your ${termsNotKept} words to redact were`} not saved with
          the draft: {termsNotKept === 1 ? "it is" : "they are"} what you wanted hidden. Where{" "}
          {termsNotKept === 1 ? "it" : "they"} stood in your answers the draft holds placeholders; enter{" "}
          {termsNotKept === 1 ? "it" : "them"} again on the Evidence step to redact new text.
        </p>
      ) : null}
      {state === "restored" && confirming ? (
        <p>
          Discard this draft? Every answer{evidence} will be removed from this browser.{" "}
          <button
            type="button"
            className="button button--danger"
            onClick={() => {
              setConfirming(false);
              onDiscard();
            }}
          >
            Discard the draft
          </button>{" "}
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </p>
      ) : null}
      {state === "discarded" ? (
        <p>
          Draft discarded. The form is empty again.{" "}
          <button type="button" className="button button--link" onClick={onUndo}>
            Undo
          </button>
        </p>
      ) : null}
      {state === "unavailable" ? (
        <p>This browser does not let the page save a draft: keep the tab open until you finish.</p>
      ) : null}
    </>
  );
}
