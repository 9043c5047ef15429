// @vitest-environment jsdom
// The export buttons as a user meets them. The PDF path is covered in node (pdf-lib under jsdom fails its own
// instanceof checks); here: the no-JS form, the Markdown download, the copy, and a blocked export.
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DocumentPreview } from "~/components/export/document-preview";
import { TicketDownloads } from "~/components/export/ticket-downloads";
import { prepareExport } from "~/export/export-ticket";
import { seedTicket } from "../document/helpers";

/** jsdom's Blob has no text(): read it the old way. */
const readBlob = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe("TicketDownloads", () => {
  it("works without JavaScript: a form posting the ticket JSON to the export route, one button per format", () => {
    const html = renderToString(<TicketDownloads ticket={seedTicket()} />);
    const container = document.createElement("div");
    container.innerHTML = html;
    const form = container.querySelector("form");
    expect(form?.getAttribute("method")).toBe("post");
    expect(form?.getAttribute("action")).toBe("/export?format=md");
    const hidden = container.querySelector<HTMLInputElement>('input[type="hidden"][name="ticket"]');
    expect(JSON.parse(hidden?.value ?? "null")).toEqual(seedTicket());
    const buttons = [...container.querySelectorAll("button")].map((b) => [
      b.textContent,
      b.getAttribute("type"),
      b.getAttribute("formaction"),
    ]);
    expect(buttons).toEqual([
      ["Download .md", "submit", "/export?format=md"],
      ["Download PDF", "submit", "/export?format=pdf"],
      ["Save ticket file", "submit", "/export?format=json"],
    ]);
  });

  it("downloads the Markdown built in the browser, without a request", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return "blob:ticket";
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    render(<TicketDownloads ticket={seedTicket()} />);
    fireEvent.click(await screen.findByRole("button", { name: "Download .md" }));
    await screen.findByText("Saved oracle-health-ticket-c388f6bf-20250729.md.");
    expect(clicked).toEqual(["oracle-health-ticket-c388f6bf-20250729.md"]);
    expect(blobs[0].type).toBe("text/markdown; charset=utf-8");
    expect(await readBlob(blobs[0])).toContain("## Workflow or API calls");
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("copies the Markdown to the clipboard once interactive", async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(<TicketDownloads ticket={seedTicket()} />);
    fireEvent.click(await screen.findByRole("button", { name: "Copy Markdown" }));
    await screen.findByText(/Markdown copied/);
    expect(writeText).toHaveBeenCalledWith(
      expect.stringContaining("# SMART on FHIR authorization: 403 on GET Specimen"),
    );
  });

  it("explains a blocked export and never shows the secret", async () => {
    // Typed secrets are replaced by the ticket's boundary; what no detector rewrites (a private JWK member) is what the
    // final check on the bytes still catches.
    const ticket = seedTicket();
    ticket.problem.actual = 'Our key has "d": "Zx9yW8vU7tS6rQ5pO4nM3lK2" in it and we got 403.';
    const onFixField = vi.fn();
    render(<TicketDownloads ticket={ticket} onFixField={onFixField} />);
    fireEvent.click(await screen.findByRole("button", { name: "Download .md" }));
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/Export blocked/);
    expect(alert.textContent).toContain("section “Actual Result”");
    expect(alert.textContent).not.toContain("Zx9yW8vU7tS6rQ5pO4nM3lK2");
    await waitFor(() => expect(document.activeElement).toBe(alert));
    // The blocked export links to the field to fix.
    fireEvent.click(screen.getByRole("button", { name: "Go to Actual result" }));
    expect(onFixField).toHaveBeenCalledWith("problem.actual");
  });
});

describe("DocumentPreview", () => {
  it("shows the same sections, tables and evidence as the files", () => {
    const { document: doc } = prepareExport(seedTicket());
    render(<DocumentPreview document={doc} headingLevel={2} />);
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual(
      doc.sections.map((s) => s.heading),
    );
    const table = screen.getAllByRole("table")[0];
    expect(table.querySelectorAll("tbody tr")).toHaveLength(2);
    expect([...document.querySelectorAll("pre[data-language]")].map((p) => p.getAttribute("data-language"))).toEqual([
      "http",
      "json",
      "http",
    ]);
    expect(screen.getByRole("heading", { level: 4, name: /Evidence 2: Token response/ })).toBeTruthy();
  });
});
