// The "Stored as" line under a date and time field: the instant the ticket will store, read by the schema's own
// reader. The server renders it in place (stored-as.server.ts); the page asks the checks' worker, so the date reader
// is not among the scripts the steps before Evidence load. A page that arrives with the line keeps the server's words
// until the answer is there (hydration waits in the Suspense boundary); a value typed later shows its line when the
// answer comes.
import { Suspense } from "react";
import { wizardChecks } from "~/evidence/worker/checks-client";
import { MAX_TIMESTAMP_TEXT } from "~/ticket/limits";
import type { TimestampResult } from "~/ticket/timestamp";
import * as onServer from "./stored-as.server";

/** The instant stored, with how it was read when the text could be taken another way. */
type Reading = { iso: string; note?: string };

const readingOf = (result: TimestampResult | null | undefined): Reading | null =>
  result?.ok ? { iso: result.iso, note: result.note } : null;

/** The stored instant per typed value (null: not one), or the question still waiting for its answer. */
const answers = new Map<string, Reading | null | Promise<void>>();
/** Values typed on one page are few; past this many the oldest answers are asked again if needed. */
const MAX_ANSWERS = 100;

function stored(value: string): Reading | null {
  if (onServer.readTimestamp) return readingOf(onServer.readTimestamp(value));
  let known = answers.get(value);
  if (known === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    known = wizardChecks
      .ask({ check: "timestamp", value })
      .then((result) => void answers.set(value, readingOf(result)));
    answers.set(value, known);
  }
  // Suspends until the answer (React renders again then).
  if (known instanceof Promise) throw known;
  return known;
}

function Stored({ value }: { value: string }) {
  const reading = stored(value);
  return reading ? (
    <>
      Stored as <code>{reading.iso}</code>
      {reading.note ? ` — ${reading.note}` : null}
    </>
  ) : null;
}

export function StoredAs({ value }: { value: string }) {
  const typed = value.trim();
  // Longer than any text the reader takes: never asked about.
  if (!typed || typed.length > MAX_TIMESTAMP_TEXT) return null;
  return (
    <Suspense fallback={null}>
      <Stored value={value} />
    </Suspense>
  );
}
