// Which suggested value goes where, and what its button may do. Pure. The rules:
//   - a field that is empty gets a "Use" button;
//   - a field that already holds the same value (compared the way the ticket compares it) says so, no button;
//   - a field that holds a different value gets "Replace <old> with <new>": never overwritten without that click.
// An example suggestion goes to the example that already has one of its IDs, else to the first empty example, else
// to a new example; once the user sent a value to an example, the suggestion stays with that example (pins).
import type { ExampleSuggestion, Suggested, Suggestions } from "~/evidence/extract";
import type { SourceRef } from "~/evidence/model";
import { placeholderReason } from "~/ticket/identifiers";
import { pastedField } from "~/ticket/pasted-values";
import { normaliseTimestamp } from "~/ticket/timestamp";
import { FIELD_LABELS } from "~/wizard/labels";
import { EXAMPLE_KEYS, type ExampleField, type FieldName } from "~/wizard/values";

export type FieldState = "empty" | "same" | "different";

export interface SuggestionRow {
  /** The form path the value goes to, e.g. `examples.1.xRequestId`, `application.tenantId`. */
  name: FieldName;
  /** The field's key inside its section (`xRequestId`). */
  field: string;
  label: string;
  value: string;
  current: string;
  state: FieldState;
  source: SourceRef;
}

export interface ExamplePlan {
  key: string;
  /** Index of the example in the form (a new one is appended at `target`). */
  target: number;
  isNew: boolean;
  rows: SuggestionRow[];
}

type Section = Record<string, unknown>;

const ID_FIELDS: readonly ExampleField[] = ["xRequestId", "cernerCorrelationId", "opcRequestId"];

export const APPLICATION_FIELDS = [
  "tenantId",
  "clientId",
  "appId",
  "fhirBaseUrl",
  "requestedScopes",
  "grantedScopes",
] as const;
export type ApplicationField = (typeof APPLICATION_FIELDS)[number];

const EXAMPLE_LABELS: Record<ExampleField, string> = {
  xRequestId: FIELD_LABELS["example.xRequestId"] ?? "X-Request-Id",
  cernerCorrelationId: FIELD_LABELS["example.cernerCorrelationId"] ?? "Cerner-Correlation-Id",
  opcRequestId: FIELD_LABELS["example.opcRequestId"] ?? "opc-request-id",
  occurredAt: "Time",
  method: "Method",
  url: "URL",
  status: "Status",
};

const text = (v: unknown): string => (typeof v === "string" ? v : typeof v === "number" ? String(v) : "");
const scopeSet = (v: string) => [...new Set(v.split(/\s+/).filter(Boolean))].sort().join(" ");
const noSlash = (v: string) => v.trim().replace(/\/+$/, "");

/** Same value as far as the ticket is concerned: IDs ignore case, times compare as instants, scopes as sets. */
export function sameValue(field: string, current: string, value: string): boolean {
  // Each side as the ticket will store it: a field may hold the value with its header name, quotes or status line.
  const a = pastedField(field, current).trim();
  const b = pastedField(field, value).trim();
  if (a === b) return true;
  switch (field) {
    case "xRequestId":
    case "cernerCorrelationId":
    case "opcRequestId":
    case "tenantId":
    case "clientId":
    case "appId":
    case "method":
      return a.toLowerCase() === b.toLowerCase();
    case "occurredAt": {
      const x = normaliseTimestamp(a);
      const y = normaliseTimestamp(b);
      return x.ok && y.ok && x.iso === y.iso;
    }
    case "status":
      return a !== "" && Number(a) === Number(b);
    case "url":
    case "fhirBaseUrl":
      return noSlash(a) === noSlash(b);
    case "requestedScopes":
    case "grantedScopes":
      return scopeSet(a) === scopeSet(b);
    default:
      return false;
  }
}

function row(
  name: FieldName,
  field: string,
  label: string,
  suggested: Suggested<string | number>,
  current: string,
): SuggestionRow {
  const value = String(suggested.value);
  const state: FieldState = !current.trim() ? "empty" : sameValue(field, current, value) ? "same" : "different";
  return { name, field, label, value, current, state, source: suggested.source };
}

/** ID fields whose suggested value is never offered when it is a placeholder (the seed's `…-ghij-…`). */
const CHECKED_IDS = new Set(["xRequestId", "cernerCorrelationId", "opcRequestId", "tenantId", "clientId", "appId"]);
const offerable = (field: string, value: unknown) =>
  value !== undefined && value !== "" && !(CHECKED_IDS.has(field) && placeholderReason(String(value)) !== null);

export function applicationRows(suggestions: Suggestions, application: Section | undefined): SuggestionRow[] {
  const out: SuggestionRow[] = [];
  for (const field of APPLICATION_FIELDS) {
    const s = suggestions[field];
    if (s?.value && offerable(field, s.value))
      out.push(
        row(
          `application.${field}`,
          field,
          FIELD_LABELS[`application.${field}`] ?? field,
          s,
          text(application?.[field]),
        ),
      );
  }
  return out;
}

/** A stable identity for an example suggestion (its IDs, time and request). */
export function suggestionKey(example: ExampleSuggestion): string {
  return EXAMPLE_KEYS.map((f) => String(example[f]?.value ?? "")).join("|");
}

const isEmptyExample = (example: Section | undefined) =>
  !example || Object.values(example).every((v) => text(v).trim() === "");

/** The example already describes another request (its method or status differs): never a target for this one. */
function describesOther(example: Section, suggestion: ExampleSuggestion): boolean {
  return (["method", "status"] as const).some((f) => {
    const value = suggestion[f]?.value;
    const current = text(example[f]);
    return value !== undefined && value !== "" && !!current.trim() && !sameValue(f, current, String(value));
  });
}

function sharesId(example: Section, suggestion: ExampleSuggestion): boolean {
  return ID_FIELDS.some((f) => {
    const value = suggestion[f]?.value;
    const current = text(example[f]);
    return !!value && !!current.trim() && sameValue(f, current, String(value));
  });
}

export function examplePlans(
  suggestions: Suggestions,
  examples: ReadonlyArray<Section | undefined>,
  pins: Readonly<Record<string, number>> = {},
): ExamplePlan[] {
  // Placeholder IDs are dropped from the suggestions (support cannot trace them; the diagnosis flags them).
  const list = suggestions.examples
    .map(
      (e) =>
        Object.fromEntries(
          Object.entries(e).filter(
            ([f, s]) =>
              !ID_FIELDS.includes(f as ExampleField) || offerable(f, (s as Suggested<string> | undefined)?.value),
          ),
        ) as ExampleSuggestion,
    )
    .filter((e) => EXAMPLE_KEYS.some((f) => e[f] !== undefined));
  const keys = list.map(suggestionKey);
  const targets = new Array<number | undefined>(list.length);
  const claimed = new Set<number>();
  // 1. Where the user already sent values from this suggestion.
  keys.forEach((key, i) => {
    const pinned = pins[key];
    if (pinned !== undefined && pinned >= 0 && pinned < examples.length && !claimed.has(pinned)) {
      targets[i] = pinned;
      claimed.add(pinned);
    }
  });
  // 2. The example that has one of its IDs already.
  list.forEach((suggestion, i) => {
    if (targets[i] !== undefined) return;
    const found = examples.findIndex(
      (e, j) => !claimed.has(j) && !!e && sharesId(e, suggestion) && !describesOther(e, suggestion),
    );
    if (found >= 0) {
      targets[i] = found;
      claimed.add(found);
    }
  });
  // 3. The first empty example; 4. a new one.
  let appended = 0;
  list.forEach((_, i) => {
    if (targets[i] !== undefined) return;
    const empty = examples.findIndex((e, j) => !claimed.has(j) && isEmptyExample(e));
    if (empty >= 0) {
      targets[i] = empty;
      claimed.add(empty);
    } else {
      targets[i] = examples.length + appended++;
    }
  });

  return list.map((suggestion, i) => {
    const target = targets[i]!;
    const isNew = target >= examples.length;
    const current = isNew ? undefined : examples[target];
    const rows: SuggestionRow[] = [];
    for (const field of EXAMPLE_KEYS) {
      const s = suggestion[field];
      if (s === undefined || s.value === "") continue;
      rows.push(row(`examples.${target}.${field}`, field, EXAMPLE_LABELS[field], s, text(current?.[field])));
    }
    return { key: keys[i], target, isNew, rows };
  });
}
