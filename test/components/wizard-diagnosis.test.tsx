// @vitest-environment jsdom
// The live diagnosis wired into the wizard route (createRemixStub, the real action): beside the steps from
// Application on, its evidence links move to the step that holds the field and focus it; the Review step shows the
// diagnosis again with the document preview; the finished ticket shows the diagnosis rendered without JavaScript.
import { createRemixStub } from "@remix-run/testing";
import { cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TicketReady } from "~/components/wizard/ticket-ready";
import Index, { action } from "~/routes/_index";
import type { StepId } from "~/ticket/steps";
import { DRAFT_STORAGE_KEY, newDraft, serialiseDraft, withVisited } from "~/wizard/draft";
import type { WizardValues } from "~/wizard/values";
import { seedTicket } from "../document/helpers";
import { seedValues } from "../wizard/fixtures";

const ALL: StepId[] = ["about", "application", "problem", "examples", "evidence", "review"];

function openAt(step: StepId, values: WizardValues = seedValues()) {
  localStorage.setItem(DRAFT_STORAGE_KEY, serialiseDraft(withVisited({ ...newDraft(values), step }, ALL)));
  const RemixStub = createRemixStub([{ id: "routes/_index", path: "/", Component: Index, action }]);
  render(<RemixStub />);
}

const livePanel = () => screen.getByRole("region", { name: "Diagnosis" });
const findingItem = (scope: HTMLElement, code: string) =>
  scope.querySelector<HTMLElement>(`.diagnosis-finding[data-code="${code}"]`);

beforeEach(() => localStorage.clear());
afterEach(cleanup);

describe("the live diagnosis beside the wizard's steps", () => {
  it("is not shown on the first step, and is from the Application step on", async () => {
    openAt("about");
    await screen.findByText(/Draft restored/);
    expect(screen.queryByRole("region", { name: "Diagnosis" })).toBeNull();
    cleanup();
    localStorage.clear();
    openAt("application");
    await screen.findByText(/Draft restored/);
    await waitFor(() => expect(findingItem(livePanel(), "SCOPE_REQUIRED_MISSING")).not.toBeNull());
    expect(within(livePanel()).getByRole("status").textContent).toMatch(/^Diagnosis: 2 errors/);
  });

  it("moves to the step that holds a finding's field and focuses it", async () => {
    openAt("application");
    await screen.findByText(/Draft restored/);
    await waitFor(() => expect(findingItem(livePanel(), "SCOPE_REQUIRED_MISSING")).not.toBeNull());
    const needed = findingItem(livePanel(), "SCOPE_REQUIRED_MISSING")!;
    const link = within(needed).getByRole("button", { name: /^Example 1: Request URL/ });
    expect(link.getAttribute("form")).toBe("wizard-form");
    expect(link.getAttribute("value")).toBe("goto:examples");
    fireEvent.click(link);
    await waitFor(() => expect(screen.getByRole("heading", { level: 2, name: /Examples/ })).toBeTruthy());
    await waitFor(() => expect(document.activeElement?.id).toBe("f-examples-0-url"));

    const notGranted = findingItem(livePanel(), "SCOPE_NOT_GRANTED")!;
    fireEvent.click(within(notGranted).getByRole("button", { name: /^Requested scopes/ }));
    await waitFor(() => expect(document.activeElement?.id).toBe("f-application-requestedScopes"));
    expect(screen.getByRole("heading", { level: 2, name: /Application/ })).toBeTruthy();
  });

  it("leaves a reference to a step not reached yet as plain text", async () => {
    localStorage.setItem(
      DRAFT_STORAGE_KEY,
      serialiseDraft(withVisited({ ...newDraft(seedValues()), step: "application" })),
    );
    const RemixStub = createRemixStub([{ id: "routes/_index", path: "/", Component: Index, action }]);
    render(<RemixStub />);
    await screen.findByText(/Draft restored/);
    await waitFor(() => expect(findingItem(livePanel(), "SCOPE_REQUIRED_MISSING")).not.toBeNull());
    const needed = findingItem(livePanel(), "SCOPE_REQUIRED_MISSING")!;
    expect(within(needed).queryByRole("button", { name: /^Example 1/ })).toBeNull();
    expect(within(needed).getByText(/^Example 1: Request URL/)).toBeTruthy();
  });
});

describe("the Review step", () => {
  it("shows the diagnosis again, then the document exactly as it will be exported", async () => {
    openAt("review");
    await screen.findByText(/Draft restored/);
    const diagnosis = screen.getByRole("region", { name: "Diagnosis" });
    expect(within(diagnosis).getByRole("heading", { level: 3, name: "Diagnosis" })).toBeTruthy();
    expect(findingItem(diagnosis, "SCOPE_REQUIRED_MISSING")).not.toBeNull();
    const preview = screen.getByRole("article");
    expect(within(preview).getByRole("heading", { level: 3 }).textContent).toBe(
      "SMART on FHIR authorization: 403 on GET Specimen",
    );
    expect(within(preview).getByRole("heading", { level: 4, name: "Automated scope diagnosis" })).toBeTruthy();
    expect(within(preview).getByText("LifeBridge Health")).toBeTruthy();
    expect(screen.queryByText(/Held back until/)).toBeNull();
  });

  it("shows what is valid and holds back the rest while answers need fixing", async () => {
    const values = seedValues();
    openAt("review", { ...values, application: { ...values.application, clientId: "" } });
    await screen.findByText(/Draft restored/);
    expect(screen.getByText(/answer needs fixing/)).toBeTruthy();
    expect(screen.getByText(/Held back until their answers are fixed: Application/)).toBeTruthy();
    const preview = screen.getByRole("article");
    expect(within(preview).getByText(/Held back until the answers in the “Application” step are fixed/)).toBeTruthy();
    expect(within(preview).getByText("LifeBridge Health")).toBeTruthy();
  });
});

describe("the finished ticket", () => {
  it("shows the diagnosis in the server-rendered page, with links to the redacted evidence", () => {
    const container = document.createElement("div");
    container.innerHTML = renderToString(<TicketReady ticket={seedTicket()} />);
    document.body.append(container);
    const diagnosis = within(container).getByRole("region", { name: "Diagnosis" });
    expect(findingItem(diagnosis, "SCOPE_NOT_GRANTED")).not.toBeNull();
    const links = within(diagnosis).getAllByRole("link");
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const target = link.getAttribute("href")!.slice(1);
      expect(container.querySelector(`#${target}`)?.classList.contains("evidence-preview")).toBe(true);
    }
    expect(links.map((l) => l.textContent)).toContainEqual(expect.stringMatching(/^Evidence 2 “Token response”, /));
    container.remove();
  });
});
