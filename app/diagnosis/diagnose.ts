// The automated scope diagnosis: ticket values (a partial form) + evidence (raw or redacted text of any kind) →
// ranked findings, the scope matrix, a summary paragraph and questions for Oracle Health support. Pure and total:
// it never throws, whatever it is given (the UI calls it live as the user types).
import type { EvidenceKind, EvidenceText, ParsedEvidence } from "~/evidence/model";
import { isEvidenceKind } from "~/ticket/schema";
import { parseEvidence } from "~/evidence/parse";
import { detectKind } from "~/evidence/detect";
import type { Diagnosis, Finding, Severity, Basis } from "./types";
import { buildFacts, type ParsedItem } from "./facts";
import type { Facts } from "./facts-model";
import { POST_RULES, RULES, RULE_ORDER } from "./rules";
import { scrub, scrubFinding } from "./finding";
import { scopeMatrix } from "./scope-matrix";
import { summarise } from "./summary";
import { supportQuestions } from "./questions";
import { normaliseTicket, type DiagnosisTicket } from "./ticket-input";

export type { DiagnosisTicket };

/** An evidence item as the API and the CLI receive it: id and kind optional (kind detected when missing). */
export interface DiagnosisEvidence {
  id?: string;
  kind?: EvidenceKind | string;
  text: string;
}

export interface DiagnoseInput {
  ticket?: DiagnosisTicket | null;
  evidence?: ReadonlyArray<EvidenceText | DiagnosisEvidence> | null;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const BASIS_RANK: Record<Basis, number> = { observed: 0, documented: 1, inference: 2 };

/** Errors first; then how directly the evidence supports it (observed, documented, inference); then the rule order. */
export function rankFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] ||
        BASIS_RANK[a.f.basis] - BASIS_RANK[b.f.basis] ||
        (RULE_ORDER.get(a.f.code) ?? 99) - (RULE_ORDER.get(b.f.code) ?? 99) ||
        b.f.evidence.length - a.f.evidence.length ||
        a.i - b.i,
    )
    .map((x) => x.f);
}

function toItems(evidence: DiagnoseInput["evidence"]): EvidenceText[] {
  if (!Array.isArray(evidence)) return [];
  const used = new Set<string>();
  const out: EvidenceText[] = [];
  evidence.forEach((raw: unknown, index) => {
    if (!raw || typeof raw !== "object") return;
    const { id, kind, text } = raw as { id?: unknown; kind?: unknown; text?: unknown };
    if (typeof text !== "string") return;
    let itemId = typeof id === "string" && id.trim() ? id.trim().slice(0, 64) : `e${index + 1}`;
    while (used.has(itemId)) itemId = `${itemId}'`;
    used.add(itemId);
    const known = isEvidenceKind(kind) ? kind : null;
    out.push({ id: itemId, kind: known ?? safeDetect(text), text });
  });
  return out;
}

function safeDetect(text: string): EvidenceKind {
  try {
    return detectKind(text);
  } catch {
    return "text";
  }
}

function safeParse(item: EvidenceText): ParsedEvidence {
  try {
    return parseEvidence(item);
  } catch {
    return {
      itemId: item.id,
      kind: item.kind,
      exchanges: [],
      tokens: [],
      documents: [],
      lines: item.text.split(/\r?\n/),
      warnings: [],
    };
  }
}

/** Facts of an input (exported for tests and tools; the rules read nothing else). */
export function factsOf(input: DiagnoseInput): Facts {
  const ticket = normaliseTicket(input?.ticket);
  return buildFacts(ticket, parsedOneByOne(toItems(input?.evidence)));
}

/**
 * Each item parsed when its facts are read, and dropped before the next is parsed: the parse of an 8 MB log (its
 * lines, exchanges, documents) is several times its size, so only one is ever alive, whatever the number of items.
 */
function* parsedOneByOne(items: readonly EvidenceText[]): Generator<ParsedItem> {
  for (const item of items) yield { item, parsed: safeParse(item) };
}

export function diagnose(input: DiagnoseInput): Diagnosis {
  let facts: Facts;
  try {
    facts = factsOf(input ?? {});
  } catch {
    facts = buildFacts(normaliseTicket(null), []);
  }
  const findings: Finding[] = [];
  for (const [, rule] of RULES) {
    try {
      findings.push(...rule(facts));
    } catch {
      // A rule that cannot read odd input reports nothing rather than failing the whole diagnosis.
    }
  }
  for (const [, rule] of POST_RULES) {
    try {
      findings.push(...rule(facts, findings));
    } catch {
      // Same guard as above.
    }
  }
  const ranked = rankFindings(findings).map(scrubFinding);
  let scopes: Diagnosis["scopes"] = [];
  let summary = "";
  let questions: string[] = [];
  try {
    scopes = scopeMatrix(facts);
  } catch {
    scopes = [];
  }
  try {
    summary = scrub(summarise(facts, ranked));
  } catch {
    summary = "";
  }
  try {
    questions = supportQuestions(facts, ranked).map(scrub);
  } catch {
    questions = [];
  }
  return { findings: ranked, scopes, summary, questions };
}
