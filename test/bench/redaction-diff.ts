// `npx tsx test/bench/redaction-diff.ts save|check`: redacts a fixed set of inputs (the corpora, the evidence
// fixtures, seeded synthetic evidence) under a sandbox and a client-domain policy, with and without terms, and saves
// the outputs (test-output/redaction-baseline.json) or compares them with the saved ones. A speed change must leave
// every output byte for byte as it was: this is how that is checked. Nothing is asserted in the unit suite.
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createRedactor } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/ticket/schema";
import { generateHar, generateLog, generateProse } from "../fixtures/generate/synthetic-evidence";

const root = new URL("../", import.meta.url).pathname;
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

const inputs: Array<{ name: string; text: string }> = [];
for (const p of [...files(join(root, "corpora")), ...files(join(root, "fixtures/evidence"))]) {
  if (/LICENSE|SOURCE\.md|labels\.json|rule_tps_fps|synth_dataset/.test(p)) continue;
  inputs.push({ name: p.slice(root.length), text: readFileSync(p, "utf8") });
}
const gitleaks = JSON.parse(readFileSync(join(root, "corpora/gitleaks-samples/rule_tps_fps.json"), "utf8")) as Array<{
  text: string;
}>;
gitleaks.forEach((g, i) => inputs.push({ name: `gitleaks#${i}`, text: g.text }));
const presidio = JSON.parse(readFileSync(join(root, "corpora/presidio-synth/synth_dataset_v2.json"), "utf8")) as Array<{
  full_text: string;
}>;
// Sentences in groups of 20 (one text each), so prose runs are long as in a pasted note.
for (let i = 0; i < presidio.length; i += 20)
  inputs.push({
    name: `presidio#${i}`,
    text: presidio
      .slice(i, i + 20)
      .map((p) => p.full_text)
      .join("\n\n"),
  });
for (const seed of [1, 2, 3]) {
  inputs.push({ name: `har#${seed}`, text: generateHar(200_000, seed) });
  inputs.push({ name: `log#${seed}`, text: generateLog(200_000, seed) });
  inputs.push({ name: `prose#${seed}`, text: generateProse(100_000, seed) });
}

const policies = [
  { environment: "sandbox" as const, terms: [], restored: [] },
  { environment: "client-prod" as const, terms: ["Dummond", "worker"], restored: [] },
];
const out: Record<string, string> = {};
for (const input of inputs) {
  const kinds = new Set<EvidenceKind>([detectKind(input.text), "text"]);
  for (const kind of kinds)
    policies.forEach((policy, p) => {
      let result: string;
      try {
        const r = createRedactor(policy);
        const item = r.redact({ id: "x", kind, text: input.text });
        result = JSON.stringify({ ...item, known: r.knownValues().map((k) => [k.value, k.placeholder]) });
      } catch (e) {
        result = `threw ${(e as Error).message}`;
      }
      out[`${input.name} ${kind} p${p}`] = result;
    });
}
// Under the working directory (the repository root, like `npm run bench` writes test-output/bench.md).
const path = "test-output/redaction-baseline.json";
if (process.argv[2] === "save") {
  writeFileSync(path, JSON.stringify(out));
  console.log(`saved ${Object.keys(out).length} outputs`);
} else {
  const base = JSON.parse(readFileSync(path, "utf8")) as Record<string, string>;
  let diff = 0;
  for (const [k, v] of Object.entries(out))
    if (base[k] !== v) {
      diff++;
      if (diff <= 5) {
        const b = base[k] ?? "";
        let i = 0;
        while (i < v.length && v[i] === b[i]) i++;
        console.log(
          `DIFF ${k}\n  was: ${b.slice(Math.max(0, i - 80), i + 120)}\n  now: ${v.slice(Math.max(0, i - 80), i + 120)}`,
        );
      } else console.log(`DIFF ${k}`);
    }
  console.log(`${Object.keys(out).length} outputs, ${diff} differ`);
  process.exitCode = diff ? 1 : 0;
}
