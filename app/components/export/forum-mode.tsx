// Forum mode: choose which sections and evidence go into the post, see its length against the forum's limit as you
// choose, and copy it whole or section by section in the template's order. Built from the export's own document,
// and only after the export's leak check has passed on the whole ticket.
import { useEffect, useId, useMemo, useState } from "react";
import { FORUM_POST_LIMIT, forumParts, forumPost } from "~/export/forum-post";
import { prepareExport } from "~/export/prepare-export";
import type { KnownValue } from "~/redaction/redact";
import type { Ticket } from "~/ticket/schema";

type Check = { kind: "checking" } | { kind: "passed" } | { kind: "blocked" } | { kind: "failed" };
const count = (n: number) => n.toLocaleString("en-US");

interface ForumModeProps {
  ticket: Ticket;
  /** The values the Evidence step removed from the raw evidence (memory only), for the ticket's privacy boundary. */
  evidenceKnown?: () => readonly KnownValue[];
}

export function ForumMode({ ticket, evidenceKnown }: ForumModeProps) {
  const id = useId();
  const [check, setCheck] = useState<Check>({ kind: "checking" });
  const [copied, setCopied] = useState<string | null>(null);
  const prepared = useMemo(() => {
    try {
      const { document } = prepareExport(ticket, { evidenceKnown: evidenceKnown?.() });
      return { document, parts: forumParts(document) };
    } catch {
      return null;
    }
  }, [ticket, evidenceKnown]);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(prepared?.parts.map((p) => p.id) ?? []));

  useEffect(() => {
    let live = true;
    void import("~/export/export-ticket")
      .then(({ exportTicket, isBlocked }) =>
        exportTicket(ticket, "md", { evidenceKnown: evidenceKnown?.() }).then((r) =>
          isBlocked(r) ? "blocked" : "passed",
        ),
      )
      .catch(() => "failed" as const)
      .then((kind) => live && setCheck({ kind }));
    return () => {
      live = false;
    };
  }, [ticket, evidenceKnown]);

  if (!prepared) return null;
  const { document, parts } = prepared;
  const post = forumPost(document, parts, chosen);
  const over = post.length > FORUM_POST_LIMIT;

  const toggle = (partId: string) =>
    setChosen((c) => {
      const next = new Set(c);
      if (next.has(partId)) next.delete(partId);
      else next.add(partId);
      return next;
    });

  async function copy(what: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(what);
    } catch {
      setCopied("failed");
    }
  }

  return (
    <section className="forum-mode card" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Forum post</h3>
      <p className="muted">
        Choose what goes into the post. The forum does not publish a length limit and refuses very long posts, so this
        keeps a post under {count(FORUM_POST_LIMIT)} characters; leave out evidence or attach the PDF for the rest.
      </p>
      <p role="status" className={over ? "forum-length forum-length--over" : "forum-length"} id={`${id}-length`}>
        {count(post.length)} of {count(FORUM_POST_LIMIT)} characters
        {over ? ` — ${count(post.length - FORUM_POST_LIMIT)} too many for one post: leave out some evidence.` : ""}
      </p>
      {check.kind === "blocked" || check.kind === "failed" ? (
        <p role="alert" className="error">
          {check.kind === "blocked"
            ? "The leak check blocked this ticket: nothing can be copied. Fix the places listed under the downloads."
            : "The leak check could not run in this browser, so nothing can be copied."}
        </p>
      ) : null}
      <fieldset className="forum-parts">
        <legend className="field-label">Sections, in the template&apos;s order</legend>
        <ol>
          {parts.map((part) => (
            <li key={part.id} className="forum-part">
              <input
                type="checkbox"
                id={`${id}-${part.id}`}
                checked={chosen.has(part.id)}
                onChange={() => toggle(part.id)}
              />
              <label htmlFor={`${id}-${part.id}`}>
                {part.heading}
                <span className="muted">
                  {" "}
                  · {count(part.markdown.length)} characters{part.origin === "addition" ? " · added by this tool" : ""}
                </span>
              </label>
              <button
                type="button"
                className="button button--small"
                disabled={check.kind !== "passed"}
                onClick={() => void copy(part.id, part.markdown)}
                aria-label={`Copy “${part.heading}”`}
              >
                Copy
              </button>
            </li>
          ))}
        </ol>
      </fieldset>
      <button
        type="button"
        className="button"
        disabled={check.kind !== "passed" || over}
        aria-describedby={`${id}-length`}
        onClick={() => void copy("post", post)}
      >
        Copy the post
      </button>
      <p role="status" className="forum-copied">
        {copied === "failed"
          ? "The browser did not allow copying."
          : copied === "post"
            ? "Post copied. Paste it into the forum."
            : copied
              ? `Copied “${parts.find((p) => p.id === copied)?.heading ?? ""}”.`
              : ""}
      </p>
    </section>
  );
}
