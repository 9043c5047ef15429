// False positives of the ticket's privacy boundary on text that holds no personal data, typed into a free-text field:
//   1. the seed ticket's own answers (every typed field, both policies): how many fields the boundary changes;
//   2. Presidio's labelled sentences (test/corpora/presidio-synth, MIT): the 113 with no labelled entity at all, and
//      the 446 with no entity of the types we look for — how many the boundary changes, and how many it changes
//      away from every labelled span (a change touching a labelled ORGANIZATION or ZIP_CODE is not a false positive).
// Run: npm run eval:boundary  (prints Markdown; the figures are quoted in docs/ticket-boundary.md)
import { readFileSync } from "node:fs";
import { redactTicket, typedFields } from "~/privacy/ticket-boundary";
import { ticketSchema, type Environment, type Ticket } from "~/ticket/schema";
import type { PresidioSentence } from "./lib/corpora";
import { IN_SCOPE } from "./lib/presidio-score";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const seed = ticketSchema.parse(JSON.parse(read("../fixtures/seed-ticket.json")));
const sentences = JSON.parse(read("../corpora/presidio-synth/synth_dataset_v2.json")) as PresidioSentence[];
const ENVIRONMENTS: Environment[] = ["sandbox", "client-prod"];

function withEnvironment(ticket: Ticket, environment: Environment): Ticket {
  return { ...ticket, application: { ...ticket.application, environment } };
}

/** Offsets of the input that the boundary changed (a common prefix and suffix are unchanged; the rest is not). */
function changedRange(before: string, after: string): [number, number] | null {
  if (before === after) return null;
  let start = 0;
  while (start < before.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [start, before.length - end];
}

const lines: string[] = [
  "## Seed ticket: typed fields changed by the boundary",
  "",
  "| policy | typed fields | changed | which |",
  "|---|---:|---:|---|",
];
for (const environment of ENVIRONMENTS) {
  const ticket = withEnvironment(seed, environment);
  const { fields } = redactTicket(ticket);
  lines.push(
    `| ${environment} | ${typedFields(ticket).length} | ${fields.length} | ${fields.map((f) => `${f.path} (${f.findings.map((x) => x.type).join(", ")})`).join("; ") || "—"} |`,
  );
}

const noEntity = sentences.filter((s) => s.spans.length === 0);
const noInScope = sentences.filter((s) => !s.spans.some((g) => IN_SCOPE.has(g.entity_type)));
lines.push(
  "",
  "## Presidio sentences without personal data, typed into Background",
  "",
  "| set | policy | sentences | changed | changed away from every labelled span | rate |",
  "|---|---|---:|---:|---:|---:|",
);
const examples: string[] = [];
for (const [name, set] of [
  ["no labelled entity", noEntity],
  ["no entity of the types looked for", noInScope],
] as const) {
  for (const environment of ENVIRONMENTS) {
    let changed = 0;
    let outside = 0;
    for (const s of set) {
      const ticket = withEnvironment({ ...seed, problem: { ...seed.problem, background: s.full_text } }, environment);
      const after = redactTicket(ticket).ticket.problem.background ?? "";
      const range = changedRange(s.full_text, after);
      if (!range) continue;
      changed++;
      const inside = s.spans.some((g) => g.start_position < range[1] && range[0] < g.end_position);
      if (!inside) {
        outside++;
        if (examples.length < 12 && environment === "sandbox" && set === noInScope)
          examples.push(`- ${JSON.stringify(s.full_text)} → ${JSON.stringify(after)}`);
      }
    }
    lines.push(
      `| ${name} | ${environment} | ${set.length} | ${changed} | ${outside} | ${((100 * outside) / set.length).toFixed(1)} % |`,
    );
  }
}
if (examples.length)
  lines.push("", "Changed away from every labelled span (sandbox, the second set):", "", ...examples);
console.log(lines.join("\n"));
