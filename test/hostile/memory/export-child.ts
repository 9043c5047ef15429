// One Markdown export in a process of its own, for the memory tests and the benchmark: the seed ticket plus `items`
// synthetic logs of `mb` MB each. Run under a heap cap (`node --max-old-space-size=N --import tsx …`): running out of
// memory kills the process (exit code ≠ 0), which is the crash a user would see. Prints one line of JSON.
// Run it with TSX_DISABLE_CACHE=1: otherwise tsx holds an entry per file of its on-disk cache in this heap, and that
// cache only grows (45,000 files, ~10 MB of heap, on a machine that ran the suite for a few days).
import { readFileSync } from "node:fs";
import { getHeapStatistics } from "node:v8";
import { exportTicket, isBlocked } from "~/export/export-ticket";
import { generateLog } from "../../fixtures/generate/synthetic-evidence";
import { seedTicket } from "../../document/helpers";

const mb = Number(process.argv[2] ?? "1");
const items = Number(process.argv[3] ?? "1");
const ticket = seedTicket();
for (let i = 0; i < items; i++)
  ticket.evidence.push({
    id: `log-${i + 1}`,
    kind: "log",
    label: `Log ${i + 1}`,
    // A log of its own per item (another seed): the same text five times would share its values.
    text: generateLog(Math.round(mb * 1024 * 1024), 1000 + i),
  } as (typeof ticket.evidence)[number]);
const inputBytes = ticket.evidence.reduce((n, e) => n + Buffer.byteLength(e.text), 0);
const t0 = performance.now();
const result = await exportTicket(ticket, "md");
const ms = performance.now() - t0;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
process.stdout.write(
  JSON.stringify({
    inputMb: inputBytes / 1048576,
    blocked: isBlocked(result),
    outputMb: isBlocked(result) ? 0 : result.bytes.length / 1048576,
    peakRssMb: hwm ? Math.round(Number(hwm[1]) / 1024) : null,
    heapLimitMb: Math.round(getHeapStatistics().heap_size_limit / 1048576),
    ms: Math.round(ms),
  }) + "\n",
);
