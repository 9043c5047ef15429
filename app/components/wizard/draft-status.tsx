// The visible, announced status of the browser draft: "Draft restored — Discard". Always rendered (empty when there
// is nothing to say) so screen readers announce changes.
export type DraftState = "none" | "restored" | "discarded" | "unavailable";

export function DraftStatus({ state, onDiscard, termsNotKept = 0 }: { state: DraftState; onDiscard: () => void; termsNotKept?: number }) {
  return (
    <div role="status" className={state === "none" ? "draft-status draft-status--empty" : "draft-status"}>
      {state === "restored" ? (
        <p>
          Draft restored from this browser —{" "}
          <button type="button" className="button button--link" onClick={onDiscard}>
            Discard
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
      {state === "discarded" ? <p>Draft discarded. The form is empty again.</p> : null}
      {state === "unavailable" ? (
        <p>This browser does not let the page save a draft: keep the tab open until you submit.</p>
      ) : null}
    </div>
  );
}
