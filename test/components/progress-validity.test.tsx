// @vitest-environment jsdom
// The progress indicator in the browser: each visited step's status comes from the checks' worker, asked a moment
// after the answers stop changing (one question for a burst of typing, not one per keystroke), and shown once the
// worker has answered.
import { act, cleanup, render, screen } from "@testing-library/react";
import { useEffect } from "react";
import { FormProvider, useForm, type UseFormReturn } from "react-hook-form";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Progress } from "~/components/wizard/progress";
import { askStepValidity } from "~/components/wizard/load-validation";
import { STEP_VALIDITY_DELAY_MS, createStepValidity, type StepValidityStore } from "~/components/wizard/step-validity";
import { createCheckClient, type CheckClient } from "~/evidence/worker/checks-client";
import type { TicketInput } from "~/ticket/schema";
import type { StepId } from "~/ticket/steps";
import { FakeWorker } from "../evidence-ui/fake-worker";
import { seedValues } from "../wizard/fixtures";

// The browser's build: the `.server` module is left empty, so the statuses are the worker's, not the page's schema's.
vi.mock("~/components/wizard/validation-parts.server", () => ({ CheckedProgress: undefined }));

let form: UseFormReturn<TicketInput> | undefined;
let worker: FakeWorker;
let checks: CheckClient;
let validity: StepValidityStore;

function Harness({ visited }: { visited: StepId[] }) {
  const methods = useForm<TicketInput>({ defaultValues: seedValues() as TicketInput });
  useEffect(() => {
    form = methods;
  }, [methods]);
  return (
    <FormProvider {...methods}>
      <Progress validity={validity} step={visited.at(-1)!} visited={visited} attempted={[]} />
    </FormProvider>
  );
}

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const statusOf = (title: string) =>
  screen.getAllByRole("listitem").find((item) => item.textContent?.includes(title))?.textContent ?? "";
const questions = () =>
  worker.received.filter((m) => (m as { request?: { check?: string } }).request?.check === "step-validity").length;

beforeEach(() => {
  vi.useFakeTimers();
  worker = new FakeWorker();
  checks = createCheckClient({ createWorker: () => worker.asWorker() });
  validity = createStepValidity((values) => askStepValidity(values, checks));
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  form = undefined;
});

describe("the progress indicator's statuses, from the worker", () => {
  it("asks once for a burst of 20 changes, a moment after the last, and shows the answer", async () => {
    render(<Harness visited={["about", "application", "problem"]} />);
    await wait(STEP_VALIDITY_DELAY_MS + 1);
    expect(questions()).toBe(1);
    expect(statusOf("About you")).toContain("Complete");
    expect(statusOf("Application")).toContain("Complete");

    for (let i = 1; i <= 20; i++) {
      act(() => form!.setValue("about.clientName", "LifeBridge Health".slice(0, 20 - i)));
      await wait(50);
    }
    expect(questions()).toBe(1);
    await wait(STEP_VALIDITY_DELAY_MS);
    expect(questions()).toBe(2);
    expect(statusOf("About you")).toContain("Has errors");
    expect(statusOf("Application")).toContain("Complete");
  });
});
