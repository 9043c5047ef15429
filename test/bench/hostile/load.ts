// GET / latency while the heaviest allowed requests run: starts the built server (`npm start`'s server/main.ts) on a
// free loopback port, keeps HEAVY concurrent heavy requests in flight for a fixed time, samples GET / every 50 ms,
// then stops the server. Bounded in time and load; nothing leaves 127.0.0.1.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import { readPeakRss, startServer } from "./server-process";

export interface LoadResult {
  samples: number;
  /** GET / requests that failed (connection closed, not 200). */
  failures: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  heavy: Map<string, number>;
  heavyRequests: string;
  serverPeakRssMb: number | null;
  /** The machine's 1-minute load average when the run started and ended (other processes share the cores). */
  loadBefore: number;
  loadAfter: number;
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

export async function loadTest(durationMs = 30_000): Promise<LoadResult | null> {
  if (!existsSync("build/index.js")) return null;
  const loadBefore = loadavg()[0];
  const { base, child } = await startServer();
  try {
    // The heaviest requests the limits allow, from another process (heavy-client.ts): a ticket with five 8 MB logs
    // (41 MB) to /api/export twice, and 8 MB of log to /api/redact and /api/diagnose, each in flight all along.
    const client = spawn(
      process.execPath,
      ["--import", "tsx", fileURLToPath(new URL("./heavy-client.ts", import.meta.url)), base, String(durationMs)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    client.stdout.on("data", (c) => (out += String(c)));
    const finished = new Promise<void>((resolve) => client.once("exit", () => resolve()));
    while (!out.includes("ready")) await new Promise((r) => setTimeout(r, 100));
    const stop = Date.now() + durationMs;
    const latencies: number[] = [];
    let failures = 0;
    await new Promise((r) => setTimeout(r, 1_000));
    while (Date.now() < stop) {
      const t0 = performance.now();
      const ok = await fetch(`${base}/`).then(
        async (res) => (await res.text(), res.ok),
        () => false,
      );
      if (ok) latencies.push(performance.now() - t0);
      else failures++;
      await new Promise((r) => setTimeout(r, 50));
    }
    await finished;
    const heavy = new Map(Object.entries(JSON.parse(out.trim().split("\n").at(-1) ?? "{}") as Record<string, number>));
    const rss = await fetch(`${base}/`).then(() => readPeakRss(child.pid));
    return {
      samples: latencies.length,
      failures,
      p50: pct(latencies, 50),
      p95: pct(latencies, 95),
      p99: pct(latencies, 99),
      max: Math.max(...latencies),
      heavy,
      heavyRequests:
        "2 × POST /api/export (5 × 8 MB logs, 41 MB), 1 × POST /api/redact (8 MB log), 1 × POST /api/diagnose (8 MB log), each repeated for the whole run",
      serverPeakRssMb: rss,
      loadBefore,
      loadAfter: loadavg()[0],
    };
  } finally {
    child.kill("SIGTERM");
  }
}
