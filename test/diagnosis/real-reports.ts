// Scores the diagnosis on the real-report corpus (test/fixtures/diagnosis/real): a case passes when every hand-labelled
// finding code is present, no code labelled absent is, and the advice (summary, titles, explanations, next steps)
// mentions every labelled word.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { diagnose } from "~/diagnosis/diagnose";
import type { Diagnosis } from "~/diagnosis/types";
import { FIXTURES } from "./fixtures";

export interface RealCase {
  id: string;
  source: string;
  expectedCodes: string[];
  adviceMentions: string[];
  /** Codes that must not appear: a failure that is not an authorization problem must get no authorization cause. */
  absentCodes?: string[];
  evidence: string[];
}

export interface CaseResult {
  id: string;
  pass: boolean;
  missingCodes: string[];
  missingMentions: string[];
  /** Labelled-absent codes the diagnosis gave anyway. */
  wrongCodes: string[];
  codes: string[];
  summary: string;
}

const REAL = join(FIXTURES, "real");

export const realCases = (): RealCase[] =>
  readdirSync(REAL, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => JSON.parse(readFileSync(join(REAL, d.name, "case.json"), "utf8")) as RealCase)
    .sort((a, b) => a.id.localeCompare(b.id));

export const adviceText = (d: Diagnosis): string =>
  [d.summary, ...d.findings.flatMap((f) => [f.title, f.explanation, ...f.nextSteps]), ...d.questions]
    .join("\n")
    .toLowerCase();

export function scoreCase(c: RealCase): CaseResult {
  const evidence = c.evidence.map((name) => ({ id: name, text: readFileSync(join(REAL, c.id, name), "utf8") }));
  const d = diagnose({ evidence });
  const codes = [...new Set(d.findings.map((f) => f.code))];
  const advice = adviceText(d);
  const missingCodes = c.expectedCodes.filter((code) => !codes.includes(code as (typeof codes)[number]));
  const missingMentions = c.adviceMentions.filter(
    (m) => !m.split("|").some((alt) => advice.includes(alt.toLowerCase())),
  );
  const wrongCodes = (c.absentCodes ?? []).filter((code) => codes.includes(code as (typeof codes)[number]));
  return {
    id: c.id,
    pass: !missingCodes.length && !missingMentions.length && !wrongCodes.length,
    missingCodes,
    missingMentions,
    wrongCodes,
    codes,
    summary: d.summary,
  };
}
