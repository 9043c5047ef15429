// One export (Markdown) of the seed ticket plus an N MB synthetic log, in a process of its own, reporting its peak
// resident memory: `node --import tsx test/bench/hostile/peak.ts N` prints JSON {mb, peakRssMb, blocked, ms}.
import { readFileSync } from "node:fs";
import { exportTicket, isBlocked } from "~/export/export-ticket";
import { readFonts } from "~/export/fonts.server";
import { generateLog } from "../../fixtures/generate/synthetic-evidence";
import { seedTicket } from "../../document/helpers";

const mb = Number(process.argv[2] ?? "1");
const items = Number(process.argv[3] ?? "1");
const ticket = seedTicket();
const log = generateLog(mb * 1024 * 1024 - (mb >= 8 ? 64 * 1024 : 0));
for (let i = 0; i < items; i++)
  ticket.evidence.push({
    id: `log-${i + 1}`,
    kind: "log",
    label: `Log ${i + 1}`,
    text: log,
  } as (typeof ticket.evidence)[number]);
const t0 = performance.now();
const result = await exportTicket(ticket, "md", { fonts: readFonts });
const ms = performance.now() - t0;
const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"));
process.stdout.write(
  JSON.stringify({
    mb: mb * items,
    peakRssMb: hwm ? Math.round(Number(hwm[1]) / 1024) : null,
    blocked: isBlocked(result),
    ms: Math.round(ms),
  }) + "\n",
);
