// @vitest-environment jsdom
// The wizard's live diagnosis hook: on the server, diagnosed during the render (so the page without JavaScript has
// it); in the browser, asked of the checks' worker — the first render waits for its answer (suspends), then it is
// asked again only after the form has been still for 300 ms, never for every keystroke; never a crash on whatever the
// form holds, and no findings when the worker's diagnosis fails.
import { act, cleanup, render, screen } from "@testing-library/react";
import { Suspense, useEffect } from "react";
import { FormProvider, useForm, useWatch, type UseFormReturn } from "react-hook-form";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as diagnoseModule from "~/diagnosis/diagnose";
import { liveDiagnosisInput, sameLiveInput } from "~/diagnosis/live-input";
import { CHECK_TIMEOUT_MS, createCheckClient, type CheckClient } from "~/evidence/worker/checks-client";
import type { TicketInput } from "~/ticket/schema";
import { LIVE_DIAGNOSIS_DELAY_MS, useDebouncedDiagnosis } from "~/components/wizard/use-live-diagnosis";
import { diagnoseLive } from "~/components/wizard/diagnose-now.server";
import { FakeWorker } from "../evidence-ui/fake-worker";

vi.mock("~/diagnosis/diagnose", { spy: true });

let form: UseFormReturn<TicketInput> | undefined;
let worker: FakeWorker;
let checks: CheckClient;

function Codes({ server }: { server?: boolean }) {
  const diagnosis = useDebouncedDiagnosis(useWatch<TicketInput>(), { checks, now: server ? diagnoseLive : null });
  return <p data-testid="codes">{diagnosis.findings.map((f) => f.code).join(" ") || "none"}</p>;
}

function Harness({ values, server }: { values: unknown; server?: boolean }) {
  const methods = useForm<TicketInput>({ defaultValues: values as TicketInput });
  useEffect(() => {
    form = methods;
  }, [methods]);
  return (
    <FormProvider {...methods}>
      <Suspense fallback={<p data-testid="waiting" />}>
        <Codes server={server} />
      </Suspense>
    </FormProvider>
  );
}

const codes = () => screen.getByTestId("codes").textContent;
const set = (name: string, value: unknown) =>
  act(() => form!.setValue(name as never, value as never, { shouldDirty: true }));
/** Time passes; the worker's answers (a tick away) arrive in it. */
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
/** Renders, and lets the worker answer the first render's question. */
async function open(values: unknown) {
  render(<Harness values={values} />);
  await wait(1);
}

const APP = { smartVersion: "v1", requestedScopes: "system/Specimen.read", grantedScopes: "system/Specimen.read" };

beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(diagnoseModule.diagnose).mockClear();
  worker = new FakeWorker();
  checks = createCheckClient({ createWorker: () => worker.asWorker() });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  form = undefined;
});

describe("the live diagnosis (useDebouncedDiagnosis over the form)", () => {
  it("diagnoses during the render where it can (the server), without the worker", () => {
    render(
      <Harness
        server
        values={{ application: { ...APP, grantedScopes: "system/Patient.read" }, examples: [], evidence: [] }}
      />,
    );
    expect(codes()).toContain("SCOPE_NOT_GRANTED");
    expect(worker.received).toHaveLength(0);
  });

  it("in the browser, shows the worker's diagnosis once it has answered, nothing before", async () => {
    render(
      <Harness values={{ application: { ...APP, grantedScopes: "system/Patient.rs" }, examples: [], evidence: [] }} />,
    );
    expect(screen.queryByTestId("codes")).toBeNull();
    expect(screen.getByTestId("waiting")).toBeTruthy();
    await wait(1);
    expect(codes()).toContain("SCOPE_NOT_GRANTED");
    expect(worker.received).toHaveLength(1);
    expect(diagnoseModule.diagnose).toHaveBeenCalledTimes(1);
  });

  it("waits until the form has been still for 300 ms, and diagnoses once for a burst of keystrokes", async () => {
    await open({ application: APP, examples: [], evidence: [] });
    const before = codes();
    expect(before).not.toContain("SCOPE_VERSION_MISMATCH");
    vi.mocked(diagnoseModule.diagnose).mockClear();

    const typed = "system/Specimen.read system/Patient.rs";
    for (let i = "system/Specimen.read".length + 1; i <= typed.length; i++) {
      set("application.requestedScopes", typed.slice(0, i));
      await wait(50);
    }
    expect(diagnoseModule.diagnose).not.toHaveBeenCalled();
    expect(codes()).toBe(before);

    await wait(LIVE_DIAGNOSIS_DELAY_MS - 51);
    expect(codes()).toBe(before);
    await wait(2);
    expect(codes()).toContain("SCOPE_VERSION_MISMATCH");
    expect(diagnoseModule.diagnose).toHaveBeenCalledTimes(1);
  });

  it("follows the SMART version", async () => {
    await open({
      application: { ...APP, requestedScopes: "system/Specimen.rs", grantedScopes: "" },
      examples: [],
      evidence: [],
    });
    expect(codes()).toContain("SCOPE_VERSION_MISMATCH");
    set("application.smartVersion", "v2");
    await wait(LIVE_DIAGNOSIS_DELAY_MS + 1);
    expect(codes()).not.toContain("SCOPE_VERSION_MISMATCH");
  });

  it("does not diagnose again for a change the diagnosis does not read", async () => {
    await open({ application: APP, about: { name: "" }, examples: [], evidence: [] });
    vi.mocked(diagnoseModule.diagnose).mockClear();
    set("about.name", "Ada Lovelace");
    await wait(LIVE_DIAGNOSIS_DELAY_MS * 2);
    set("application.requestedScopes", APP.requestedScopes);
    await wait(LIVE_DIAGNOSIS_DELAY_MS * 2);
    expect(diagnoseModule.diagnose).not.toHaveBeenCalled();
  });

  it("reads evidence items from the form, and ignores empty ones", async () => {
    await open({
      application: { requestedScopes: "system/Specimen.read" },
      examples: [],
      evidence: [{ id: "evidence-1", kind: "text", text: "" }],
    });
    expect(codes()).not.toContain("SCOPE_NOT_GRANTED");
    set(
      "evidence.0.text",
      JSON.stringify({
        access_token: "[REDACTED:access_token#1]",
        scope: "system/Patient.read",
        token_type: "Bearer",
        expires_in: 570,
      }),
    );
    await wait(LIVE_DIAGNOSIS_DELAY_MS + 1);
    expect(codes()).toContain("SCOPE_NOT_GRANTED");
  });

  it("never throws on garbage in the form", async () => {
    const garbage = {
      application: 42,
      examples: "x",
      evidence: [
        null,
        7,
        { text: 5 },
        { id: {}, kind: ["har"], text: "GET https://fhir-ehr.cerner.com/r4/x/Patient/1 → 403\n\u0000{{{" },
      ],
    };
    await open(garbage);
    expect(codes()).toBeTruthy();
    set("application", { requestedScopes: ["not", "a", "string"], smartVersion: null, tenantId: { nested: true } });
    set("examples", [null, { status: {}, url: 12 }, "y"]);
    await wait(LIVE_DIAGNOSIS_DELAY_MS + 1);
    expect(codes()).toBeTruthy();
  });

  it("shows no findings rather than failing when the diagnosis itself fails", async () => {
    await open({ application: APP, examples: [], evidence: [] });
    vi.mocked(diagnoseModule.diagnose).mockImplementationOnce(() => {
      throw new Error("boom");
    });
    set("application.requestedScopes", "system/Patient.read");
    await wait(LIVE_DIAGNOSIS_DELAY_MS + 1);
    expect(codes()).toBe("none");
  });

  it("answers on the page when the worker's script fails", async () => {
    worker.fail = true;
    await open({ application: { ...APP, grantedScopes: "system/Patient.read" }, examples: [], evidence: [] });
    await wait(1);
    expect(codes()).toContain("SCOPE_NOT_GRANTED");
    expect(checks.where()).toBe("page");
  });

  it("answers on the page when the worker starts but never answers, and goes on there", async () => {
    worker.silent = true;
    render(
      <Harness
        values={{ application: { ...APP, grantedScopes: "system/Observation.read" }, examples: [], evidence: [] }}
      />,
    );
    await wait(CHECK_TIMEOUT_MS - 1);
    expect(screen.getByTestId("waiting")).toBeTruthy();
    await wait(2);
    expect(codes()).toContain("SCOPE_NOT_GRANTED");
    set("application.grantedScopes", APP.grantedScopes);
    await wait(LIVE_DIAGNOSIS_DELAY_MS + 1);
    expect(codes()).not.toContain("SCOPE_NOT_GRANTED");
    expect(worker.received).toHaveLength(1);
  });

  it("shows the answer to the last question only, whatever order the answers come in", async () => {
    await open({ application: APP, examples: [], evidence: [] });
    const slow = vi.spyOn(checks, "ask");
    let first: () => void = () => undefined;
    slow.mockImplementationOnce(
      (request) =>
        new Promise((resolve) => {
          first = () =>
            void createCheckClient({ createWorker: () => null })
              .ask(request)
              .then(resolve);
        }),
    );
    set("application.grantedScopes", "system/Patient.read");
    await wait(LIVE_DIAGNOSIS_DELAY_MS + 1);
    set("application.grantedScopes", APP.grantedScopes);
    await wait(LIVE_DIAGNOSIS_DELAY_MS + 1);
    expect(codes()).not.toContain("SCOPE_NOT_GRANTED");
    await act(async () => {
      first();
      await vi.advanceTimersByTimeAsync(1);
    });
    expect(codes()).not.toContain("SCOPE_NOT_GRANTED");
  });
});

describe("liveDiagnosisInput", () => {
  it("keeps the strings the diagnosis reads and drops everything else", () => {
    const input = liveDiagnosisInput({
      application: { clientId: " b1e2a292 ", smartVersion: 1, bad: {} },
      examples: [{ status: 403, url: "https://x" }, null],
      evidence: [{ id: "a", kind: "http", text: "GET /" }, { id: "b", text: "   " }, { text: "no id" }],
    });
    expect(input).toEqual({
      application: { clientId: " b1e2a292 ", smartVersion: "1" },
      problem: {},
      examples: [{ status: "403", url: "https://x" }, {}],
      evidence: [
        { id: "a", kind: "http", text: "GET /" },
        { id: "evidence-3", text: "no id" },
      ],
    });
    expect(liveDiagnosisInput(undefined)).toEqual({ application: {}, problem: {}, examples: [], evidence: [] });
  });

  it("compares inputs field by field", () => {
    const a = liveDiagnosisInput({ application: { appId: "x" }, evidence: [{ id: "e", text: "t" }] });
    expect(
      sameLiveInput(a, liveDiagnosisInput({ application: { appId: "x" }, evidence: [{ id: "e", text: "t" }] })),
    ).toBe(true);
    expect(
      sameLiveInput(a, liveDiagnosisInput({ application: { appId: "x" }, evidence: [{ id: "e", text: "u" }] })),
    ).toBe(false);
    expect(
      sameLiveInput(a, liveDiagnosisInput({ application: { appId: "y" }, evidence: [{ id: "e", text: "t" }] })),
    ).toBe(false);
  });
});
