// The wizard's finished ticket: the ticket-ready screen with its exports (files, share link, forum post) and "Edit the
// ticket", which goes back to Review (a post of the wizard's draft without JavaScript). One lazy part of the wizard
// (parts.tsx), loaded when a ticket is complete: the first steps carry none of it. The exports are lazy parts of
// their own, loaded when shown.
// Reaches the first page's modules, so they share its chunks (docs/first-page-weight.md, "One chunk set").
export { Wizard as withFirstPage } from "./wizard";
import { Form } from "@remix-run/react";
import { lazyPart } from "~/components/lazy/lazy-part";
import type { KnownValue } from "~/redaction/redact";
import { intentValue } from "~/wizard/intent";
import type { WizardResponse } from "~/wizard/submission";
import * as rendered from "./finished-ticket.server";
import { TicketReady } from "./ticket-ready";

const TicketDownloads = lazyPart(rendered.TicketDownloads, () =>
  import("~/components/export/ticket-downloads").then((m) => m.TicketDownloads),
);
const ShareLink = lazyPart(rendered.ShareLink, () => import("~/components/export/share-link").then((m) => m.ShareLink));
const ForumMode = lazyPart(rendered.ForumMode, () => import("~/components/export/forum-mode").then((m) => m.ForumMode));

export interface FinishedTicketProps {
  complete: Extract<WizardResponse, { kind: "complete" }>;
  /** What the Evidence step removed from the raw evidence (memory only). */
  evidenceKnown: () => readonly KnownValue[];
  /** From a blocked export: back to the step, onto the field. */
  onFixField: (path: string) => void;
  /** "Edit the ticket" with JavaScript: back to Review. */
  onEdit: () => void;
  /** The draft the no-JavaScript "Edit the ticket" posts. */
  draftJson: string;
}

export function FinishedTicket({ complete, evidenceKnown, onFixField, onEdit, draftJson }: FinishedTicketProps) {
  return (
    <TicketReady
      ticket={complete.ticket}
      redaction={complete.redaction}
      evidenceKnown={evidenceKnown()}
      actions={
        <>
          <TicketDownloads ticket={complete.ticket} evidenceKnown={evidenceKnown} onFixField={onFixField} />
          <ShareLink ticket={complete.ticket} evidenceKnown={evidenceKnown} />
          <ForumMode ticket={complete.ticket} evidenceKnown={evidenceKnown} />
        </>
      }
    >
      <Form
        method="post"
        className="ticket-ready-nav"
        onSubmit={(event) => {
          event.preventDefault();
          onEdit();
        }}
      >
        <input type="hidden" name="step" value="review" />
        <input type="hidden" name="draft" value={draftJson} />
        <button type="submit" name="intent" value={intentValue.goto("review")} className="button button--secondary">
          Edit the ticket
        </button>
      </Form>
    </TicketReady>
  );
}
