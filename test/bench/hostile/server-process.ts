// The built server as the hostile-input benchmarks start it: on a free loopback port, waited for until it answers,
// and its peak resident memory afterwards; and the largest request the limits allow.
import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createServer } from "node:net";
import { generateLog } from "../../fixtures/generate/synthetic-evidence";
import { seedInput } from "../../document/helpers";

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

async function waitUntilUp(base: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(`${base}/`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Peak resident memory of the server process and its threads (Linux /proc VmHWM), in MB; null elsewhere. */
export async function readPeakRss(pid: number | undefined): Promise<number | null> {
  if (!pid) return null;
  const status = await readFile(`/proc/${pid}/status`, "utf8").catch(() => "");
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Math.round(Number(m[1]) / 1024) : null;
}

/** `npm start`'s server/main.ts on a free loopback port, answering; stop it with `child.kill("SIGTERM")`. */
export async function startServer(): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "ignore", process.env.BENCH_SERVER_LOG ? "inherit" : "ignore"],
  });
  await waitUntilUp(base);
  return { base, child };
}

/** Just under the schema's 8 MiB per evidence item. */
export const log8 = () => generateLog(8 * 1024 * 1024 - 64 * 1024);

/** The largest export the limits allow: the seed ticket with five 8 MB logs (41 MB of JSON). */
export function largestExportBody(log = log8()): string {
  const ticket = seedInput();
  return JSON.stringify({
    ...ticket,
    evidence: [
      ...ticket.evidence,
      ...[1, 2, 3, 4, 5].map((n) => ({ id: `log-${n}`, kind: "log", label: `Log ${n}`, text: log })),
    ],
  });
}
