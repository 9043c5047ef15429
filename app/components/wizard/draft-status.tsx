// The visible, announced status of the browser draft: "Draft restored — Discard". Always rendered (empty when there
// is nothing to say) so screen readers announce changes. Discard asks first (it removes every answer and the
// evidence) and can be undone until the page is left. What it says loads with the first thing to say
// (draft-status-body.tsx); the server never has anything to say (drafts live in the browser).
import { lazyPart } from "~/components/lazy/lazy-part";

export type DraftState = "none" | "restored" | "discarded" | "unavailable";

export interface DraftStatusProps {
  state: DraftState;
  onDiscard: () => void;
  onUndo: () => void;
  /** How many evidence items the draft holds (said in the confirmation). */
  evidenceCount: number;
  /** How many of the user's words to redact the restored draft did not keep (they are never stored). */
  termsNotKept?: number;
}

const DraftStatusBody = lazyPart(undefined, () => import("./draft-status-body").then((m) => m.DraftStatusBody));

export function DraftStatus(props: DraftStatusProps) {
  return (
    <div role="status" className={props.state === "none" ? "draft-status draft-status--empty" : "draft-status"}>
      {props.state === "none" ? null : <DraftStatusBody {...props} />}
    </div>
  );
}
