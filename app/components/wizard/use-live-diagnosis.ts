// The live diagnosis of the wizard's form: diagnose({ ticket: the partial form, evidence: the form's evidence items })
// recomputed ~300 ms after the last change (debounced), never on every keystroke, in the checks' worker
// (checks-client.ts) so the diagnosis engine never loads on the page. The server diagnoses during its render, so a
// page without JavaScript shows the diagnosis too; in the browser the first render waits for the worker's answer
// (it suspends: a page that arrives with the panel keeps the server's HTML until then). Never throws, whatever the form
// holds: half-filled values, odd types, garbage; a failed diagnosis shows no findings.
import { useEffect, useRef, useState } from "react";
import { EMPTY_DIAGNOSIS, liveDiagnosisInput, sameLiveInput, type LiveInput } from "~/diagnosis/live-input";
import type { Diagnosis } from "~/diagnosis/types";
import { wizardChecks, type CheckClient } from "~/evidence/worker/checks-client";
import { latestOnly } from "~/lib/latest-only";
import * as onServer from "./diagnose-now.server";

export const LIVE_DIAGNOSIS_DELAY_MS = 300;

type DiagnoseNow = (input: LiveInput) => Diagnosis;

export interface LiveDiagnosisOptions {
  delayMs?: number;
  checks?: CheckClient;
  /** Diagnoses during the render (the server); null: only the worker's answer (the browser, where this is undefined). */
  now?: DiagnoseNow | null;
}

/** The last answers, by input: a panel shown again (another step, a remount) shows its diagnosis at once. */
const answered: Array<{ input: LiveInput; diagnosis: Diagnosis }> = [];
const REMEMBERED = 2;
/** The question of a first render (and its answer once there): a render retried after suspending does not ask again. */
let asking: { input: LiveInput; answer: Promise<Diagnosis>; diagnosis?: Diagnosis } | null = null;

const remembered = (input: LiveInput) =>
  answered.find((a) => sameLiveInput(a.input, input))?.diagnosis ??
  (asking && sameLiveInput(asking.input, input) ? asking.diagnosis : undefined);

/** The diagnosis of `input` from the checks (no findings when the check failed), remembered. */
function diagnoseOffPage(input: LiveInput, checks: CheckClient): Promise<Diagnosis> {
  return checks.ask({ check: "diagnosis", input }).then((found) => {
    const diagnosis = found ?? EMPTY_DIAGNOSIS;
    answered.unshift({ input, diagnosis });
    answered.length = Math.min(answered.length, REMEMBERED);
    return diagnosis;
  });
}

function firstAnswer(input: LiveInput, checks: CheckClient): Promise<Diagnosis> {
  if (asking && sameLiveInput(asking.input, input)) return asking.answer;
  const question: NonNullable<typeof asking> = {
    input,
    answer: diagnoseOffPage(input, checks).then((diagnosis) => (question.diagnosis = diagnosis)),
  };
  asking = question;
  return question.answer;
}

function diagnosedNow(input: LiveInput, now: DiagnoseNow | null | undefined): Diagnosis | undefined {
  if (!now) return remembered(input);
  try {
    return now(input);
  } catch {
    return EMPTY_DIAGNOSIS;
  }
}

/** The diagnosis of `values`, recomputed `delayMs` after they stop changing. */
export function useDebouncedDiagnosis(values: unknown, options: LiveDiagnosisOptions = {}): Diagnosis {
  const { delayMs = LIVE_DIAGNOSIS_DELAY_MS, checks = wizardChecks } = options;
  const now = options.now === undefined ? onServer.diagnoseLive : options.now;
  const [state, setState] = useState(() => {
    const input = liveDiagnosisInput(values);
    const diagnosis = diagnosedNow(input, now);
    return { input, diagnosis };
  });
  const latest = useRef(state.input);
  const [question] = useState(latestOnly);

  useEffect(() => {
    const input = liveDiagnosisInput(values);
    if (sameLiveInput(input, latest.current)) return;
    const timer = setTimeout(() => {
      latest.current = input;
      const isLast = question();
      void diagnoseOffPage(input, checks).then((diagnosis) => {
        if (isLast()) setState({ input, diagnosis });
      });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [values, delayMs, checks, question]);

  // No answer yet for the first render: suspend until the worker's (React retries the render with it remembered).
  if (!state.diagnosis) throw firstAnswer(state.input, checks);
  return state.diagnosis;
}
