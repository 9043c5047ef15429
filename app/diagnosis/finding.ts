// Building findings: evidence references with redaction-safe excerpts, and a last scrub that removes anything
// credential-shaped from every text a finding carries (defence in depth: excerpts are built from scopes, IDs, error
// codes and described URLs only).
import { clientIdProblem } from "~/ticket/identifiers";
import type { Basis, Finding, FindingCode, FindingEvidence, Severity } from "./types";
import type { Ref, RequestFact } from "./facts-model";
import { describeError, type ParsedError } from "./errors";
import type { ParsedScope } from "./scopes";

export function finding(input: {
  code: FindingCode;
  severity: Severity;
  basis: Basis;
  title: string;
  explanation: string;
  evidence: FindingEvidence[];
  nextSteps: string[];
  scopes?: string[];
}): Finding {
  const out: Finding = {
    code: input.code,
    severity: input.severity,
    title: input.title,
    explanation: input.explanation,
    evidence: dedupeEvidence(input.evidence),
    nextSteps: input.nextSteps,
    basis: input.basis,
  };
  if (input.scopes?.length) out.scopes = [...new Set(input.scopes)];
  return out;
}

function dedupeEvidence(list: FindingEvidence[]): FindingEvidence[] {
  const seen = new Set<string>();
  return list.filter((e) => {
    const key = `${e.itemId}\u0000${e.location}\u0000${e.excerpt ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const ev = (ref: Ref, excerpt?: string): FindingEvidence => ({
  itemId: ref.itemId,
  location: ref.location,
  ...(excerpt ? { excerpt: clip(excerpt) } : {}),
  ...(ref.prose ? { fromProse: true } : {}),
});

const clip = (s: string, max = 300): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Up to `max` scope spellings, space-separated, with "(+N more)". */
export function scopeExcerpt(scopes: readonly ParsedScope[] | readonly string[], max = 12): string {
  const names = scopes.map((s) => (typeof s === "string" ? s : s.normalised));
  return names.slice(0, max).join(" ") + (names.length > max ? ` (+${names.length - max} more)` : "");
}

export const errorExcerpt = (e: ParsedError): string => describeError(e);

/** METHOD /r4/{tenant}/Type/{id}?param=… → status (ids and query values never shown). */
export function requestExcerpt(r: RequestFact): string {
  const marks = r.placeholders?.length
    ? ` (placeholders ${[...new Set(r.placeholders)].join(", ")} read as written)`
    : "";
  return `${r.interaction.describe}${r.status ? ` → ${r.status}` : ""}${marks}`;
}

/** An identifier value safe to quote: a client "ID" that looks like a secret or a token is withheld. */
export function safeIdentifier(kind: string, value: string): string {
  if (kind === "client-id") {
    const problem = clientIdProblem(value);
    if (problem && /secret|token|credential/i.test(problem))
      return "(value withheld: it looks like a secret or a token)";
  }
  return value.length > 120 ? `${value.slice(0, 117)}…` : value;
}

const JWT = /e[wy][A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g;
/** A scheme and its credential; "Bearer undefined" and "Bearer null" carry none, and advice quotes them by name. */
const AUTH = /\b(Bearer|Basic|DPoP|Negotiate)\s+(?!realm=|(?:undefined|null|None|nil)\b)[A-Za-z0-9._~+/=-]{8,}/g;
const SECRET_PARAM =
  /\b(client_secret|access_token|refresh_token|id_token|client_assertion|assertion|password|code_verifier)(["']?\s*[=:]\s*["']?)(?!\[REDACTED)[^\s"'&,;]{4,}/gi;
const PEM = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;
const LONG_RANDOM =
  /(?<![A-Za-z0-9+_=-])(?=[A-Za-z0-9+_=-]*[A-Z])(?=[A-Za-z0-9+_=-]*[a-z])(?=[A-Za-z0-9+_=-]*\d)[A-Za-z0-9+_=-]{32,}(?![A-Za-z0-9+_=-])/g;

/** Removes anything credential-shaped from a text meant for the ticket. */
export function scrub(text: string): string {
  return text
    .replace(PEM, "[private key removed]")
    .replace(JWT, "[token removed]")
    .replace(AUTH, "$1 [credential removed]")
    .replace(SECRET_PARAM, "$1$2[removed]")
    .replace(LONG_RANDOM, (m) => (/^[0-9a-f-]+$/i.test(m) ? m : "[secret-like value removed]"));
}

export function scrubFinding(f: Finding): Finding {
  return {
    ...f,
    title: scrub(f.title),
    explanation: scrub(f.explanation),
    evidence: f.evidence.map((e) => ({
      ...e,
      location: scrub(e.location),
      ...(e.excerpt !== undefined ? { excerpt: scrub(e.excerpt) } : {}),
    })),
    nextSteps: f.nextSteps.map(scrub),
    ...(f.scopes ? { scopes: f.scopes.map(scrub) } : {}),
  };
}

export const list = (items: readonly string[]): string => {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
};
