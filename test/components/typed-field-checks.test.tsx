// @vitest-environment jsdom
// The wizard's hooks over the checks' worker: the field notes (shown a moment after typing, with "Redact it"; none
// when the check fails; the worker not even started while nothing is typed) and the draft autosave (written only with
// the worker's privacy pass: a token typed in an answer is stored as its placeholder; nothing written when the pass
// fails, nor by a save still in flight when the draft is discarded).
import { act, cleanup, renderHook } from "@testing-library/react";
import { useRef } from "react";
import { useForm } from "react-hook-form";
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from "vitest";
import { FIELD_NOTE_DELAY_MS, useFieldNotesState } from "~/components/wizard/field-notes";
import { useAutosave } from "~/components/wizard/use-autosave";
import { CHECK_TIMEOUT_MS, createCheckClient, type CheckClient } from "~/evidence/worker/checks-client";
import type { Ticket, TicketInput } from "~/ticket/schema";
import { DRAFT_STORAGE_KEY, type WizardDraft } from "~/wizard/draft";
import { emptyValues } from "~/wizard/values";
import { FakeWorker } from "../evidence-ui/fake-worker";
import { ACCESS_TOKEN, TOKEN_PAYLOAD } from "../evidence-ui/helpers";

const TYPED = `Called with Authorization: Bearer ${ACCESS_TOKEN} and got a 403.`;
const NAV: Pick<WizardDraft, "step" | "visited" | "attempted"> = {
  step: "problem",
  visited: ["problem"],
  attempted: [],
};

let worker: FakeWorker;
let started: Mock<() => Worker | null>;
let checks: CheckClient;
/** A client whose every check fails (the worker answers `failed`). */
const failing = (): CheckClient => ({ ask: () => Promise.resolve(null), warm: () => undefined, where: () => "worker" });

const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function useWizardHooks(client: () => CheckClient) {
  const form = useForm<TicketInput, unknown, Ticket>({ defaultValues: emptyValues() });
  const navRef = useRef(NAV);
  const redacted = useRef(new Map<string, string>());
  const notes = useFieldNotesState(form, () => [], client());
  const autosave = useAutosave(form, navRef, NAV, redacted, () => undefined, client());
  return { form, notes, autosave };
}

const stored = () => localStorage.getItem(DRAFT_STORAGE_KEY);

beforeEach(() => {
  vi.useFakeTimers();
  localStorage.clear();
  worker = new FakeWorker();
  started = vi.fn(() => worker.asWorker());
  checks = createCheckClient({ createWorker: started });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe("the field notes, from the worker", () => {
  it("notes a token typed in an answer a moment after the typing, and Redact it rewrites the field", async () => {
    const { result } = renderHook(() => useWizardHooks(() => checks));
    await wait(FIELD_NOTE_DELAY_MS * 2);
    expect(started).not.toHaveBeenCalled();

    act(() => result.current.form.setValue("problem.actual", TYPED));
    await wait(FIELD_NOTE_DELAY_MS - 10);
    expect(result.current.notes.notes["problem.actual"]).toBeUndefined();
    await wait(20);
    const note = result.current.notes.notes["problem.actual"];
    expect(note.findings.length).toBeGreaterThan(0);
    expect(JSON.stringify(note)).not.toContain(TOKEN_PAYLOAD);

    act(() => result.current.notes.redact("problem.actual"));
    await wait(FIELD_NOTE_DELAY_MS * 2);
    expect(result.current.form.getValues("problem.actual")).not.toContain(TOKEN_PAYLOAD);
    expect(result.current.form.getValues("problem.actual")).toContain("got a 403");
    expect(result.current.notes.notes["problem.actual"]).toBeUndefined();
  });

  it("notes a typed token, and saves the draft, when the worker starts but never answers", async () => {
    worker.silent = true;
    const { result } = renderHook(() => useWizardHooks(() => checks));
    act(() => result.current.form.setValue("problem.actual", TYPED));
    await wait(FIELD_NOTE_DELAY_MS + CHECK_TIMEOUT_MS - 10);
    expect(result.current.notes.notes["problem.actual"]).toBeUndefined();
    expect(stored()).toBeNull();
    await wait(20);
    expect(result.current.notes.notes["problem.actual"].findings.length).toBeGreaterThan(0);
    await wait(1_000);
    expect(stored()).toContain("got a 403");
    expect(stored()).not.toContain(TOKEN_PAYLOAD);
    expect(worker.received.length).toBeGreaterThan(0);
  });

  it("shows no note when the check fails", async () => {
    const { result } = renderHook(() => useWizardHooks(failing));
    act(() => result.current.form.setValue("problem.actual", TYPED));
    await wait(FIELD_NOTE_DELAY_MS * 2);
    expect(result.current.notes.notes).toEqual({});
  });
});

describe("the draft autosave, through the worker's privacy pass", () => {
  it("starts the worker at the first change, before the save's delay is over", async () => {
    const { result } = renderHook(() => useWizardHooks(() => checks));
    expect(started).not.toHaveBeenCalled();
    act(() => result.current.form.setValue("problem.actual", "Still failing"));
    expect(started).toHaveBeenCalledTimes(1);
    expect(worker.received).toHaveLength(0);
  });

  it("stores a typed token as its placeholder", async () => {
    const { result } = renderHook(() => useWizardHooks(() => checks));
    act(() => result.current.form.setValue("problem.actual", TYPED));
    act(() => result.current.autosave.saveNow());
    expect(stored()).toBeNull();
    await wait(1);
    const draft = stored() ?? "";
    expect(draft).toContain("got a 403");
    expect(draft).not.toContain(TOKEN_PAYLOAD);
  });

  it("writes nothing when the privacy pass fails, or leaves out a typed field", async () => {
    const { result } = renderHook(() => useWizardHooks(failing));
    act(() => result.current.form.setValue("problem.actual", TYPED));
    act(() => result.current.autosave.saveNow());
    await wait(1_000);
    expect(stored()).toBeNull();

    const partial: CheckClient = { ask: () => Promise.resolve([]), warm: () => undefined, where: () => "worker" };
    const other = renderHook(() => useWizardHooks(() => partial));
    act(() => other.result.current.form.setValue("problem.actual", TYPED));
    act(() => other.result.current.autosave.saveNow());
    await wait(1_000);
    expect(stored()).toBeNull();
  });

  it("writes nothing from a save in flight when the draft is discarded", async () => {
    const { result } = renderHook(() => useWizardHooks(() => checks));
    act(() => result.current.form.setValue("problem.actual", "Still failing"));
    act(() => {
      result.current.autosave.saveNow();
      result.current.autosave.cancelSave();
    });
    await wait(1_000);
    expect(stored()).toBeNull();
  });
});
