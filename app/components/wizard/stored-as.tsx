// The "Stored as" line under a date and time field: the instant the ticket will store, read by the schema's own
// reader. The server renders it in place (stored-as.server.ts); the page asks the checks' worker, so the date reader
// is not among the scripts the steps before Evidence load. A page that arrives with the line keeps the server's words
// until the answer is there (hydration waits in the Suspense boundary); a value typed later shows its line when the
// answer comes.
import { Suspense } from "react";
import { wizardChecks } from "~/evidence/worker/checks-client";
import * as onServer from "./stored-as.server";

/** The stored instant per typed value (null: not one), or the question still waiting for its answer. */
const answers = new Map<string, string | null | Promise<void>>();
/** Values typed on one page are few; past this many the oldest answers are asked again if needed. */
const MAX_ANSWERS = 100;

function storedIso(value: string): string | null {
  if (onServer.readTimestamp) {
    const result = onServer.readTimestamp(value);
    return result.ok ? result.iso : null;
  }
  let known = answers.get(value);
  if (known === undefined) {
    if (answers.size >= MAX_ANSWERS) answers.clear();
    known = wizardChecks
      .ask({ check: "timestamp", value })
      .then((result) => void answers.set(value, result?.ok ? result.iso : null));
    answers.set(value, known);
  }
  // Suspends until the answer (React renders again then).
  if (known instanceof Promise) throw known;
  return known;
}

function Stored({ value }: { value: string }) {
  const iso = storedIso(value);
  return iso ? (
    <>
      Stored as <code>{iso}</code>
    </>
  ) : null;
}

/** Longer than any date and time the reader takes (it refuses more than 100 characters): never asked about. */
const MAX_ASKED = 100;

export function StoredAs({ value }: { value: string }) {
  const typed = value.trim();
  if (!typed || typed.length > MAX_ASKED) return null;
  return (
    <Suspense fallback={null}>
      <Stored value={value} />
    </Suspense>
  );
}
