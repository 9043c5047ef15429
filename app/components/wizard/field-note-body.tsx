// The words and buttons of a typed field's privacy note (field-notes.tsx shows them in the field's live region): what
// the export will replace in the answer — its type and line, never the value — with "Redact it" and, for personal data
// only, "It is not personal data" (with a confirmation that names the risk). Its own chunk, loaded with the first note.
// Reaches the first page's modules, so they share its chunks (docs/first-page-weight.md, "One chunk set").
export { Wizard as withFirstPage } from "./wizard";
import { useEffect, useState } from "react";
import { formatCount, typeWords } from "~/components/evidence/format";
import type { FieldNote } from "~/privacy/field-notes";
import { restoreRisk } from "~/privacy/restore-risk";
import { EVIDENCE_KIND_LABELS } from "~/wizard/labels";
import type { FieldName } from "~/wizard/values";
import type { FieldNotesApi } from "./field-notes";

const article = (words: string) =>
  /^[aeiou]/i.test(words) && !/^(?:url|user)/i.test(words) ? `an ${words}` : `a ${words}`;

function findingWords(note: FieldNote): string {
  return note.findings
    .map((f) => {
      const what = f.category === "custom" ? "one of your words to redact" : article(typeWords(f.type));
      const where = f.lines.length ? ` (line ${f.lines.join(", ")})` : "";
      const times = f.count > 1 ? `, ${formatCount(f.count)} times` : "";
      return `${what}${where}${times}`;
    })
    .join("; ");
}

/** The note under one field (inside its live region, field-notes.tsx): what the check found, and what to do. */
export function FieldNoteBody({ name, note, api }: { name: FieldName; note: FieldNote; api: FieldNotesApi }) {
  const [confirming, setConfirming] = useState(false);
  useEffect(() => setConfirming(false), [note]);
  const personalTypes = note.findings.filter((f) => note.personal[f.placeholder] !== undefined).map((f) => f.type);
  const risk = restoreRisk(personalTypes);
  const hasSecret = note.findings.some((f) => f.category !== "phi");
  return (
    <div className="note note--warning privacy-note" data-field={name}>
      {note.move ? (
        <p>
          <strong>Move this to the Evidence step.</strong>{" "}
          {note.move.reason === "size"
            ? `It is ${formatCount(note.move.length)} characters: too long for an answer, and too long to check here.`
            : `It looks like ${article(EVIDENCE_KIND_LABELS[note.move.kind] ?? "capture")}.`}{" "}
          Paste it there, where it is parsed and redacted by its structure, and keep a one-line summary here.
        </p>
      ) : null}
      {note.findings.length ? (
        <>
          <p>
            <strong>Privacy check:</strong> this answer holds {findingWords(note)}. The export replaces{" "}
            {note.findings.length === 1 ? "it" : "them"} with placeholders.
            {hasSecret ? " Secrets and your words to redact are always replaced." : ""}
          </p>
          {confirming && risk ? (
            <div className="privacy-note-confirm">
              <p>{risk}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  setConfirming(false);
                  api.keep(name);
                }}
              >
                Keep it: it is made up
              </button>{" "}
              <button type="button" className="button button--link" onClick={() => setConfirming(false)}>
                Cancel
              </button>
            </div>
          ) : (
            <p className="privacy-note-actions">
              <button type="button" className="button button--secondary" onClick={() => api.redact(name)}>
                Redact it
              </button>
              {personalTypes.length ? (
                <>
                  {" "}
                  <button
                    type="button"
                    className="button button--link"
                    onClick={() => (risk ? setConfirming(true) : api.keep(name))}
                  >
                    It is not personal data
                  </button>
                </>
              ) : null}
            </p>
          )}
        </>
      ) : null}
    </div>
  );
}
