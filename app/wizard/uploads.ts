// Files posted by the no-JavaScript Evidence step → new evidence items, with the browser's checks and messages
// (app/evidence/file-text.ts) and its item limit. A file is named by its position and size, never by its content (nor
// by its name, which may carry a patient's name). The raw text returned here goes straight to the same redaction as a
// pasted item (submission.ts); nothing of it is kept or logged before that.
import { detectKind } from "~/evidence/detect";
import { fileTextFromBytes } from "~/evidence/file-text";
import { MAX_EVIDENCE_ITEMS } from "~/ticket/limits";
import type { UploadedFile } from "./read-form.server";
import { nextEvidenceId, type EvidenceValues } from "./values";

export interface UploadOutcome {
  /** New evidence items holding the RAW text (to be redacted before anything else sees them). */
  items: EvidenceValues[];
  /** Why a file was not added, one sentence each. */
  refused: string[];
  /** Added, with a caveat (bytes that are not valid UTF-8). */
  notes: string[];
}

const subject = (file: UploadedFile, count: number) =>
  count === 1 ? "The file you chose" : `File ${file.position} of ${count}`;

/** Adds what fits after `existing` items; the files past the item limit are refused. */
export function evidenceFromUploads(
  files: readonly UploadedFile[],
  existing: ReadonlyArray<{ id?: unknown }>,
): UploadOutcome {
  const outcome: UploadOutcome = { items: [], refused: [], notes: [] };
  const taken = [...existing];
  for (const file of files) {
    const who = subject(file, files.length);
    if (taken.length >= MAX_EVIDENCE_ITEMS) {
      outcome.refused.push(
        `${who} was not added: fifty evidence items is the limit. Merge or remove some before adding more.`,
      );
      continue;
    }
    const read = fileTextFromBytes(who, file.bytes);
    if (!read.ok) {
      outcome.refused.push(read.message);
      continue;
    }
    const id = nextEvidenceId(taken);
    const item: EvidenceValues = { id, kind: detectKind(read.text), label: "", text: read.text };
    taken.push(item);
    outcome.items.push(item);
    outcome.notes.push(...read.warnings);
  }
  return outcome;
}
