// The wizard's quick checks off the main thread: the worker's answer to a `check` message (a request in, one answer
// out, or a failure that says nothing of the input), and the page's client — the worker's answer, the page's own
// when no worker runs or its script fails (the questions already asked included), null when a check fails.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { liveDiagnosisInput } from "~/diagnosis/live-input";
import { answerCheck, type CheckRequest } from "~/evidence/worker/checks";
import { CHECK_TIMEOUT_MS, createCheckClient } from "~/evidence/worker/checks-client";
import type { FromWorker } from "~/evidence/worker/protocol";
import { handleWorkerMessage, isToWorker } from "~/evidence/worker/worker-scope";
import { FakeWorker } from "./fake-worker";
import { ACCESS_TOKEN, TOKEN_PAYLOAD } from "./helpers";

const policy = { environment: "sandbox" as const, terms: [], keep: [] };
const typed = {
  problem: { actual: `Called with Authorization: Bearer ${ACCESS_TOKEN} and got a 403.` },
  application: { requestedScopes: "system/Patient.read" },
};
const diagnosis: CheckRequest<"diagnosis"> = {
  check: "diagnosis",
  input: liveDiagnosisInput({
    application: { smartVersion: "v1", requestedScopes: "system/Specimen.read", grantedScopes: "system/Patient.read" },
  }),
};
const notes: CheckRequest<"field-notes"> = { check: "field-notes", values: typed, policy, known: [] };

const ask = (request: unknown) => {
  const posted: FromWorker[] = [];
  handleWorkerMessage({ type: "check", jobId: 3, request }, (m) => posted.push(m));
  return posted;
};

describe("the worker's answer to a check", () => {
  it("diagnoses the form", () => {
    const [answer] = ask(diagnosis);
    expect(answer.type).toBe("checked");
    if (answer.type !== "checked") return;
    expect(answer.jobId).toBe(3);
    expect(JSON.stringify(answer.answer)).toContain("SCOPE_NOT_GRANTED");
  });

  it("notes a token typed in an answer, with the field rewritten, never the token", () => {
    const [answer] = ask(notes);
    if (answer.type !== "checked") throw new Error(answer.type);
    const note = (answer.answer as Record<string, { redacted: string }>)["problem.actual"];
    expect(note.redacted).toMatch(/\[REDACTED:[a-z_]+#1/);
    expect(JSON.stringify(answer)).not.toContain(TOKEN_PAYLOAD);
  });

  it("gives the typed fields as a draft may keep them", () => {
    const [answer] = ask({ ...notes, check: "storable-fields" });
    if (answer.type !== "checked") throw new Error(answer.type);
    const fields = answer.answer as Array<{ path: string; text: string }>;
    expect(fields.map((f) => f.path)).toEqual(["problem.actual", "application.requestedScopes"]);
    expect(fields[0].text).toContain("got a 403");
    expect(JSON.stringify(fields)).not.toContain(TOKEN_PAYLOAD);
  });

  it("reads a typed date and time as the ticket will store it (the field's 'Stored as' line)", () => {
    expect(answerCheck({ check: "timestamp", value: "Jul 29, 2025, 10:22 AM CDT" })).toEqual({
      ok: true,
      answer: { ok: true, iso: "2025-07-29T15:22:00Z" },
    });
    const unread = answerCheck({ check: "timestamp", value: "yesterday" });
    expect(unread.ok && !unread.answer.ok && unread.answer.message).toMatch(/with its zone/);
  });

  it("answers a check that fails, or one it does not know, with a failure that quotes nothing", () => {
    const broken = { check: "field-notes", values: typed, policy: null, known: 42 };
    expect(answerCheck(broken as never)).toEqual({ ok: false });
    expect(ask(broken)).toEqual([{ type: "failed", jobId: 3 }]);
    expect(ask({ check: "toString" })).toEqual([{ type: "failed", jobId: 3 }]);
  });

  it("takes only well-formed messages", () => {
    expect(isToWorker({ type: "check", jobId: 1, request: diagnosis })).toBe(true);
    expect(isToWorker({ type: "check", jobId: "1", request: diagnosis })).toBe(false);
    expect(isToWorker({ type: "check", jobId: 1, request: null })).toBe(false);
    expect(isToWorker({ type: "check", jobId: 1, request: { check: 7 } })).toBe(false);
    expect(ask({})).toEqual([]);
  });
});

describe("the page's check client", () => {
  it("asks the worker, one worker for every question", async () => {
    const worker = new FakeWorker();
    const make = vi.fn(() => worker.asWorker());
    const client = createCheckClient({ createWorker: make, loadChecks: () => Promise.reject(new Error("unused")) });
    const [found, again] = await Promise.all([client.ask(diagnosis), client.ask(notes)]);
    expect(JSON.stringify(found)).toContain("SCOPE_NOT_GRANTED");
    expect(Object.keys(again ?? {})).toContain("problem.actual");
    expect(make).toHaveBeenCalledTimes(1);
    expect(worker.received).toHaveLength(2);
    expect(client.where()).toBe("worker");
  });

  it("starts its worker ahead of the first question when warmed, once", async () => {
    const worker = new FakeWorker();
    const make = vi.fn(() => worker.asWorker());
    const client = createCheckClient({ createWorker: make });
    client.warm();
    client.warm();
    expect(make).toHaveBeenCalledTimes(1);
    expect(worker.received).toHaveLength(0);
    expect(JSON.stringify(await client.ask(diagnosis))).toContain("SCOPE_NOT_GRANTED");
    expect(make).toHaveBeenCalledTimes(1);
  });

  it("answers on the page when no worker can run", async () => {
    const client = createCheckClient({ createWorker: () => null });
    expect(JSON.stringify(await client.ask(diagnosis))).toContain("SCOPE_NOT_GRANTED");
    expect(client.where()).toBe("page");
  });

  it("answers on the page, the questions already asked included, when the worker's script fails", async () => {
    const broken = new FakeWorker();
    broken.fail = true;
    const client = createCheckClient({ createWorker: () => broken.asWorker() });
    const answers = await Promise.all([client.ask(diagnosis), client.ask(notes)]);
    expect(JSON.stringify(answers[0])).toContain("SCOPE_NOT_GRANTED");
    expect(Object.keys(answers[1] ?? {})).toContain("problem.actual");
    expect(broken.terminated).toBe(true);
    expect(client.where()).toBe("page");
    await client.ask(diagnosis);
    expect(broken.received).toHaveLength(2);
  });

  it("gives null for a check that failed, in the worker or on the page", async () => {
    const broken = { ...notes, values: null } as never;
    const inWorker = createCheckClient({ createWorker: () => new FakeWorker().asWorker() });
    expect(await inWorker.ask(broken)).toBeNull();
    const onPage = createCheckClient({
      createWorker: () => null,
      loadChecks: () => Promise.reject(new Error("offline")),
    });
    expect(await onPage.ask(diagnosis)).toBeNull();
  });
});

describe("the page's check client, with a worker that answers late or never", () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it("answers on the page, the questions waiting included, when the worker leaves a question unanswered too long", async () => {
    const stuck = new FakeWorker();
    stuck.silent = true;
    const client = createCheckClient({ createWorker: () => stuck.asWorker() });
    const answers = Promise.all([client.ask(diagnosis), client.ask(notes)]);
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS - 1);
    expect(client.where()).toBe("worker");
    await vi.advanceTimersByTimeAsync(1);
    const [found, again] = await answers;
    expect(JSON.stringify(found)).toContain("SCOPE_NOT_GRANTED");
    expect(Object.keys(again ?? {})).toContain("problem.actual");
    expect(stuck.terminated).toBe(true);
    expect(client.where()).toBe("page");
    await client.ask(diagnosis);
    expect(stuck.received).toHaveLength(2);
  });

  it("keeps a busy worker that answers a queue of slow questions one after another", async () => {
    const busy = new FakeWorker();
    busy.delay = CHECK_TIMEOUT_MS * 0.75;
    const client = createCheckClient({ createWorker: () => busy.asWorker() });
    const answers = Promise.all([client.ask(diagnosis), client.ask(notes), client.ask(diagnosis)]);
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS * 0.75 * 3 + 1);
    const [found, again, third] = await answers;
    expect(JSON.stringify(found)).toContain("SCOPE_NOT_GRANTED");
    expect(Object.keys(again ?? {})).toContain("problem.actual");
    expect(JSON.stringify(third)).toContain("SCOPE_NOT_GRANTED");
    expect(busy.terminated).toBe(false);
    expect(client.where()).toBe("worker");
  });

  it("keeps its worker when it answers in time", async () => {
    const worker = new FakeWorker();
    const client = createCheckClient({ createWorker: () => worker.asWorker() });
    const answer = client.ask(diagnosis);
    await vi.advanceTimersByTimeAsync(1);
    expect(JSON.stringify(await answer)).toContain("SCOPE_NOT_GRANTED");
    await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS * 2);
    expect(worker.terminated).toBe(false);
    expect(client.where()).toBe("worker");
  });
});
