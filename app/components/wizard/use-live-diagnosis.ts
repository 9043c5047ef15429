// The live diagnosis of the wizard's form: diagnose({ ticket: the partial form, evidence: the form's evidence items })
// recomputed ~300 ms after the last change (debounced), never on every keystroke. The first diagnosis is computed
// during the first render, so a server-rendered page (no JavaScript) shows it too. Never throws, whatever the form
// holds: half-filled values, odd types, garbage.
import { useEffect, useRef, useState } from "react";
import { diagnose, type DiagnoseInput } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { isRecord } from "~/lib/records";

export const LIVE_DIAGNOSIS_DELAY_MS = 300;

export const EMPTY_DIAGNOSIS: Diagnosis = { findings: [], scopes: [], summary: "", questions: [] };

interface LiveInput {
  application: Record<string, string>;
  /** The problem fields' prose (workflow, expected, actual…): the diagnosis reads scopes and errors from it. */
  problem: Record<string, string>;
  examples: Array<Record<string, string>>;
  evidence: Array<{ id: string; kind?: string; text: string }>;
}

/** Only the string (or finite number) fields of a record: what the diagnosis can read. */
function strings(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const out: Record<string, string> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === "string") out[key] = v;
    else if (typeof v === "number" && Number.isFinite(v)) out[key] = String(v);
  }
  return out;
}

/** What the diagnosis reads from the form's values (whatever they are): application, examples, evidence with text. */
export function liveDiagnosisInput(values: unknown): LiveInput {
  const v = isRecord(values) ? values : {};
  const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
  return {
    application: strings(v.application),
    problem: strings(v.problem),
    examples: list(v.examples).map(strings),
    evidence: list(v.evidence).flatMap((item, i) => {
      const e = strings(item);
      if (!e.text || !e.text.trim()) return [];
      return [{ id: e.id?.trim() || `evidence-${i + 1}`, ...(e.kind ? { kind: e.kind } : {}), text: e.text }];
    }),
  };
}

const sameRecord = (a: Record<string, string>, b: Record<string, string>) => {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
};

const sameList = <T>(a: T[], b: T[], same: (x: T, y: T) => boolean) =>
  a.length === b.length && a.every((x, i) => same(x, b[i]));

/** True when the two inputs would give the same diagnosis (field by field; no serialising of megabytes of evidence). */
export function sameLiveInput(a: LiveInput, b: LiveInput): boolean {
  return (
    sameRecord(a.application, b.application) &&
    sameRecord(a.problem, b.problem) &&
    sameList(a.examples, b.examples, sameRecord) &&
    sameList(a.evidence, b.evidence, (x, y) => x.id === y.id && x.kind === y.kind && x.text === y.text)
  );
}

/** diagnose(), with a last guard: a diagnosis must never break the page. */
export function diagnoseLive(input: LiveInput): Diagnosis {
  try {
    const request: DiagnoseInput = {
      ticket: { application: input.application, problem: input.problem, examples: input.examples },
      evidence: input.evidence,
    };
    return diagnose(request);
  } catch {
    return EMPTY_DIAGNOSIS;
  }
}

/** The diagnosis of `values`, recomputed `delayMs` after they stop changing. */
export function useDebouncedDiagnosis(values: unknown, delayMs = LIVE_DIAGNOSIS_DELAY_MS): Diagnosis {
  const [state, setState] = useState(() => {
    const input = liveDiagnosisInput(values);
    return { input, diagnosis: diagnoseLive(input) };
  });
  const latest = useRef(state.input);

  useEffect(() => {
    const input = liveDiagnosisInput(values);
    if (sameLiveInput(input, latest.current)) return;
    const timer = setTimeout(() => {
      latest.current = input;
      setState({ input, diagnosis: diagnoseLive(input) });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [values, delayMs]);

  return state.diagnosis;
}
