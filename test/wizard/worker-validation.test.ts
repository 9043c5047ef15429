// The form validated in the checks' worker: the worker's `validate-form` and `step-validity` answers (pure, plain
// data) and the page's resolver that turns them into react-hook-form's errors — the same result as zodResolver over
// the ticket schema, on the seed, sample and blank tickets with every field set to odd values. When the worker cannot
// answer, the page validates itself; a failure is never "valid".
import { zodResolver } from "@hookform/resolvers/zod";
import type { ResolverOptions } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { askStepValidity, createResolver } from "~/components/wizard/load-validation";
import { resolverResult } from "~/components/wizard/resolver-result";
import { createStepValidity, type StepValidity } from "~/components/wizard/step-validity";
import { answerCheck } from "~/evidence/worker/checks";
import { CHECK_TIMEOUT_MS, createCheckClient, type CheckClient } from "~/evidence/worker/checks-client";
import { ticketSchema, type TicketInput } from "~/ticket/schema";
import { STEPS } from "~/ticket/steps";
import { formIssues } from "~/wizard/validate-form";
import { validateStep } from "~/wizard/validate-step";
import { sampleValues } from "~/wizard/sample";
import { emptyValues, sanitiseValues, type WizardValues } from "~/wizard/values";
import { FakeWorker } from "../evidence-ui/fake-worker";
import { flatten, seedValues } from "./fixtures";

/** What a field may hold that the schema should turn down (or accept), whatever its type. */
const ODD_VALUES: unknown[] = [
  "",
  "   ",
  "yes",
  "maybe",
  "0",
  "abc12345-def6-7890-ghij-klmnopqrstuv",
  "00000000-0000-0000-0000-000000000000",
  "2025-13-45 25:61",
  "Mon, 28 Jul 2025 15:21:14",
  "http://",
  "system/Patient.read user/*.*",
  "x".repeat(5_000),
  42,
  null,
  [],
  {},
];

const BASES: Array<[string, () => WizardValues]> = [
  ["seed", seedValues],
  ["sample", sampleValues],
  ["blank", emptyValues],
];

/** `values` with the field at dotted `path` set to `value`. */
function withField(values: WizardValues, path: string, value: unknown): TicketInput {
  const copy = structuredClone(values) as unknown as Record<string, unknown>;
  const keys = path.split(".");
  let node = copy;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[keys.at(-1)!] = value;
  return copy as unknown as TicketInput;
}

/** Every field's path in `values`, and the blank ticket's fields too (a base may leave some out). */
const fieldPaths = (values: WizardValues) => [
  ...new Set([...flatten("", values), ...flatten("", emptyValues())].map(([path]) => path)),
];

const optionsFor = (values: TicketInput): ResolverOptions<TicketInput> => ({
  fields: {},
  names: flatten("", values).map(([path]) => path) as ResolverOptions<TicketInput>["names"],
  shouldUseNativeValidation: false,
});

const workerClient = () => {
  const worker = new FakeWorker();
  const client = createCheckClient({
    createWorker: () => worker.asWorker(),
    loadChecks: () => Promise.reject(new Error("the page is not asked while the worker answers")),
  });
  return { worker, client };
};

describe("the worker's validation answers", () => {
  it("gives the schema's message at each field's path, and nothing of the input", () => {
    const values = withField(seedValues(), "application.clientId", "c388f6bf-1c33-4566-a5bc-249e990ea2bf");
    const result = answerCheck({ check: "validate-form", values });
    expect(result.ok).toBe(true);
    if (!result.ok || result.answer.valid) throw new Error("expected issues");
    expect(result.answer.issues).toEqual([
      { path: "application.clientId", message: expect.stringMatching(/App ID/), type: "custom" },
    ]);
    expect(JSON.stringify(result.answer)).not.toContain("c388f6bf");
  });

  it("gives the ticket the schema makes when the form is valid", () => {
    const result = answerCheck({ check: "validate-form", values: seedValues() });
    expect(result).toEqual({ ok: true, answer: { valid: true, values: ticketSchema.parse(seedValues()) } });
  });

  it("says which steps are valid, as each step's schema does, on the seed, sample and blank tickets with odd values", () => {
    let compared = 0;
    for (const [, base] of BASES)
      for (const values of [
        base(),
        ...fieldPaths(base()).flatMap((p) => ODD_VALUES.map((v) => withField(base(), p, v))),
      ]) {
        const result = answerCheck({ check: "step-validity", values });
        if (!result.ok) throw new Error("failed");
        const sanitised = sanitiseValues(values);
        expect(result.answer).toEqual(
          Object.fromEntries(STEPS.map(({ id }) => [id, Object.keys(validateStep(id, sanitised)).length === 0])),
        );
        compared++;
      }
    expect(compared).toBeGreaterThan(1_000);
    const blank = answerCheck({ check: "step-validity", values: emptyValues() });
    expect(blank.ok && blank.answer.about).toBe(false);
  });

  it("maps a union's issue as zodResolver does: its first option's first issue (the ticket has no union today)", async () => {
    const schema = z.object({
      id: z.union([z.string().check(z.minLength(3, "Too short.")), z.string().check(z.regex(/^x/, "Starts with x."))]),
    });
    const values = { id: "ab" };
    const parsed = schema.safeParse(values);
    const options = { fields: {}, shouldUseNativeValidation: false };
    const theirs = await zodResolver(schema)(values, undefined, options);
    expect(theirs.errors.id?.message).toBe("Too short.");
    const issues = formIssues(parsed.error?.issues ?? []);
    expect(resolverResult({ valid: false, issues }, options as ResolverOptions<TicketInput>)).toEqual(theirs);
  });

  it("answers odd values without throwing (garbage in: every step invalid, never a failure)", () => {
    for (const values of [null, 7, "text", [], { about: 3, examples: "x" }]) {
      expect(answerCheck({ check: "validate-form", values })).toMatchObject({ ok: true, answer: { valid: false } });
      expect(answerCheck({ check: "step-validity", values })).toMatchObject({ ok: true, answer: { about: false } });
    }
  });
});

describe("the page's resolver over the worker's answer", () => {
  it("gives exactly zodResolver's result on the seed, sample and blank tickets with each field set to odd values", async () => {
    const { worker, client } = workerClient();
    const resolver = createResolver(client);
    const reference = zodResolver(ticketSchema);
    let compared = 0;
    for (const [, base] of BASES) {
      const cases: TicketInput[] = [base() as TicketInput];
      for (const path of fieldPaths(base())) for (const odd of ODD_VALUES) cases.push(withField(base(), path, odd));
      for (const values of cases) {
        const [ours, theirs] = await Promise.all([
          resolver(values, undefined, optionsFor(values)),
          reference(values, undefined, optionsFor(values)),
        ]);
        expect(ours).toEqual(theirs);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1_000);
    // Every answer came from the worker (the page's fallback was never loaded).
    expect(worker.received.length).toBe(compared);
    expect(client.where()).toBe("worker");
  });

  it("validates on the page when no worker runs, or when the worker's check fails — never valid by default", async () => {
    const noWorker = createCheckClient({ createWorker: () => null, loadChecks: () => Promise.reject(new Error("x")) });
    const failing: CheckClient = { ask: vi.fn(async () => null), warm: () => undefined, where: () => "worker" };
    const values = emptyValues() as TicketInput;
    const expected = await zodResolver(ticketSchema)(values, undefined, optionsFor(values));
    expect(Object.keys(expected.errors)).toContain("about");
    for (const client of [noWorker, failing])
      expect(await createResolver(client)(values, undefined, optionsFor(values))).toEqual(expected);
    expect(failing.ask).toHaveBeenCalledOnce();
    expect(await askStepValidity(values, failing)).toMatchObject({ about: false });
    expect(await askStepValidity(values, noWorker)).toMatchObject({ about: false });
  });
});

describe("a worker that never answers", () => {
  it("is not waited for past the timeout: the page validates instead", async () => {
    vi.useFakeTimers();
    try {
      const worker = new FakeWorker();
      worker.silent = true;
      const silent = createCheckClient({ createWorker: () => worker.asWorker() });
      const values = emptyValues() as TicketInput;
      const answer = createResolver(silent)(values, undefined, optionsFor(values));
      await vi.advanceTimersByTimeAsync(CHECK_TIMEOUT_MS);
      vi.useRealTimers();
      const expected = await zodResolver(ticketSchema)(values, undefined, optionsFor(values));
      expect(await answer).toEqual(expected);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("the progress indicator's step validity", () => {
  const valid = Object.fromEntries(STEPS.map((s) => [s.id, true])) as StepValidity;
  const invalid = Object.fromEntries(STEPS.map((s) => [s.id, false])) as StepValidity;

  it("keeps only the last question's answer, whichever arrives last", async () => {
    const answers: Array<(v: StepValidity | null) => void> = [];
    const store = createStepValidity(() => new Promise((resolve) => answers.push(resolve)));
    const seen: Array<StepValidity | undefined> = [];
    store.subscribe(() => seen.push(store.get()));
    const first = store.request("old values");
    const second = store.request("new values");
    answers[1](valid);
    await second;
    answers[0](invalid);
    await first;
    expect(store.get()).toBe(valid);
    expect(seen).toEqual([valid]);
  });

  it("forgets the last answer when the last question fails (unknown, not valid)", async () => {
    let answer: StepValidity | null = valid;
    const store = createStepValidity(async () => answer);
    await store.request({});
    expect(store.get()).toBe(valid);
    answer = null;
    await store.request({});
    expect(store.get()).toBeUndefined();
    const throwing = createStepValidity(() => Promise.reject(new Error("no")));
    await throwing.request({});
    expect(throwing.get()).toBeUndefined();
  });

  it("asks the worker, in order with the resolver's questions", async () => {
    const { worker, client } = workerClient();
    const store = createStepValidity((values) => askStepValidity(values, client));
    const values = seedValues();
    await store.request(values);
    expect(store.get()).toEqual(Object.fromEntries(STEPS.map((s) => [s.id, true])));
    expect(worker.received).toMatchObject([{ type: "check", request: { check: "step-validity" } }]);
  });
});
