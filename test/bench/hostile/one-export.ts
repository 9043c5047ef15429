// The largest allowed request alone: a ticket with five 8 MB logs (41 MB) to POST /api/export?format=md on the built
// server (started on a free loopback port, stopped after). Reports the status, the time and the server's peak RSS,
// so "does the largest allowed export fit its budget" is measured on the real pool, not guessed.
import { existsSync } from "node:fs";
import { largestExportBody, readPeakRss, startServer } from "./server-process";

export interface OneExportResult {
  status: number;
  ms: number;
  requestMb: number;
  answerMb: number;
  serverPeakRssMb: number | null;
}

export async function oneExport(): Promise<OneExportResult | null> {
  if (!existsSync("build/index.js")) return null;
  const { base, child } = await startServer();
  try {
    const body = largestExportBody();
    const t0 = performance.now();
    const res = await fetch(`${base}/api/export?format=md`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
    });
    const answer = await res.arrayBuffer();
    const ms = performance.now() - t0;
    return {
      status: res.status,
      ms,
      requestMb: Buffer.byteLength(body) / 1048576,
      answerMb: answer.byteLength / 1048576,
      serverPeakRssMb: await readPeakRss(child.pid),
    };
  } finally {
    child.kill("SIGTERM");
  }
}
