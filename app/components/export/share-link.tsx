// "Share a link" on a finished ticket: the redacted ticket travels in the link's # part, which browsers never send
// to any server (this app's included). The leak check runs first (the same gate as every export); an optional
// passphrase encrypts it (AES-GCM, key from PBKDF2). Past the stated length the ticket file is the way to share.
import { useEffect, useId, useState, type FormEvent } from "react";
import type { KnownValue } from "~/redaction/redact";
import type { Ticket } from "~/ticket/schema";
import { MAX_SHARE_URL_CHARS, encodeShareFragment, shareUrl } from "~/share/share-link";
import { LeakBlock } from "./leak-block";

type Status =
  | { kind: "idle" }
  | { kind: "working" }
  | { kind: "made"; url: string; sealed: boolean; copied?: boolean }
  | { kind: "too-long"; length: number }
  | { kind: "blocked"; reasons: string[] }
  | { kind: "error"; message: string };

const LIMIT = MAX_SHARE_URL_CHARS.toLocaleString("en-US");

interface ShareLinkProps {
  ticket: Ticket;
  /** The values the Evidence step removed from the raw evidence (memory only), for the ticket's privacy boundary. */
  evidenceKnown?: () => readonly KnownValue[];
}

export function ShareLink({ ticket, evidenceKnown }: ShareLinkProps) {
  const id = useId();
  const [hydrated, setHydrated] = useState(false);
  const [passphrase, setPassphrase] = useState("");
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  useEffect(() => setHydrated(true), []);
  useEffect(() => setStatus({ kind: "idle" }), [ticket]);

  async function make(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus({ kind: "working" });
    try {
      const [{ exportTicketFile }, { isBlocked }] = await Promise.all([
        import("~/export/ticket-file"),
        import("~/export/export-ticket"),
      ]);
      const file = await exportTicketFile(ticket, { evidenceKnown: evidenceKnown?.() });
      if (isBlocked(file)) return setStatus({ kind: "blocked", reasons: file.reasons });
      const fragment = await encodeShareFragment(new TextDecoder().decode(file.bytes), passphrase || undefined);
      const link = shareUrl(window.location.origin, fragment);
      setStatus(
        link.ok
          ? { kind: "made", url: link.url, sealed: Boolean(passphrase) }
          : { kind: "too-long", length: link.length },
      );
    } catch {
      setStatus({
        kind: "error",
        message: "The link could not be made in this browser. Nothing was sent anywhere; use “Save ticket file”.",
      });
    }
  }

  async function copy(url: string, sealed: boolean) {
    try {
      await navigator.clipboard.writeText(url);
      setStatus({ kind: "made", url, sealed, copied: true });
    } catch {
      setStatus({ kind: "error", message: "The browser did not allow copying: select the link and copy it yourself." });
    }
  }

  return (
    <section className="share-actions card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Share a read-only link</h3>
      <p className="muted">
        For a colleague or the hospital&apos;s analyst. The link carries the redacted ticket after its <code>#</code>,
        which browsers never send to a server — not even this one. Links up to {LIMIT} characters; a longer ticket
        (large evidence) goes as the ticket file instead.
      </p>
      {!hydrated ? (
        <p>Making a link needs JavaScript: use “Save ticket file” and send the file.</p>
      ) : (
        <form onSubmit={(event) => void make(event)} className="share-form">
          <div className="field">
            <label htmlFor={`${id}-pass`} className="field-label">
              Passphrase <span className="optional">(optional)</span>
            </label>
            <div id={`${id}-pass-hint`} className="hint">
              With a passphrase the link is encrypted: send the passphrase another way (a call, a separate message).
            </div>
            <input
              id={`${id}-pass`}
              type="password"
              autoComplete="new-password"
              className="input input--id"
              aria-describedby={`${id}-pass-hint`}
              value={passphrase}
              onChange={(event) => setPassphrase(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary" disabled={status.kind === "working"}>
            {status.kind === "working" ? "Checking for leaks…" : "Make share link"}
          </button>
        </form>
      )}
      <div role="status" className="share-status">
        {status.kind === "made" ? (
          <div className="share-made">
            <label htmlFor={`${id}-url`} className="field-label">
              Share link{status.sealed ? " (encrypted)" : ""}, {status.url.length.toLocaleString("en-US")} characters
            </label>
            <input
              id={`${id}-url`}
              className="input share-url"
              readOnly
              value={status.url}
              onFocus={(e) => e.target.select()}
            />
            <button type="button" className="button" onClick={() => void copy(status.url, status.sealed)}>
              Copy link
            </button>
            {status.copied ? <p>Link copied.</p> : null}
          </div>
        ) : null}
        {status.kind === "too-long" ? (
          <p>
            This ticket needs a {status.length.toLocaleString("en-US")}-character link, past the {LIMIT} that mail and
            chat tools keep intact. Use “Save ticket file” and send the file instead.
          </p>
        ) : null}
      </div>
      {status.kind === "blocked" ? (
        <LeakBlock reasons={status.reasons}>
          <strong>No link made.</strong> The ticket would carry a secret or a patient identifier:
        </LeakBlock>
      ) : null}
      {status.kind === "error" ? (
        <p role="alert" className="error">
          {status.message}
        </p>
      ) : null}
    </section>
  );
}
