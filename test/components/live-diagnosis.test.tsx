// @vitest-environment jsdom
// The live panel beside the wizard's step: counts by severity as the only live region (it changes when a count
// changes, not when the wording does), findings in a disclosure the user opens and closes, evidence references as
// controls that lead to their step.
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DiagnosisPanel } from "~/components/diagnosis/diagnosis-panel";
import { LiveDiagnosis } from "~/components/diagnosis/live-diagnosis";
import type { Diagnosis, Finding } from "~/diagnosis/types";

afterEach(cleanup);

const finding = (
  code: Finding["code"],
  severity: Finding["severity"],
  title: string,
  evidence: Finding["evidence"] = [],
): Finding => ({
  code,
  severity,
  title,
  explanation: `Why ${title}.`,
  evidence,
  nextSteps: ["1. First do this.", "2. Then that."],
  basis: "observed",
});

const DIAGNOSIS: Diagnosis = {
  summary: "The token was issued without system/Specimen.read.",
  findings: [
    finding("SCOPE_REQUIRED_MISSING", "error", "system/Specimen.read is needed", [
      { itemId: "evidence-1", location: "line 1", excerpt: "GET Specimen → 403" },
    ]),
    finding("SCOPE_NOT_GRANTED", "error", "system/Specimen.read was requested but not granted", [
      { itemId: "ticket", location: "application.requestedScopes", excerpt: "requested: system/Specimen.read" },
    ]),
    finding("PROVISIONING_QUESTION", "warning", "Open question for Oracle Health"),
    finding("MISSING_EVIDENCE", "info", "One more piece of evidence"),
  ],
  scopes: [{ scope: "system/Specimen.read", requested: true, granted: false, needed: true, supported: null }],
  questions: ["Does a newly registered scope reach the tenant?"],
};

function renderPanel(diagnosis: Diagnosis, props: Partial<Parameters<typeof LiveDiagnosis>[0]> = {}) {
  const onOpenChange = vi.fn();
  const view = render(<LiveDiagnosis diagnosis={diagnosis} open onOpenChange={onOpenChange} {...props} />);
  return { ...view, onOpenChange };
}

describe("LiveDiagnosis", () => {
  it("says how many findings of each severity there are, politely, in one status line", () => {
    renderPanel(DIAGNOSIS);
    const panel = screen.getByRole("region", { name: "Diagnosis" });
    const status = within(panel).getByRole("status");
    expect(status.textContent).toBe("Diagnosis: 2 errors, 1 warning, 1 note");
    // Only the counts are live: the summary, which changes with every detail, is not.
    expect(screen.getAllByRole("status")).toHaveLength(1);
    expect(panel.querySelectorAll("[aria-live]")).toHaveLength(0);
    expect(within(panel).getByText(DIAGNOSIS.summary)).toBeTruthy();
  });

  it("leaves the live line alone when only the wording changes, and updates it when a count changes", () => {
    const { rerender, onOpenChange } = renderPanel(DIAGNOSIS);
    const status = screen.getByRole("status");
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(status, { subtree: true, childList: true, characterData: true });

    const reworded: Diagnosis = {
      ...DIAGNOSIS,
      summary: "Something else entirely.",
      findings: DIAGNOSIS.findings.map((f) => ({ ...f, title: `${f.title}!` })),
    };
    rerender(<LiveDiagnosis diagnosis={reworded} open onOpenChange={onOpenChange} />);
    expect(screen.getByText("Something else entirely.")).toBeTruthy();
    expect(observer.takeRecords().length + changes.length).toBe(0);

    rerender(
      <LiveDiagnosis
        diagnosis={{ ...reworded, findings: reworded.findings.slice(1) }}
        open
        onOpenChange={onOpenChange}
      />,
    );
    expect(observer.takeRecords().length + changes.length).toBeGreaterThan(0);
    expect(screen.getByRole("status").textContent).toBe("Diagnosis: 1 error, 1 warning, 1 note");
    observer.disconnect();
  });

  it("groups the findings by severity, each with its basis, evidence and ordered next steps", () => {
    renderPanel(DIAGNOSIS);
    const errors = screen.getByRole("heading", { name: "Errors (2)" });
    expect(errors.tagName).toBe("H3");
    expect(screen.getByRole("heading", { name: "Warnings (1)" })).toBeTruthy();
    expect(screen.getByRole("heading", { name: "Notes (1)" })).toBeTruthy();
    const item = screen.getByRole("heading", { name: /was requested but not granted/ }).closest("li")!;
    expect(within(item).getByText("Observed in your evidence")).toBeTruthy();
    expect(
      within(item)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toContain("First do this.");
    // No extra landmarks per group beside the step: one region for the whole panel.
    expect(screen.getAllByRole("region")).toHaveLength(1);
  });

  it("is a disclosure the user opens and closes", () => {
    const { container, onOpenChange, rerender } = renderPanel(DIAGNOSIS, { open: false });
    const details = container.querySelector("details")!;
    expect(details.open).toBe(false);
    // Closed, the counts are still there.
    expect(screen.getByRole("status").textContent).toMatch(/2 errors/);
    details.open = true;
    fireEvent(details, new Event("toggle"));
    expect(onOpenChange).toHaveBeenLastCalledWith(true);
    rerender(<LiveDiagnosis diagnosis={DIAGNOSIS} open onOpenChange={onOpenChange} />);
    expect(details.open).toBe(true);
  });

  it("renders evidence references through the caller (a control that leads to the step), or as plain words", () => {
    renderPanel(DIAGNOSIS, {
      describeEvidence: (e) => (e.itemId === "ticket" ? "Requested scopes" : "Evidence 1 “Token response”, line 1"),
      renderEvidenceLink: (e, label) =>
        e.itemId === "ticket" ? (
          <button type="submit" name="intent" value="goto:application">
            {label}
          </button>
        ) : undefined,
    });
    const notGranted = screen.getByRole("heading", { name: /was requested but not granted/ }).closest("li")!;
    const button = within(notGranted).getByRole("button", { name: "Requested scopes" });
    expect(button.getAttribute("value")).toBe("goto:application");
    expect(button.parentElement!.textContent).toBe("Requested scopes: requested: system/Specimen.read");
    const needed = screen.getByRole("heading", { name: /is needed/ }).closest("li")!;
    expect(within(needed).queryByRole("button")).toBeNull();
    expect(within(needed).getByText("Evidence 1 “Token response”, line 1")).toBeTruthy();
  });

  it("invites the user to fill in the form when there is nothing yet", () => {
    renderPanel({ findings: [], scopes: [], summary: "", questions: [] });
    expect(screen.getByRole("status").textContent).toBe("Diagnosis: No findings");
    expect(screen.getByText(/Nothing to diagnose yet/)).toBeTruthy();
  });
});

describe("DiagnosisPanel options for the review and the finished ticket", () => {
  it("shows the counts without a live region, and no landmark per group when asked", () => {
    render(<DiagnosisPanel diagnosis={DIAGNOSIS} headingLevel={3} liveSummary={false} landmarks={false} showCounts />);
    expect(screen.queryByRole("status")).toBeNull();
    expect(screen.getAllByRole("region").map((r) => r.getAttribute("aria-labelledby"))).toEqual(["diagnosis-title"]);
    expect(screen.getByRole("heading", { level: 3, name: "Diagnosis" })).toBeTruthy();
    expect(screen.getByText("2 errors").closest(".diagnosis-counts")!.textContent).toBe("2 errors, 1 warning, 1 note");
  });
});
