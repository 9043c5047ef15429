// "Copy Markdown", "Download .md", "Download PDF", "Save ticket file" (the ticket's JSON, to reopen or export with the
// CLI later) for a validated ticket. With JavaScript the files are made in the
// browser (exportTicket: re-redaction, diagnosis, leak check, render) and nothing is uploaded — only the PDF fonts
// are fetched from this app. Without JavaScript the same buttons post the ticket to the /export resource route.
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { fetchFonts } from "~/document/fonts";
import type { PageSize } from "~/document/pdf";
import type { ExportFormat, ExportedFile } from "~/export/export-ticket";
import type { KnownValue } from "~/redaction/redact";
import { FORUM_POST_LIMIT } from "~/export/forum-post";
import { LeakBlock } from "./leak-block";
import type { Ticket } from "~/ticket/schema";

export interface TicketDownloadsProps {
  ticket: Ticket;
  pageSize?: PageSize;
  /** Where the app serves the PDF fonts (app/routes/fonts.$name.ts). */
  fontsUrl?: string;
  /** The values the Evidence step removed from the raw evidence (memory only), for the ticket's privacy boundary. */
  evidenceKnown?: () => readonly KnownValue[];
  /** Takes the user to a form field (from a blocked export). Without it, the reasons are plain text. */
  onFixField?: (path: string) => void;
}

type Status =
  | { kind: "idle" }
  | { kind: "working"; message: string }
  | { kind: "done"; message: string }
  | { kind: "blocked"; reasons: string[]; fields: Array<string | null> }
  | { kind: "error"; message: string };

/** Saves bytes as a file through a temporary object URL (no server round trip). */
function saveFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([file.bytes.slice()], { type: file.contentType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The warning for Markdown longer than a forum post takes (see Forum post below the buttons). */
function tooLong(file: ExportedFile): string {
  const length = new TextDecoder().decode(file.bytes).length;
  if (length <= FORUM_POST_LIMIT) return "";
  return ` It is ${length.toLocaleString("en-US")} characters, more than the ${FORUM_POST_LIMIT.toLocaleString("en-US")} a forum post takes: use “Forum post” to leave out evidence, and attach the PDF.`;
}

const WORKING = { md: "Making the Markdown…", pdf: "Making the PDF…", json: "Checking and saving the ticket file…" };

export function TicketDownloads({
  ticket,
  pageSize = "A4",
  fontsUrl = "/fonts",
  evidenceKnown,
  onFixField,
}: TicketDownloadsProps) {
  const [hydrated, setHydrated] = useState(false);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const fonts = useMemo(() => fetchFonts(fontsUrl), [fontsUrl]);
  const json = useMemo(() => JSON.stringify(ticket), [ticket]);
  const alertRef = useRef<HTMLDivElement>(null);
  useEffect(() => setHydrated(true), []);
  useEffect(() => {
    if (status.kind === "blocked") alertRef.current?.focus();
  }, [status]);

  async function run(format: ExportFormat | "json", action: "download" | "copy") {
    setStatus({ kind: "working", message: WORKING[format] });
    try {
      // Loaded on first use: pdf-lib, the redactor and the diagnosis are not needed to show the page.
      const [{ exportTicket, isBlocked, ExportError }, { exportTicketFile }] = await Promise.all([
        import("~/export/export-ticket"),
        import("~/export/ticket-file"),
      ]);
      try {
        const known = evidenceKnown?.();
        const result =
          format === "json"
            ? await exportTicketFile(ticket, { evidenceKnown: known })
            : await exportTicket(ticket, format, {
                fonts: format === "pdf" ? fonts : undefined,
                pageSize,
                evidenceKnown: known,
              });
        if (isBlocked(result)) {
          setStatus({ kind: "blocked", reasons: result.reasons, fields: result.fields });
          return;
        }
        if (action === "copy") {
          if (!navigator.clipboard?.writeText) throw new Error("no clipboard");
          await navigator.clipboard.writeText(new TextDecoder().decode(result.bytes));
          setStatus({ kind: "done", message: `Markdown copied. Paste it into your forum post.${tooLong(result)}` });
        } else {
          saveFile(result);
          setStatus({ kind: "done", message: `Saved ${result.filename}.${format === "md" ? tooLong(result) : ""}` });
        }
      } catch (error) {
        const message =
          error instanceof ExportError
            ? error.message
            : action === "copy"
              ? "The browser did not allow copying. Use “Download .md” instead."
              : "The file could not be made in the browser. Nothing was sent anywhere; try again.";
        setStatus({ kind: "error", message });
      }
    } catch {
      setStatus({
        kind: "error",
        message: "The export code could not be loaded. Check your connection and try again.",
      });
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!hydrated) return; // not yet interactive: let the browser post the form
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const value = submitter instanceof HTMLButtonElement ? submitter.value : "md";
    const format = value === "pdf" || value === "json" ? value : "md";
    void run(format, "download");
  }

  const busy = status.kind === "working";
  return (
    <div className="ticket-downloads">
      <form method="post" action="/export?format=md" onSubmit={onSubmit} aria-label="Export the ticket">
        <input type="hidden" name="ticket" value={json} />
        {hydrated ? (
          <button type="button" className="button" onClick={() => void run("md", "copy")} disabled={busy}>
            Copy Markdown
          </button>
        ) : null}
        <button
          type="submit"
          className="button"
          name="format"
          value="md"
          formAction="/export?format=md"
          disabled={busy}
        >
          Download .md
        </button>
        <button
          type="submit"
          className="button"
          name="format"
          value="pdf"
          formAction="/export?format=pdf"
          disabled={busy}
        >
          Download PDF
        </button>
        <button
          type="submit"
          className="button"
          name="format"
          value="json"
          formAction="/export?format=json"
          disabled={busy}
        >
          Save ticket file
        </button>
      </form>
      <p role="status" aria-live="polite" className="ticket-downloads-status">
        {status.kind === "working" || status.kind === "done" ? status.message : ""}
      </p>
      {status.kind === "error" ? (
        <p role="alert" className="error">
          {status.message}
        </p>
      ) : null}
      {status.kind === "blocked" ? (
        <LeakBlock reasons={status.reasons} fields={status.fields} onFixField={onFixField} ref={alertRef}>
          <strong>Export blocked.</strong> The file would contain a secret or a patient identifier. Fix these places and
          export again:
        </LeakBlock>
      ) : null}
    </div>
  );
}
