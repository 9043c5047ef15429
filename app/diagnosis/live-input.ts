// What the live diagnosis reads from the wizard's form, whatever the form holds (half-filled values, odd types,
// garbage): the strings of the application, the problem's prose, the examples and the evidence items with text. Pure
// and light (no diagnosis engine): the page builds it and compares it, the worker diagnoses it.
import { isRecord } from "~/lib/records";
import type { Diagnosis } from "./types";

/** What the panel shows when the diagnosis failed: no findings (never a broken page). */
export const EMPTY_DIAGNOSIS: Diagnosis = { findings: [], scopes: [], summary: "", questions: [] };

export interface LiveInput {
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
