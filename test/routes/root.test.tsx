// @vitest-environment jsdom
// The root error page: friendly, and it never shows what failed in words that could quote the user's input.
import { createRemixStub } from "@remix-run/testing";
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { ErrorBoundary } from "~/root";

afterEach(cleanup);

describe("the root error boundary", () => {
  it("shows a friendly message and never the error's own text", async () => {
    const RemixStub = createRemixStub([
      {
        path: "/",
        Component: () => null,
        ErrorBoundary,
        loader: () => {
          throw new Error("Could not parse Authorization: Bearer eyJhbGciOiJSUzM4NCJ9.secret.sig");
        },
      },
    ]);
    render(<RemixStub />);
    await screen.findByRole("heading", { name: "Something went wrong" });
    expect(document.body.textContent).not.toContain("Bearer");
    expect(document.body.textContent).not.toContain("eyJhbGci");
    expect(screen.getByRole("link", { name: "Back to the ticket form" }).getAttribute("href")).toBe("/");
  });

  it("says so plainly when a page does not exist", async () => {
    const RemixStub = createRemixStub([{ path: "/", Component: () => null, ErrorBoundary }]);
    render(<RemixStub initialEntries={["/nowhere"]} />);
    await screen.findByRole("heading", { name: "Page not found" });
  });
});
