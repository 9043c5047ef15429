// @vitest-environment jsdom
// The wizard route rendered with createRemixStub: the page a failed post renders (HTTP 400 from the real action),
// and the JavaScript path (client-side validation, then the final submit through the real action).
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import Index, { action } from "~/routes/_index";
import { DRAFT_STORAGE_KEY, newDraft, serialiseDraft, withVisited } from "~/wizard/draft";
import { flatten, SEED_PLACEHOLDER_CORRELATION_ID, seedValues } from "../wizard/fixtures";

const ROUTE_ID = "routes/_index";

function stub() {
  return createRemixStub([{ id: ROUTE_ID, path: "/", Component: Index, action }]);
}

beforeEach(() => localStorage.clear());
afterEach(cleanup);

async function actionData(pairs: Array<[string, string]>) {
  const request = new Request("http://localhost/?index", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(pairs).toString(),
  });
  const response = (await action({ request, params: {}, context: {} })) as Response;
  return { status: response.status, data: await response.json() };
}

describe("the wizard page after a failed post (no JavaScript)", () => {
  it("shows the action's 400 errors beside their fields and keeps the typed values", async () => {
    const example = {
      ...seedValues().examples[0],
      cernerCorrelationId: SEED_PLACEHOLDER_CORRELATION_ID,
      occurredAt: "2025-07-29 15:22:10",
    };
    const draft = serialiseDraft(withVisited({ ...newDraft(seedValues()), step: "examples" }));
    const { status, data } = await actionData([
      ["step", "examples"],
      ["intent", "next"],
      ["draft", draft],
      ...flatten("examples", [example]),
    ]);
    expect(status).toBe(400);

    const RemixStub = stub();
    render(<RemixStub hydrationData={{ actionData: { [ROUTE_ID]: data } }} />);

    const correlation = await screen.findByRole("textbox", { name: /Cerner-Correlation-Id/ });
    expect((correlation as HTMLInputElement).value).toBe(SEED_PLACEHOLDER_CORRELATION_ID);
    expect(correlation.getAttribute("aria-invalid")).toBe("true");
    const errorId = correlation
      .getAttribute("aria-describedby")!
      .split(" ")
      .find((id) => id.endsWith("-error"))!;
    expect(document.getElementById(errorId)!.textContent).toMatch(/looks like a placeholder.*support cannot trace it/);

    const when = screen.getByRole("textbox", { name: /Date and time of the example/ });
    expect(when.getAttribute("aria-invalid")).toBe("true");
    expect(document.getElementById(`${when.id}-error`)!.textContent).toMatch(/has no time zone/);
    expect(screen.getByRole("heading", { name: /answers on this step need fixing/ })).toBeTruthy();
    expect(screen.getByRole("listitem", { current: "step" }).textContent).toMatch(/Examples.*Has errors/);
  });
});

describe("the wizard page with JavaScript", () => {
  it("validates a step in the browser and focuses the first unanswered question", async () => {
    const RemixStub = stub();
    render(<RemixStub />);
    fireEvent.click(await screen.findByRole("button", { name: /^Next/ }));
    const group = await screen.findByRole("radiogroup", { name: /OPN/ });
    // jsdom has no Worker: validation falls back to loading the schema on the page, which a busy machine can take
    // more than waitFor's default second to do.
    await waitFor(() => expect(group.getAttribute("aria-invalid")).toBe("true"), { timeout: 5_000 });
    expect(group.textContent).toContain("Answer Yes or No: are you an OPN member?");
    await waitFor(() => expect(document.activeElement?.id).toBe("f-about-opnMember-yes"), { timeout: 5_000 });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toMatch(/About you/);
  });

  it("restores a saved draft and submits the whole ticket through the action", async () => {
    localStorage.setItem(DRAFT_STORAGE_KEY, serialiseDraft(withVisited({ ...newDraft(seedValues()), step: "review" })));
    const RemixStub = stub();
    render(<RemixStub />);
    // The restore waits for the draft's checks, which load the diagnosis and redaction engines on the page in this
    // test (no worker): seconds on a loaded machine, so the wait is bounded by the test's time, not by 1 s.
    await screen.findByText(/Draft restored/, undefined, { timeout: 15_000 });
    expect(screen.getByRole("heading", { level: 2 }).textContent).toMatch(/Review/);
    fireEvent.click(screen.getByRole("button", { name: "Check and finish" }));
    await screen.findByRole("heading", { name: "Ticket complete" }, { timeout: 15_000 });
    expect(document.body.textContent).toContain("b1e2a292-fbe4-460a-be33-582e572abbbe");
    // The restored Yes/No answers survived the restore (they were on screen when the draft replaced the values).
    expect(document.body.textContent).toContain('"codeProgramMember": "yes"');
  }, 40_000);
});
