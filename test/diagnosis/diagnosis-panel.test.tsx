// @vitest-environment jsdom
import { cleanup, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { DiagnosisPanel } from "~/components/diagnosis/diagnosis-panel";
import { ScopeTable } from "~/components/diagnosis/scope-table";
import { diagnose } from "~/diagnosis/diagnose";
import { loadFixture } from "./fixtures";

afterEach(cleanup);

describe("DiagnosisPanel", () => {
  const diagnosis = diagnose(loadFixture("seed"));

  it("shows the summary, then the findings grouped by severity", () => {
    render(<DiagnosisPanel diagnosis={diagnosis} />);
    expect(screen.getByRole("region", { name: "Diagnosis" })).toBeTruthy();
    expect(screen.getByRole("status").textContent).toMatch(/The token was issued without system\/Specimen\.read/);
    const errors = screen.getByRole("region", { name: "Errors (2)" });
    expect(within(errors).getByRole("heading", { name: /system\/Specimen\.read is needed/ })).toBeTruthy();
    expect(within(errors).getByRole("heading", { name: /was requested but not granted/ })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Warnings (3)" })).toBeTruthy();
    expect(screen.getByRole("region", { name: "Notes (1)" })).toBeTruthy();
  });

  it("gives each finding its basis, its evidence (linked when asked) and its ordered next steps", () => {
    render(
      <DiagnosisPanel
        diagnosis={diagnosis}
        evidenceHref={(e) => (e.itemId === "ticket" ? undefined : `#evidence-${e.itemId}`)}
      />,
    );
    const item = screen.getByRole("heading", { name: /was requested but not granted/ }).closest("li")!;
    expect(within(item).getByText("Observed in your evidence")).toBeTruthy();
    const evidence = within(item).getByRole("list", { name: "Evidence" });
    expect(within(evidence).getAllByRole("link")[0].getAttribute("href")).toBe("#evidence-token-request.http");
    const steps = within(item).getByRole("list", { name: "What to do" });
    expect(steps.tagName).toBe("OL");
    expect(within(steps).getAllByRole("listitem")[0].textContent).toMatch(/^In Code Console/);
  });

  it("renders the scope matrix as a table with row and column headers where it is given the table", () => {
    render(<DiagnosisPanel diagnosis={diagnosis} scopeTable={ScopeTable} />);
    const table = screen.getByRole("table");
    expect(
      within(table)
        .getAllByRole("columnheader")
        .map((c) => c.textContent),
    ).toEqual(["Scope", "Requested", "Granted", "Needed", "Supported"]);
    const row = within(table).getByRole("row", { name: /system\/Specimen\.read/ });
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["yes", "no", "yes", "unknown"]);
  });

  it("lists the questions for Oracle Health support", () => {
    render(<DiagnosisPanel diagnosis={diagnosis} headingLevel={3} idPrefix="review" />);
    const questions = screen.getByRole("region", { name: "Questions for Oracle Health support" });
    expect(within(questions).getByRole("heading", { level: 4 })).toBeTruthy();
    expect(within(questions).getAllByRole("listitem")[0].textContent).toMatch(/c388f6bf-1c33-4566-a5bc-249e990ea2bf/);
  });

  it("says so when there is nothing yet", () => {
    render(<DiagnosisPanel diagnosis={{ findings: [], scopes: [], summary: "", questions: [] }} />);
    expect(screen.getByRole("status").textContent).toBe("No diagnosis yet.");
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("DiagnosisPanel, facts read from prose", () => {
  it("marks evidence read from prose, and the finding that rests on it", () => {
    const prose = diagnose({
      evidence: [
        {
          id: "post.txt",
          text: "However, the granted scope is:\n\nfhirUser launch openid\n\nEven though our authorization request includes:\n\nlaunch openid fhirUser user/Patient.read",
        },
      ],
    });
    render(<DiagnosisPanel diagnosis={prose} />);
    const item = screen
      .getByRole("heading", { name: /user\/Patient\.read was requested but not granted/ })
      .closest("li")!;
    expect(within(item).getByText("Read from prose: less certain")).toBeTruthy();
    const evidence = within(item).getByRole("list", { name: "Evidence" });
    expect(within(evidence).getAllByText("read from prose").length).toBe(2);
  });

  it("reads the form's problem fields as prose and points back to the field", () => {
    const d = diagnose({
      ticket: { problem: { actual: "Error Code: urn:cerner:error:authorization-server:oauth2:token:empty-scopes" } },
      evidence: [],
    });
    const f = d.findings.find((x) => x.code === "EMPTY_SCOPES")!;
    expect(f.evidence[0].itemId).toBe("ticket");
    expect(f.evidence[0].location).toMatch(/^problem\.actual, line 1/);
  });
});
