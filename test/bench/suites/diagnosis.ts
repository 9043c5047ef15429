// Diagnosis cost, run by `npm run bench` (or `npm run bench -- diagnosis`): milliseconds per diagnose() call for the
// seed case (its token request, its 403, its form values) and for a generated 500-entry HAR, raw and redacted.
// Medians of many runs; figures only, never asserted. Nothing is written to disk.
import { readdirSync, readFileSync } from "node:fs";
import { diagnose } from "~/diagnosis/diagnose";
import { createRedactor } from "~/redaction/redact";
import { redactionPolicy } from "~/redaction/policy";
import { POST_RULES, RULES } from "~/diagnosis/rules";
import { bigHar } from "../../diagnosis/big-har";
import { realCases } from "../../diagnosis/real-reports";
import { median } from "../lib/stats";

const fmt = (n: number) => `${n.toLocaleString("en-US", { maximumFractionDigits: n < 10 ? 2 : 1 })} ms`;

function time(fn: () => unknown, runs: number): { median: number; min: number } {
  fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return { median: median(xs), min: Math.min(...xs) };
}

export async function run(): Promise<string> {
  const dir = new URL("../../fixtures/diagnosis/seed/", import.meta.url);
  const ticket = JSON.parse(readFileSync(new URL("ticket.json", dir), "utf8"));
  const seed = readdirSync(dir)
    .filter((f) => f.endsWith(".http"))
    .map((f) => ({ id: f, kind: "http" as const, text: readFileSync(new URL(f, dir), "utf8") }));
  const har = bigHar(500);
  const harItem = [{ id: "big.har", kind: "har" as const, text: har }];
  const redactedHar = createRedactor(redactionPolicy("sandbox"))
    .redactItems(harItem)
    .map((r) => ({
      id: "big.har",
      kind: "har" as const,
      text: r.text,
    }));
  const rows: Array<[string, string, number, { median: number; min: number }, number]> = [];
  const seedRuns = 200;
  const harRuns = 30;
  rows.push([
    "seed case (2 HTTP exchanges + form)",
    `${(seed.reduce((n, s) => n + s.text.length, 0) / 1024).toFixed(1)} KB`,
    seedRuns,
    time(() => diagnose({ ticket, evidence: seed }), seedRuns),
    diagnose({ ticket, evidence: seed }).findings.length,
  ]);
  const real = realCases().map((c) => ({
    id: c.id,
    text: readFileSync(new URL(`../../fixtures/diagnosis/real/${c.id}/evidence.txt`, import.meta.url), "utf8"),
  }));
  const realRuns = 20;
  rows.push([
    `the ${real.length} real reports, one by one (prose)`,
    `${(real.reduce((n, r) => n + r.text.length, 0) / 1024).toFixed(1)} KB`,
    realRuns,
    time(() => real.forEach((r) => diagnose({ evidence: [r] })), realRuns),
    real.reduce((n, r) => n + diagnose({ evidence: [r] }).findings.length, 0),
  ]);
  rows.push([
    "500-entry HAR, raw",
    `${(har.length / 1024).toFixed(0)} KB`,
    harRuns,
    time(() => diagnose({ evidence: harItem }), harRuns),
    diagnose({ evidence: harItem }).findings.length,
  ]);
  rows.push([
    "500-entry HAR, redacted",
    `${(redactedHar[0].text.length / 1024).toFixed(0)} KB`,
    harRuns,
    time(() => diagnose({ evidence: redactedHar }), harRuns),
    diagnose({ evidence: redactedHar }).findings.length,
  ]);
  return [
    "## Diagnosis",
    "",
    `Milliseconds per \`diagnose()\` call (parse → facts and the prose reader → ${RULES.length + POST_RULES.length} rules → matrix, summary, questions), median of N runs after one warm-up; the real reports row is all ${"`"}diagnose()${"`"} calls of one pass.`,
    "",
    "| input | size | runs | median | fastest | findings |",
    "|---|---:|---:|---:|---:|---:|",
    ...rows.map(
      ([name, size, runs, t, n]) => `| ${name} | ${size} | ${runs} | ${fmt(t.median)} | ${fmt(t.min)} | ${n} |`,
    ),
    "",
  ].join("\n");
}
