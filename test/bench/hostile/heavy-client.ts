// The load of the GET / latency benchmark, in a process of its own so that sending 41 MB bodies does not delay the
// process that measures GET /: `node --import tsx test/bench/hostile/heavy-client.ts BASE_URL DURATION_MS` keeps the
// heaviest allowed requests in flight until the time is up, then prints the count of each answer as JSON.
import { largestExportBody, log8 as makeLog8 } from "./server-process";

const [base, duration] = [process.argv[2], Number(process.argv[3])];
const log8 = makeLog8();
const bigTicket = largestExportBody(log8);
const redactBody = JSON.stringify({ text: log8, kind: "log" });
const diagnoseBody = JSON.stringify({ evidence: [{ id: "log", kind: "log", text: log8 }] });
const answers: Record<string, number> = {};
const stop = Date.now() + duration;
const loop = async (path: string, body: string) => {
  while (Date.now() < stop) {
    const res = await fetch(`${base}${path}`, {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
    }).catch(() => null);
    const key = `${path.split("?")[0]} → ${res ? res.status : "error"}`;
    answers[key] = (answers[key] ?? 0) + 1;
    await res?.arrayBuffer().catch(() => undefined);
  }
};
process.stdout.write("ready\n");
await Promise.all([
  loop("/api/export?format=md", bigTicket),
  loop("/api/export?format=md", bigTicket),
  loop("/api/redact", redactBody),
  loop("/api/diagnose", diagnoseBody),
]);
process.stdout.write(JSON.stringify(answers) + "\n");
