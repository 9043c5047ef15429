// The worker pool keeps heavy work off the request thread and inside a budget: a task past its memory cap answers
// 413, past its time 503, a full queue 503 — with a clear message, and the pool keeps serving afterwards.
import { afterEach, describe, expect, it } from "vitest";
import { createHeavyPool, type HeavyPool } from "../../server/pool";

let pool: HeavyPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const redactTask = (text: string) => ({
  kind: "redact" as const,
  body: new TextEncoder().encode(JSON.stringify({ text, kind: "log" })),
});
const bodyOf = (answer: { body: string | Uint8Array }) =>
  JSON.parse(typeof answer.body === "string" ? answer.body : new TextDecoder().decode(answer.body));

describe("heavy work pool", () => {
  it("runs a redaction in a worker and answers its JSON", async () => {
    pool = createHeavyPool({ threads: 1, timeoutMs: 60_000 });
    const answer = await pool.run(redactTask("password=hunter2hunter2"));
    expect(answer.status).toBe(200);
    expect(bodyOf(answer).items[0].text).not.toContain("hunter2hunter2");
  }, 60_000);

  it("moves the body into the worker and the answer back as bytes: the request thread neither decodes nor copies them", async () => {
    pool = createHeavyPool({ threads: 1, timeoutMs: 60_000 });
    const task = redactTask("password=hunter2hunter2 ".repeat(1000));
    const size = task.body.byteLength;
    expect(size).toBeGreaterThan(20_000);
    const answer = await pool.run(task);
    // Transferred, not cloned: the request thread's buffer is handed over (detached), so a 41 MB body is never
    // serialised on the thread that answers GET /.
    expect(task.body.byteLength).toBe(0);
    expect(answer.status).toBe(200);
    expect(answer.body).toBeInstanceOf(Uint8Array);
    expect(bodyOf(answer).items[0].text).not.toContain("hunter2hunter2");
  }, 60_000);

  it("over its memory budget: 413 with a message, and the next task still runs", async () => {
    pool = createHeavyPool({ threads: 1, memoryMb: 48, timeoutMs: 120_000 });
    const big = Array.from(
      { length: 120_000 },
      (_, i) => `2025-07-29T15:00:00Z INFO user${i}@example.org GET /r4/Patient/${i} token=${"Zq9x".repeat(8)}${i}`,
    ).join("\n");
    const answer = await pool.run(redactTask(big));
    expect(answer.status).toBe(413);
    expect(bodyOf(answer).error.message).toMatch(/more memory than one request may use/);
    expect((await pool.run(redactTask("hello"))).status).toBe(200);
  }, 120_000);

  it("over its time budget: 503 with a message and Retry-After", async () => {
    pool = createHeavyPool({ threads: 1, timeoutMs: 1 });
    const answer = await pool.run(redactTask("Dear John Smith, ".repeat(20_000)));
    expect(answer.status).toBe(503);
    expect(answer.headers["Retry-After"]).toBe("30");
    expect(bodyOf(answer).error.message).toMatch(/took longer than one request may take/);
  }, 60_000);

  it("the no-JavaScript export gets the same verdict as a page", async () => {
    pool = createHeavyPool({ threads: 1, timeoutMs: 1 });
    const answer = await pool.run({
      kind: "export-form",
      body: new TextEncoder().encode("ticket=%7B%7D"),
      contentType: "application/x-www-form-urlencoded",
      format: "md",
    });
    expect(answer.status).toBe(503);
    expect(answer.headers["Content-Type"]).toMatch(/text\/html/);
    expect(String(answer.body)).toContain("Took too long");
  }, 60_000);
});

describe("heavy work yields the CPU to the request thread", () => {
  it("pool threads run at a lower priority (10 nicer) than the thread answering GET /", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { getPriority } = await import("node:os");
    pool = createHeavyPool({ threads: 1, timeoutMs: 60_000 });
    expect((await pool.run(redactTask("hello"))).status).toBe(200);
    // Linux keeps a nice value per thread: field 19 of /proc/self/task/<tid>/stat.
    const nices = readdirSync("/proc/self/task").map((tid) => {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
    });
    expect(nices).toContain(Math.min(19, getPriority() + 10));
  }, 60_000);
});
