// Hostile input, run by `npm run bench` (or `npm run bench -- hostile`): (1) each named pathological input's cost
// beside a benign input of the same size (goal ≤ 2×); (2) GET / latency while the heaviest allowed requests run
// against the built server (needs `npm run build`; bounded: 30 s, loopback only); (3) whether one export fits the
// worker's heap budget for its size, and its peak memory per MB of evidence, each in a fresh process. Figures only.
import { execFileSync } from "node:child_process";
import { availableParallelism } from "node:os";
import { hostileCases } from "../hostile/inputs";
import { loadTest } from "../hostile/load";
import { oneExport } from "../hostile/one-export";
import { median } from "../lib/stats";
import { HEAP_BASE_MB, HEAP_PER_REQUEST_MB } from "../../../server/pool";

const cpus = availableParallelism();
const ms = (n: number) => `${n.toLocaleString("en-US", { maximumFractionDigits: n < 10 ? 1 : 0 })} ms`;

function time(run: (t: string) => void, text: string): number {
  const t0 = performance.now();
  run(text);
  return performance.now() - t0;
}

function ratios(): string {
  const rows: string[] = [];
  for (const c of hostileCases()) {
    c.run(c.benign); // warm-up
    const hostile: number[] = [];
    const benign: number[] = [];
    for (let i = 0; i < 3; i++) {
      hostile.push(time(c.run, c.hostile));
      benign.push(time(c.run, c.benign));
    }
    const h = median(hostile);
    const b = median(benign);
    rows.push(`| ${c.name} | ${c.operation} | ${ms(h)} | ${c.benignName}: ${ms(b)} | **${(h / b).toFixed(2)}×** |`);
  }
  return [
    "#### Cost against a benign input of the same size (medians of 3 interleaved runs; goal ≤ 2×)",
    "",
    "| input | operation | time | benign input | ratio |",
    "|---|---|---:|---|---:|",
    ...rows,
  ].join("\n");
}

/** One export in a fresh process under the worker's heap budget for its size (server/pool.ts): fits or crashes. */
function peaks(): string {
  const rows: string[] = [];
  for (const [mb, items] of [
    [1, 1],
    [4, 1],
    [7.9, 1],
    [1, 4],
    [7.9, 5],
  ] as const) {
    const inputMb = mb * items;
    const cap = HEAP_BASE_MB + Math.ceil(HEAP_PER_REQUEST_MB * inputMb);
    const t0 = performance.now();
    let cell: string;
    try {
      const out = execFileSync(
        process.execPath,
        [
          `--max-old-space-size=${cap}`,
          "--import",
          "tsx",
          "test/hostile/memory/export-child.ts",
          String(mb),
          String(items),
        ],
        {
          encoding: "utf8",
          maxBuffer: 1 << 20,
          stdio: ["ignore", "pipe", "ignore"],
          env: { ...process.env, TSX_DISABLE_CACHE: "1" },
        },
      );
      const r = JSON.parse(out.trim().split("\n").at(-1)!) as { peakRssMb: number; blocked: boolean; ms: number };
      cell = `${r.blocked ? "blocked" : "exported"} | ${r.peakRssMb} MB | ${(r.peakRssMb / inputMb).toFixed(0)} MB | ${ms(r.ms)}`;
    } catch {
      cell = `**out of memory** | – | – | ${ms(performance.now() - t0)}`;
    }
    rows.push(`| ${items} × ${mb} MB log | ${cap} MB | ${cell} |`);
  }
  return [
    `#### One Markdown export under the worker's heap budget (${HEAP_BASE_MB} MB + ${HEAP_PER_REQUEST_MB} × the evidence; seed ticket + synthetic client-domain logs, each log its own; fresh process each; 5 × 7.9 MB is the largest allowed request)`,
    "",
    "| evidence | V8 heap cap | result | process peak RSS | RSS per MB of evidence | time |",
    "|---|---:|---|---:|---:|---:|",
    ...rows,
  ].join("\n");
}

async function load(): Promise<string> {
  const r = await loadTest();
  if (!r) return "#### GET / under load\n\nNot run: `build/index.js` is missing (run `npm run build` first).";
  const statuses = [...r.heavy.entries()].map(([k, n]) => `${k}: ${n}`).join("; ");
  return [
    "#### GET / latency while the heaviest allowed requests run (built server, 30 s, loopback)",
    "",
    `Load: ${r.heavyRequests}. Answers: ${statuses}.`,
    "",
    "| GET / answered | failed | p50 | p95 | p99 | max | server peak RSS | load average (1 min) before → after |",
    "|---:|---:|---:|---:|---:|---:|---:|---|",
    `| ${r.samples} | ${r.failures} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} | ${r.serverPeakRssMb ?? "—"} MB | ${r.loadBefore.toFixed(1)} → ${r.loadAfter.toFixed(1)} (${cpus} cores) |`,
  ].join("\n");
}

async function largest(): Promise<string> {
  const r = await oneExport();
  if (!r)
    return "#### The largest allowed export alone\n\nNot run: `build/index.js` is missing (run `npm run build` first).";
  return [
    "#### The largest allowed export alone (built server, default pool budgets, loopback)",
    "",
    "| request | status | time | answer | server peak RSS | per MB of request |",
    "|---|---:|---:|---:|---:|---:|",
    `| POST /api/export?format=md, 5 × 8 MB logs (${r.requestMb.toFixed(1)} MB) | ${r.status} | ${ms(r.ms)} | ${r.answerMb.toFixed(1)} MB | ${r.serverPeakRssMb ?? "—"} MB | ${r.serverPeakRssMb ? (r.serverPeakRssMb / r.requestMb).toFixed(1) : "—"} MB |`,
  ].join("\n");
}

export async function run(): Promise<string> {
  return ["### Hostile input", "", ratios(), "", await load(), "", await largest(), "", peaks(), ""].join("\n");
}
