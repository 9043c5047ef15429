// The shared ticket, read-only: decoded from the address's fragment in the browser, opened with a passphrase when
// it is encrypted, validated with the ticket schema and redacted again (a link is input like any other: a hand-made
// one is never shown or stored with a secret in it). Downloads as on the finished ticket, and "Edit a copy".
import { useEffect, useId, useState, type FormEvent } from "react";
import { TicketReady } from "~/components/wizard/ticket-ready";
import { decodeShareFragment, isSealedFragment } from "~/share/share-link";
import { ticketSchema, type Ticket } from "~/ticket/schema";
import { STEPS } from "~/ticket/steps";
import { DRAFT_STORAGE_KEY, newDraft, serialiseDraft } from "~/wizard/draft";
import { sanitiseValues } from "~/wizard/values";
import { ForumMode } from "./forum-mode";
import { TicketDownloads } from "./ticket-downloads";

type State =
  | { kind: "loading" }
  | { kind: "passphrase"; problem?: string }
  | { kind: "error"; message: string }
  | { kind: "ready"; ticket: Ticket };

const NOT_A_TICKET = "This link opened, but what it carries is not a complete ticket. Ask for the ticket file instead.";

async function open(fragment: string, passphrase?: string): Promise<State> {
  const decoded = await decodeShareFragment(fragment, passphrase);
  if (!decoded.ok) {
    if (decoded.reason === "passphrase-needed") return { kind: "passphrase" };
    if (decoded.reason === "wrong-passphrase") return { kind: "passphrase", problem: decoded.message };
    return { kind: "error", message: decoded.message };
  }
  const parsed = ticketSchema.safeParse(decoded.json);
  if (!parsed.success) return { kind: "error", message: NOT_A_TICKET };
  try {
    // The whole ticket through the privacy boundary again: a link is input from outside.
    const { redactTicket } = await import("~/privacy/ticket-boundary");
    return { kind: "ready", ticket: redactTicket(parsed.data).ticket };
  } catch {
    return { kind: "error", message: "The ticket could not be checked in this browser, so it is not shown." };
  }
}

export function ShareView() {
  const id = useId();
  const [state, setState] = useState<State>({ kind: "loading" });
  const [passphrase, setPassphrase] = useState("");
  const [editProblem, setEditProblem] = useState<string | null>(null);

  useEffect(() => {
    const fragment = window.location.hash;
    if (isSealedFragment(fragment)) setState({ kind: "passphrase" });
    else void open(fragment).then(setState);
  }, []);

  useEffect(() => {
    if (state.kind === "ready") document.getElementById("ticket-ready-heading")?.focus();
  }, [state.kind]);

  async function unlock(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setState({ kind: "loading" });
    setState(await open(window.location.hash, passphrase));
  }

  function editCopy(ticket: Ticket) {
    const draft = { ...newDraft(sanitiseValues(ticket)), step: "review" as const, visited: STEPS.map((s) => s.id) };
    try {
      window.localStorage.setItem(DRAFT_STORAGE_KEY, serialiseDraft(draft));
    } catch {
      setEditProblem("This browser does not let the page keep a draft, so the copy cannot be opened in the form.");
      return;
    }
    window.location.assign("/?step=review");
  }

  if (state.kind === "loading") return <p role="status">Opening the shared ticket…</p>;
  if (state.kind === "error") {
    return (
      <div className="card">
        <h1>This shared ticket cannot be opened</h1>
        <p role="alert">{state.message}</p>
        <p>
          <a href="/">File a new ticket</a>
        </p>
      </div>
    );
  }
  if (state.kind === "passphrase") {
    return (
      <div className="card">
        <h1>Shared ticket: passphrase needed</h1>
        <p>The person who sent this link protected it with a passphrase. It is checked in this browser only.</p>
        <form onSubmit={(event) => void unlock(event)} className="share-form">
          <div className={state.problem ? "field field--invalid" : "field"}>
            <label htmlFor={`${id}-pass`} className="field-label">
              Passphrase
            </label>
            {state.problem ? (
              <div id={`${id}-error`} className="field-error">
                <p>{state.problem}</p>
              </div>
            ) : null}
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="off"
              className="input input--id"
              aria-invalid={Boolean(state.problem)}
              aria-describedby={state.problem ? `${id}-error` : undefined}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
              autoFocus
            />
          </div>
          <button type="submit" className="button button--primary">
            Open the ticket
          </button>
        </form>
      </div>
    );
  }
  return (
    <>
      <h1 className="visually-hidden">Shared ticket</h1>
      <TicketReady
        ticket={state.ticket}
        title="Shared ticket (read-only)"
        lead={
          <>
            Someone shared this ticket with you. It came inside the link and was redacted again in this browser; nothing
            was sent to a server. Download it, or edit a copy in the form (the copy replaces any draft in this browser).
          </>
        }
        actions={
          <>
            <TicketDownloads ticket={state.ticket} />
            <ForumMode ticket={state.ticket} />
          </>
        }
      >
        <div className="ticket-ready-nav">
          <button type="button" className="button button--secondary" onClick={() => editCopy(state.ticket)}>
            Edit a copy
          </button>
          {editProblem ? (
            <p role="alert" className="error">
              {editProblem}
            </p>
          ) : null}
        </div>
      </TicketReady>
    </>
  );
}
