// The evidence worker's two sides without a browser: the message handler the worker runs, and the page's runner
// with a stand-in worker (progress, result, cancel, and falling back to the page when no worker can run).
import { describe, expect, it } from "vitest";
import { createEvidenceRunner, runOnPage, RunCancelled } from "~/evidence/worker/client";
import type { ProcessRequest, Progress } from "~/evidence/worker/process-evidence";
import type { FromWorker } from "~/evidence/worker/protocol";
import { handleWorkerMessage, inWorkerScope, startEvidenceWorker } from "~/evidence/worker/worker-scope";
import { FakeWorker } from "./fake-worker";
import { FORBIDDEN_403, TOKEN_PAYLOAD, TOKEN_RESPONSE } from "./helpers";

const request: ProcessRequest = {
  items: [
    { id: "evidence-1", kind: "token-response", text: TOKEN_RESPONSE },
    { id: "evidence-2", kind: "http", text: FORBIDDEN_403 },
  ],
  environment: "sandbox",
  terms: [],
  restored: [],
};

describe("the worker's message handler", () => {
  it("answers a process message with progress and the redacted result, and ignores anything else", () => {
    const posted: FromWorker[] = [];
    handleWorkerMessage({ type: "nonsense" }, (m) => posted.push(m));
    expect(posted).toEqual([]);
    let clock = 0;
    handleWorkerMessage(
      { type: "process", jobId: 7, request },
      (m) => posted.push(m),
      () => (clock += 100),
    );
    expect(posted.filter((m) => m.type === "progress").length).toBeGreaterThan(1);
    const last = posted[posted.length - 1];
    expect(last.type).toBe("result");
    if (last.type !== "result") return;
    expect(last.jobId).toBe(7);
    expect(last.result.outcomes.every((o) => o.ok)).toBe(true);
    expect(JSON.stringify(last)).not.toContain(TOKEN_PAYLOAD);
  });

  it("installs itself only inside a worker", () => {
    expect(inWorkerScope()).toBe(false);
    expect(startEvidenceWorker()).toBe(false);
  });
});

describe("createEvidenceRunner", () => {
  it("runs in the worker with progress and returns the result", async () => {
    const worker = new FakeWorker();
    const runner = createEvidenceRunner({ createWorker: () => worker as unknown as Worker });
    const progress: Progress[] = [];
    const run = runner.run(request, (p) => progress.push(p));
    const result = await run.result;
    expect(run.where()).toBe("worker");
    expect(progress.length).toBeGreaterThan(0);
    expect(result.outcomes.map((o) => o.ok)).toEqual([true, true]);
  });

  it("cancels: the worker is terminated and the run rejects with RunCancelled", async () => {
    const worker = new FakeWorker();
    const runner = createEvidenceRunner({ createWorker: () => worker as unknown as Worker });
    const run = runner.run(request, () => undefined);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(RunCancelled);
    expect(worker.terminated).toBe(true);
  });

  it("finishes on the page when the worker script fails to load, and when no worker can be made", async () => {
    const broken = new FakeWorker();
    broken.fail = true;
    const runner = createEvidenceRunner({ createWorker: () => broken as unknown as Worker });
    const run = runner.run(request, () => undefined);
    expect((await run.result).outcomes).toHaveLength(2);
    expect(run.where()).toBe("page");

    const none = createEvidenceRunner({ createWorker: () => null });
    const onPage = none.run(request, () => undefined);
    expect(onPage.where()).toBe("page");
    expect((await onPage.result).outcomes).toHaveLength(2);
  });

  it("on the page, a cancelled run stops between steps", async () => {
    const run = runOnPage(request, () => undefined);
    run.cancel();
    await expect(run.result).rejects.toBeInstanceOf(RunCancelled);
  });
});
