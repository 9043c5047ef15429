// Where the heap of one Markdown export goes: the export's phases run one after another on one synthetic log, with
// the live heap (after a full GC) and the V8 heap high-water mark of each phase printed. Run with
// `node --expose-gc --import tsx test/bench/hostile/memory-phases.ts [mb]`.
import { getHeapStatistics } from "node:v8";
import { redactTicket } from "~/privacy/ticket-boundary";
import { diagnose } from "~/diagnosis/diagnose";
import { buildDocument } from "~/document/model";
import { summariseRedaction } from "~/document/redaction-summary";
import { evidenceReference } from "~/document/build-sections";
import { renderMarkdownParts } from "~/document/markdown";
import { leakCheckParts } from "~/document/leak-check";
import { encodeParts } from "~/export/encode-parts";
import { generateLog } from "../../fixtures/generate/synthetic-evidence";
import { seedTicket } from "../../document/helpers";

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const mb = (n: number) => Math.round(n / 1048576);
const live = () => {
  gc();
  return mb(getHeapStatistics().used_heap_size);
};
const size = Number(process.argv[2] ?? "7.9");
const ticket = seedTicket();
ticket.evidence.push({
  id: "log-1",
  kind: "log",
  label: "Log 1",
  text: generateLog(Math.round(size * 1048576), 1000),
} as (typeof ticket.evidence)[number]);
const before = live();
const phase = <T>(name: string, run: () => T): T => {
  const t0 = performance.now();
  const out = run();
  const ms = Math.round(performance.now() - t0);
  console.log(`${name.padEnd(10)} live after ${String(live() - before).padStart(4)} MB  ${ms} ms`);
  return out;
};
console.log(`input ${size} MB; baseline live ${before} MB`);
const red = phase("redact", () => redactTicket(ticket, { release: true }));
const diagnosis = phase("diagnose", () =>
  diagnose({ ticket: red.ticket, evidence: red.ticket.evidence.map(({ id, kind, text }) => ({ id, kind, text })) }),
);
const document = phase("document", () =>
  buildDocument(red.ticket, diagnosis, summariseRedaction(red.redactions, evidenceReference(red.ticket))),
);
const parts = phase("render", () => renderMarkdownParts(document));
phase("leak", () => leakCheckParts(parts, red.known));
phase("encode", () => encodeParts(parts));
