// The visible, announced status of the browser draft: "Draft restored — Discard". Always rendered (empty when there
// is nothing to say) so screen readers announce changes.
export type DraftState = "none" | "restored" | "discarded" | "unavailable";

export function DraftStatus({ state, onDiscard }: { state: DraftState; onDiscard: () => void }) {
  return (
    <div role="status" className={state === "none" ? "draft-status draft-status--empty" : "draft-status"}>
      {state === "restored" ? (
        <p>
          Draft restored from this browser —{" "}
          <button type="button" className="button button--link" onClick={onDiscard}>
            Discard
          </button>
          <span className="muted"> Drafts keep evidence only once it has been redacted.</span>
        </p>
      ) : null}
      {state === "discarded" ? <p>Draft discarded. The form is empty again.</p> : null}
      {state === "unavailable" ? (
        <p>This browser does not let the page save a draft: keep the tab open until you submit.</p>
      ) : null}
    </div>
  );
}
