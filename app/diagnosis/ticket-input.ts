// The ticket's form values the diagnosis reads: a PARTIAL of the form (the UI diagnoses live while the user types),
// so every field is optional and any odd value is tolerated (ignored), never thrown on.
import { EXAMPLE_KEYS } from "~/wizard/values";
import { pastedField } from "~/ticket/pasted-values";

export interface DiagnosisApplication {
  appType?: string;
  smartVersion?: string;
  environment?: string;
  tenantId?: string;
  fhirBaseUrl?: string;
  clientId?: string;
  appId?: string;
  requestedScopes?: string;
  grantedScopes?: string;
  /** When the scope was added/changed in Code Console (ISO 8601 with zone, or an HTTP date). */
  scopesChangedAt?: string;
}

export interface DiagnosisExample {
  xRequestId?: string;
  cernerCorrelationId?: string;
  opcRequestId?: string;
  occurredAt?: string;
  method?: string;
  url?: string;
  status?: number | string;
}

/** The form's free-text problem fields: read by the prose reader (scopes, errors, failures told in words). */
export interface DiagnosisProblem {
  workflow?: string;
  background?: string;
  expected?: string;
  actual?: string;
}

export interface DiagnosisTicket {
  application?: DiagnosisApplication;
  examples?: DiagnosisExample[];
  problem?: DiagnosisProblem;
}

export interface NormalisedTicket {
  application: { [K in keyof DiagnosisApplication]?: string };
  problem: { [K in keyof DiagnosisProblem]?: string };
  examples: Array<{ [K in keyof DiagnosisExample]?: string } & { index: number; statusCode: number | null }>;
}

const text = (v: unknown, max = 20_000): string | undefined => {
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  if (typeof v !== "string") return undefined;
  const t = v.trim();
  return t && t.length <= max ? t : undefined;
};

const APPLICATION_FIELDS = [
  "appType",
  "smartVersion",
  "environment",
  "tenantId",
  "fhirBaseUrl",
  "clientId",
  "appId",
  "requestedScopes",
  "grantedScopes",
  "scopesChangedAt",
] as const;
export const PROBLEM_FIELDS = ["workflow", "background", "expected", "actual"] as const;

/** A field as the ticket schema reads it: what was pasted around the value taken off (pasted-values.ts). */
const field = (key: string, value: string | undefined) => (value === undefined ? value : pastedField(key, value));

/** Coerces whatever arrived (form state, API JSON) into trimmed strings; drops what is not a string. */
export function normaliseTicket(input: unknown): NormalisedTicket {
  const out: NormalisedTicket = { application: {}, problem: {}, examples: [] };
  if (!input || typeof input !== "object") return out;
  const app = (input as { application?: unknown }).application;
  if (app && typeof app === "object") {
    for (const key of APPLICATION_FIELDS) {
      const value = field(key, text((app as Record<string, unknown>)[key]));
      if (value !== undefined) out.application[key] = value;
    }
  }
  const problem = (input as { problem?: unknown }).problem;
  if (problem && typeof problem === "object") {
    for (const key of PROBLEM_FIELDS) {
      const value = text((problem as Record<string, unknown>)[key]);
      if (value !== undefined) out.problem[key] = value;
    }
  }
  const examples = (input as { examples?: unknown }).examples;
  if (Array.isArray(examples)) {
    examples.slice(0, 50).forEach((example, index) => {
      if (!example || typeof example !== "object") return;
      const row: NormalisedTicket["examples"][number] = { index, statusCode: null };
      for (const key of EXAMPLE_KEYS) {
        const value = field(key, text((example as Record<string, unknown>)[key], 4_000));
        if (value !== undefined) row[key] = value;
      }
      const status = row.status && /^\d{3}$/.test(row.status) ? Number(row.status) : null;
      row.statusCode = status;
      out.examples.push(row);
    });
  }
  return out;
}
