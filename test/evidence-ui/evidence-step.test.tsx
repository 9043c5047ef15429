// @vitest-environment jsdom
// The Evidence step as a user meets it: paste, see the redaction beside the original, restore a false positive, add
// words to redact, take suggested IDs into the form, add files; and what must never happen: the original in the form
// values, a failed redaction in the ticket, a typed value overwritten without asking.
import { File as NodeFile } from "node:buffer";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { useState, type ReactNode } from "react";
import { FormProvider, useForm, type UseFormReturn } from "react-hook-form";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EvidenceStep } from "~/components/evidence/evidence-step";
import type { SessionDeps } from "~/evidence/step/evidence-session";
import { MAX_FILE_BYTES } from "~/components/evidence/read-evidence-file";
import { sessionFor } from "~/components/evidence/use-evidence-session";
import { RunCancelled, type EvidenceRunner } from "~/evidence/worker/client";
import { REDACTION_FAILED_MESSAGE, type ProcessResult } from "~/evidence/worker/process-evidence";
import type { TicketInput } from "~/ticket/schema";
import { emptyExample, emptyValues, type WizardValues } from "~/wizard/values";
import {
  FORBIDDEN_403,
  NOTE_WITH_PHI,
  OPC_REQUEST_ID,
  SANDBOX_TENANT,
  TOKEN_PAYLOAD,
  TOKEN_RESPONSE,
  X_REQUEST_ID,
} from "./helpers";

const WAIT = { timeout: 3000 };

interface Rendered {
  form: UseFormReturn<TicketInput>;
  submitted: Array<TicketInput["evidence"]>;
  /** Shows or hides the step, as the wizard does when the user goes to another step and back. */
  showStep(show: boolean): void;
}

function setup({ values, deps = {} }: { values?: Partial<WizardValues>; deps?: SessionDeps } = {}): Rendered {
  const out = { submitted: [] } as unknown as Rendered;
  function Harness(): ReactNode {
    const form = useForm<TicketInput>({
      defaultValues: { ...emptyValues(), ...values } as unknown as TicketInput,
      shouldUnregister: false,
    });
    // The session is made with the test's dependencies before the step mounts.
    useState(() => sessionFor(form, deps));
    const [shown, setShown] = useState(true);
    out.form = form;
    out.showStep = (show) => act(() => setShown(show));
    return (
      <FormProvider {...form}>
        <form
          aria-label="wizard"
          onSubmit={(event) => {
            event.preventDefault();
            out.submitted.push(structuredClone(form.getValues("evidence")));
          }}
        >
          {shown ? <EvidenceStep /> : null}
          <button type="submit" name="intent" value="next">
            Next
          </button>
        </form>
      </FormProvider>
    );
  }
  render(<Harness />);
  return out;
}

const evidenceGroup = (n: number) => screen.getByRole("group", { name: `Evidence ${n}` });

function paste(n: number, text: string) {
  fireEvent.change(within(evidenceGroup(n)).getByLabelText("Evidence text"), { target: { value: text } });
}

function addAndPaste(text: string) {
  fireEvent.click(screen.getByRole("button", { name: "Add evidence" }));
  const n = screen.getAllByRole("group", { name: /^Evidence \d+$/ }).length;
  paste(n, text);
  return n;
}

const formText = (r: Rendered, i = 0) => r.form.getValues(`evidence.${i}.text`) ?? "";

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("pasting evidence", () => {
  it("shows the redacted text beside the original, each redaction highlighted with its type, and counts per category", async () => {
    const r = setup();
    addAndPaste(TOKEN_RESPONSE);
    const group = evidenceGroup(1);
    const mark = await within(group).findByTitle("redacted access token", {}, WAIT);
    expect(mark.tagName).toBe("MARK");
    expect(mark.textContent).toMatch(/^\[REDACTED:access_token#1 · JWT /);
    const counts = within(group).getByRole("list", { name: "Redactions in evidence 1" });
    expect(counts.textContent).toContain("1 secret");
    expect(counts.textContent).toContain("0 personal data");
    expect(counts.textContent).toContain("0 of your terms");
    // The kind was detected; the original is still in the textarea, and only the redacted text is in the form.
    expect((within(group).getByLabelText("Kind of evidence") as HTMLSelectElement).value).toBe("token-response");
    expect((within(group).getByLabelText("Evidence text") as HTMLTextAreaElement).value).toBe(TOKEN_RESPONSE);
    expect(formText(r)).toContain("[REDACTED:access_token#1");
    expect(JSON.stringify(r.form.getValues())).not.toContain(TOKEN_PAYLOAD);
    expect(JSON.stringify({ ...localStorage })).not.toContain(TOKEN_PAYLOAD);
  });

  it("gives the same token the same placeholder in two items, and keeps the 403's IDs", async () => {
    const r = setup();
    addAndPaste(TOKEN_RESPONSE);
    addAndPaste(FORBIDDEN_403);
    await waitFor(() => expect(r.form.getValues("evidence")).toHaveLength(2), WAIT);
    expect(formText(r, 1)).toContain("Authorization: Bearer [REDACTED:access_token#1");
    expect(formText(r, 1)).toContain(`X-Request-Id: ${X_REQUEST_ID}`);
    expect(r.form.getValues("evidence.1.kind")).toBe("http");
  });

  it("lets the user correct the detected kind, which then sticks", async () => {
    const r = setup();
    addAndPaste(FORBIDDEN_403);
    const select = within(evidenceGroup(1)).getByLabelText("Kind of evidence") as HTMLSelectElement;
    await waitFor(() => expect(r.form.getValues("evidence.0.kind")).toBe("http"), WAIT);
    fireEvent.change(select, { target: { value: "log" } });
    await waitFor(() => expect(r.form.getValues("evidence.0.kind")).toBe("log"), WAIT);
    paste(1, `${FORBIDDEN_403}\n`);
    await waitFor(() => expect(formText(r).endsWith("\n")).toBe(true), WAIT);
    expect(select.value).toBe("log");
    expect(within(evidenceGroup(1)).getByText("As you chose.")).toBeTruthy();
  });

  it("puts the redaction of what is on screen into the form when a button is pressed, without waiting", () => {
    const r = setup();
    addAndPaste(TOKEN_RESPONSE);
    // No time passes: the debounced run happens as the form is submitted.
    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(r.submitted).toHaveLength(1);
    expect(r.submitted[0][0].text).toContain("[REDACTED:access_token#1");
    expect(JSON.stringify(r.submitted)).not.toContain(TOKEN_PAYLOAD);
  });

  it("never gives the original a form name, so no form post can carry it", async () => {
    setup();
    addAndPaste(TOKEN_RESPONSE);
    await within(evidenceGroup(1)).findByTitle("redacted access token", {}, WAIT);
    const posted = [...new FormData(screen.getByRole("form", { name: "wizard" }) as HTMLFormElement).entries()];
    expect(JSON.stringify(posted)).not.toContain(TOKEN_PAYLOAD);
    expect(within(evidenceGroup(1)).getByLabelText("Evidence text").getAttribute("name")).toBeNull();
  });

  it("takes an item out of the ticket when its text is cleared or it is removed", async () => {
    const r = setup();
    addAndPaste(TOKEN_RESPONSE);
    addAndPaste(FORBIDDEN_403);
    await waitFor(() => expect(r.form.getValues("evidence")).toHaveLength(2), WAIT);
    paste(1, "");
    await waitFor(() => expect(r.form.getValues("evidence").map((e) => e.id)).toEqual(["evidence-2"]), WAIT);
    fireEvent.click(screen.getByRole("button", { name: "Remove evidence 2" }));
    await waitFor(() => expect(r.form.getValues("evidence")).toEqual([]), WAIT);
  });
});

describe("restoring and adding redactions", () => {
  it("offers Restore for personal data only, never for a secret, and restores by value", async () => {
    const r = setup();
    addAndPaste(NOTE_WITH_PHI);
    const group = evidenceGroup(1);
    await within(group).findByTitle("redacted name", {}, WAIT);
    const findings = within(group).getByRole("list", { name: "What was redacted in evidence 1" });
    const rows = within(findings).getAllByRole("listitem");
    const secretRow = rows.find((row) => row.textContent?.includes("secret"))!;
    expect(secretRow).toBeTruthy();
    expect(within(secretRow).queryByRole("button")).toBeNull();
    const restores = within(findings).getAllByRole("button", { name: /^Restore \(not personal data\)/ });
    expect(restores).toHaveLength(rows.filter((row) => row.textContent?.includes("personal data")).length);
    expect(formText(r)).not.toContain("Jane Doe");

    const nameRow = rows.find((row) => row.textContent?.includes("[REDACTED:name#1]"))!;
    fireEvent.click(within(nameRow).getByRole("button", { name: /^Restore/ }));
    await waitFor(() => expect(formText(r)).toContain("Patient: Jane Doe"), WAIT);
    expect(formText(r)).not.toContain("synthetic-secret-for-tests");
    // The restore is in the ticket (not only on this page): the server and the export keep the value too.
    expect(r.form.getValues("notPersonalData")).toEqual(["Jane Doe"]);
    expect(within(group).getByRole("list", { name: "Redactions in evidence 1" }).textContent).toContain("1 restored");

    fireEvent.click(within(group).getByRole("button", { name: /^Redact again/ }));
    await waitFor(() => expect(formText(r)).not.toContain("Jane Doe"), WAIT);
    expect(r.form.getValues("notPersonalData")).toEqual([]);
  });

  it("redacts the extra words everywhere (one a line or comma separated) as the user's terms", async () => {
    const r = setup();
    addAndPaste(FORBIDDEN_403);
    await waitFor(() => expect(formText(r)).toContain("no_scope_for_resource_path"), WAIT);
    fireEvent.change(screen.getByLabelText(/^Also redact these words/), {
      target: { value: "insufficient_scope\nno_scope_for_resource_path, insufficient_scope" },
    });
    expect(r.form.getValues("redactTerms")).toEqual(["insufficient_scope", "no_scope_for_resource_path"]);
    await waitFor(() => expect(formText(r)).toContain("[REDACTED:custom#2]"), WAIT);
    expect(formText(r)).not.toMatch(/"insufficient_scope|no_scope_for_resource_path/);
    const counts = within(evidenceGroup(1)).getByRole("list", { name: "Redactions in evidence 1" });
    expect(counts.textContent).toContain("2 of your terms");
  });

  it("keeps the extra words box and the form in step: dirty and touched, focus from the form, values replaced from outside", async () => {
    const r = setup({ values: { redactTerms: ["Acme"] } as Partial<WizardValues> });
    const box = screen.getByLabelText(/^Also redact these words/) as HTMLTextAreaElement;
    expect(box.value).toBe("Acme");
    expect(box.name).toBe("redactTerms");
    fireEvent.change(box, { target: { value: "Acme\nLifeBridge" } });
    expect(r.form.getValues("redactTerms")).toEqual(["Acme", "LifeBridge"]);
    // The text is kept as typed (a trailing comma or blank line while typing is not taken away).
    fireEvent.change(box, { target: { value: "Acme, LifeBridge," } });
    expect(box.value).toBe("Acme, LifeBridge,");
    expect(r.form.getValues("redactTerms")).toEqual(["Acme", "LifeBridge"]);
    expect(r.form.getFieldState("redactTerms").isDirty).toBe(true);
    fireEvent.blur(box);
    await waitFor(() => expect(r.form.getFieldState("redactTerms").isTouched).toBe(true), WAIT);
    // The form focuses the box (an error link, the first invalid field).
    act(() => r.form.setFocus("redactTerms"));
    expect(document.activeElement).toBe(box);
    // A draft restored or discarded replaces the words: the box shows them.
    act(() => r.form.setValue("redactTerms", ["Jane Example"]));
    await waitFor(() => expect(box.value).toBe("Jane Example"), WAIT);
    act(() => r.form.reset({ ...r.form.getValues(), redactTerms: [] }));
    await waitFor(() => expect(box.value).toBe(""), WAIT);
  });

  it("re-redacts when the environment changes: a client domain gets the strict rules", async () => {
    const bundle = JSON.stringify({
      resourceType: "Patient",
      id: "12724066",
      birthDate: "1990-09-15",
      gender: "female",
    });
    const r = setup({ values: { application: { ...emptyValues().application, environment: "sandbox" } } });
    addAndPaste(bundle);
    await waitFor(() => expect(formText(r)).toContain('"gender"'), WAIT);
    const sandboxText = formText(r);
    act(() => r.form.setValue("application.environment", "client-prod" as never));
    await waitFor(() => expect(formText(r)).not.toBe(sandboxText), WAIT);
    expect(formText(r)).not.toContain("1990-09-15");
  });
});

describe("leaving the step and coming back", () => {
  it("keeps the originals in memory, and re-redacts for an environment chosen meanwhile", async () => {
    const patient = JSON.stringify({
      resourceType: "Patient",
      id: "12724066",
      birthDate: "1990-09-15",
      gender: "female",
    });
    const r = setup({ values: { application: { ...emptyValues().application, environment: "sandbox" } } });
    addAndPaste(patient);
    await waitFor(() => expect(formText(r)).toContain('"gender"'), WAIT);
    const sandboxText = formText(r);
    r.showStep(false);
    // On the Application step: a client domain.
    act(() => r.form.setValue("application.environment", "client-prod" as never));
    await waitFor(() => expect(formText(r)).not.toBe(sandboxText), WAIT);
    expect(JSON.stringify(r.form.getValues())).not.toContain("1990-09-15");
    r.showStep(true);
    expect((within(evidenceGroup(1)).getByLabelText("Evidence text") as HTMLTextAreaElement).value).toBe(patient);
    expect(screen.getByText("Client domain, production")).toBeTruthy();
  });

  it("drops the originals when the form's evidence is replaced from outside (draft discarded)", async () => {
    const r = setup();
    addAndPaste(TOKEN_RESPONSE);
    await waitFor(() => expect(r.form.getValues("evidence")).toHaveLength(1), WAIT);
    r.showStep(false);
    act(() => r.form.reset(emptyValues() as unknown as TicketInput));
    r.showStep(true);
    expect(screen.queryByRole("group", { name: "Evidence 1" })).toBeNull();
    expect(screen.queryByDisplayValue(TOKEN_RESPONSE)).toBeNull();
  });
});

describe("suggestions", () => {
  const typedExample = {
    ...emptyExample(),
    xRequestId: "e1234567-89ab-4cde-8f12-3456789abcde",
    opcRequestId: OPC_REQUEST_ID,
  };

  it("uses a value with one click, replaces a typed one only through its Replace button, and says when it is there", async () => {
    const r = setup({ values: { examples: [typedExample] } });
    addAndPaste(FORBIDDEN_403);
    const panel = await screen.findByRole("region", { name: "Found in your evidence" }, WAIT);
    // The example with the same opc-request-id is the target; its X-Request-Id differs.
    const replace = within(panel).getByRole("button", {
      name: new RegExp(`^Replace e1234567-89ab-4cde-8f12-3456789abcde with ${X_REQUEST_ID}`),
    });
    const opcRow = within(panel).getByText(OPC_REQUEST_ID).closest("li")!;
    expect(opcRow.textContent).toContain("already in the form");
    expect(within(opcRow).queryByRole("button")).toBeNull();
    // The typed value is still there until Replace is pressed.
    expect(r.form.getValues("examples.0.xRequestId")).toBe(typedExample.xRequestId);
    fireEvent.click(replace);
    expect(r.form.getValues("examples.0.xRequestId")).toBe(X_REQUEST_ID);
    await waitFor(() =>
      expect(within(panel).getByText(X_REQUEST_ID).closest("li")!.textContent).toContain("already in the form"),
    );

    // An empty field takes the value with Use; the source is shown.
    const timeRow = within(panel).getByText("2025-07-29T15:22:10Z").closest("li")!;
    expect(timeRow.textContent).toContain("Found in Evidence 1, ");
    fireEvent.click(within(timeRow).getByRole("button", { name: "Use Time in example 1" }));
    expect(r.form.getValues("examples.0.occurredAt")).toBe("2025-07-29T15:22:10Z");
    fireEvent.click(within(panel).getByRole("button", { name: "Use Tenant ID on the Application step" }));
    expect(r.form.getValues("application.tenantId")).toBe(SANDBOX_TENANT);
  });

  it("adds a new example when no example matches, and keeps sending that suggestion to it", async () => {
    const other = {
      ...emptyExample(),
      cernerCorrelationId: "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      occurredAt: "2025-07-28T15:21:14Z",
    };
    const r = setup({ values: { examples: [other] } });
    addAndPaste(FORBIDDEN_403);
    const panel = await screen.findByRole("region", { name: "Found in your evidence" }, WAIT);
    expect(within(panel).getByRole("heading", { name: "Example 2 (new)" })).toBeTruthy();
    fireEvent.click(within(panel).getByRole("button", { name: "Use Status in example 2" }));
    expect(r.form.getValues("examples")).toHaveLength(2);
    expect(r.form.getValues("examples.1.status")).toBe("403");
    expect(r.form.getValues("examples.0")).toEqual(other);
    await waitFor(() => expect(within(panel).getByRole("heading", { name: "Example 2" })).toBeTruthy());
    fireEvent.click(within(panel).getByRole("button", { name: "Use X-Request-Id in example 2" }));
    expect(r.form.getValues("examples.1.xRequestId")).toBe(X_REQUEST_ID);
    expect(r.form.getValues("examples")).toHaveLength(2);
  });
});

describe("failing closed", () => {
  it("keeps an item whose redaction failed out of the form values and says so", async () => {
    const process = (): ProcessResult => ({
      outcomes: [{ id: "evidence-1", ok: false, message: REDACTION_FAILED_MESSAGE }],
      suggestions: null,
      fingerprints: {},
    });
    const r = setup({ deps: { process } });
    addAndPaste(TOKEN_RESPONSE);
    const alert = await within(evidenceGroup(1)).findByRole("alert", {}, WAIT);
    expect(alert.textContent).toContain("Redaction failed: this item is not added to the ticket.");
    expect(r.form.getValues("evidence")).toEqual([]);
  });

  it("treats a pass that throws as failed for every item", async () => {
    const r = setup({
      deps: {
        process: () => {
          throw new Error("unexpected");
        },
      },
    });
    addAndPaste(TOKEN_RESPONSE);
    await within(evidenceGroup(1)).findByText(REDACTION_FAILED_MESSAGE, {}, WAIT);
    expect(r.form.getValues("evidence")).toEqual([]);
  });
});

describe("files", () => {
  const choose = (files: unknown[]) => fireEvent.change(screen.getByLabelText("Choose files"), { target: { files } });

  it("adds a text file with its kind detected, and refuses binary and oversized files by name, losing nothing else", async () => {
    const r = setup();
    addAndPaste(TOKEN_RESPONSE);
    await waitFor(() => expect(r.form.getValues("evidence")).toHaveLength(1), WAIT);
    const har = JSON.stringify({ log: { version: "1.2", creator: { name: "test" }, entries: [] } });
    const huge = {
      name: "huge.har",
      size: MAX_FILE_BYTES + 1,
      slice: () => ({ arrayBuffer: async () => new ArrayBuffer(0) }),
      text: async () => "",
    };
    choose([
      huge,
      new NodeFile([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])], "archive.zip"),
      new NodeFile([har], "session.har"),
    ]);

    await screen.findByText(/“huge\.har” is 50\.0 MB: the limit is 50 MB/, {}, WAIT);
    expect(screen.getByText(/“archive\.zip” looks like a binary file, not text evidence/)).toBeTruthy();
    const group = await screen.findByRole("group", { name: "Evidence 2" }, WAIT);
    expect(within(group).getByText("session.har")).toBeTruthy();
    expect((within(group).getByLabelText("Kind of evidence") as HTMLSelectElement).value).toBe("har");
    expect(within(group).getByRole("region", { name: "Original text of evidence 2" }).textContent).toBe(har);
    await waitFor(() => expect(r.form.getValues("evidence")).toHaveLength(2), WAIT);
    expect(formText(r)).toContain("[REDACTED:access_token#1");
  });
});

describe("large evidence", () => {
  /** A runner that stays busy until told, like a worker on a 50 MB HAR. */
  function slowRunner() {
    const runs: Array<{ cancelled: boolean }> = [];
    const runner: EvidenceRunner = {
      run(_request, onProgress) {
        const state = { cancelled: false };
        runs.push(state);
        let reject: (e: Error) => void = () => undefined;
        const result = new Promise<ProcessResult>((_, rej) => {
          reject = rej;
        });
        setTimeout(() => onProgress({ done: 1, total: 4, label: "Redacting the evidence…" }), 0);
        return {
          result,
          where: () => "worker",
          cancel: () => {
            state.cancelled = true;
            reject(new RunCancelled());
          },
        };
      },
    };
    return { runner, runs };
  }

  it("runs in the background with a labelled progress bar, holds Next back, and can be cancelled", async () => {
    const { runner, runs } = slowRunner();
    const r = setup({ deps: { workerThreshold: 100, createRunner: () => runner } });
    addAndPaste(FORBIDDEN_403);
    const bar = await screen.findByRole("progressbar", { name: "Redacting the evidence…" }, WAIT);
    expect(bar.getAttribute("value")).toBe("25");
    expect(within(evidenceGroup(1)).getByText("Redacting…")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    expect(r.submitted).toEqual([]);
    expect(screen.getByText(/Wait until the evidence is redacted/)).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(runs[0].cancelled).toBe(true);
    await screen.findByText(/Redaction cancelled/);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect(r.form.getValues("evidence")).toEqual([]);
    expect(within(evidenceGroup(1)).getByText("Not redacted yet: this item is not in the ticket.")).toBeTruthy();
  });
});
