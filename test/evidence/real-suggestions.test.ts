// The suggestions drawn from real evidence (the reports of test/fixtures/diagnosis/real), against what a support
// engineer reading the same text would fill in: test/fixtures/form-values/real/suggestions.json, labelled by hand before
// any run. A suggestion that is not there is a miss; a placeholder, a hidden secret or a patient id suggested is worse.
import { readFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import labels from "../fixtures/form-values/real/suggestions.json";
import { detectKind } from "~/evidence/detect";
import { extractSuggestions, type Suggestions } from "~/evidence/extract";
import { parseEvidence } from "~/evidence/parse";

interface Label {
  expect?: Record<string, string | number>;
  examples?: string[];
  mustNot?: string[];
  absent?: string[];
}

const EXAMPLE_FIELDS = new Set(["xRequestId", "cernerCorrelationId", "opcRequestId", "occurredAt", "status"]);

function suggestionsOf(report: string): Suggestions {
  const text = readFileSync(new URL(`../fixtures/diagnosis/real/${report}/evidence.txt`, import.meta.url), "utf8");
  return extractSuggestions([parseEvidence({ id: "e1", kind: detectKind(text), text })]);
}

/** Every value suggested, example values included. */
function suggestedValues(s: Suggestions): unknown[] {
  const top = Object.entries(s)
    .filter(([key]) => key !== "examples")
    .map(([, v]) => (v as { value: unknown }).value);
  return [...top, ...s.examples.flatMap((e) => Object.values(e).map((v) => v?.value))];
}

const has = (s: Suggestions, field: string, value: unknown): boolean =>
  EXAMPLE_FIELDS.has(field)
    ? s.examples.some((e) => e[field as keyof typeof e]?.value === value)
    : (s[field as keyof Suggestions] as { value: unknown } | undefined)?.value === value;

const isSuggested = (s: Suggestions, field: string): boolean =>
  EXAMPLE_FIELDS.has(field)
    ? s.examples.some((e) => e[field as keyof typeof e] !== undefined)
    : s[field as keyof Suggestions] !== undefined;

/** Each labelled fact of one report, with what is wrong with it (null when the suggestions have it right). */
function facts(report: string, label: Label): Array<[string, string | null]> {
  const s = suggestionsOf(report);
  const values = suggestedValues(s).map(String);
  return [
    ...Object.entries(label.expect ?? {}).map(([field, value]): [string, string | null] => [
      `${field} is ${String(value)}`,
      has(s, field, value) ? null : "not suggested",
    ]),
    ...(label.examples ?? []).map((id): [string, string | null] => [
      `an example carries ${id}`,
      s.examples.some((e) => [e.xRequestId, e.cernerCorrelationId, e.opcRequestId].some((v) => v?.value === id))
        ? null
        : "no such example",
    ]),
    // A value no suggestion may be (a request URL may hold a resource id: the worker redacts suggested URLs).
    ...(label.mustNot ?? []).map((bad): [string, string | null] => [
      `never suggests ${bad}`,
      values.includes(bad) ? "suggested" : null,
    ]),
    ...(label.absent ?? []).map((field): [string, string | null] => [
      `no ${field}`,
      isSuggested(s, field) ? "suggested" : null,
    ]),
  ];
}

/** Facts the extraction still gets wrong (`report: fact`), each with the reason it is left. */
const KNOWN_MISSES = new Set<string>([]);

const labelled = labels as Record<string, Label>;
let total = 0;
const missed: string[] = [];
afterAll(() => {
  console.log(
    `real suggestions: ${total - missed.length} / ${total} labelled facts right on ${Object.keys(labelled).length} reports` +
      (missed.length ? `\n  ${missed.join("\n  ")}` : ""),
  );
});

describe("suggestions from real evidence", () => {
  for (const [report, label] of Object.entries(labelled)) {
    describe(report, () => {
      for (const [fact] of facts(report, label)) {
        const name = `${report}: ${fact}`;
        const run = KNOWN_MISSES.has(name) ? it.fails : it;
        run(fact, () => {
          total++;
          const problem = facts(report, label).find(([f]) => f === fact)![1];
          if (problem) missed.push(`${name}: ${problem}`);
          expect(problem).toBeNull();
        });
      }
    });
  }
});
