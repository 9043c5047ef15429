// @vitest-environment jsdom
// "How to capture this": the server's HTML has the words (no JavaScript needed to read them); in the browser a
// disclosure shown later gets its words when first opened, and never shows open and empty.
import { cleanup, fireEvent, render, waitFor } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it } from "vitest";
import { CaptureHelp } from "~/components/wizard/capture-help";

afterEach(cleanup);

describe("CaptureHelp", () => {
  it("is in the server's HTML with its words", () => {
    const html = renderToString(<CaptureHelp id="clientId" />);
    expect(html).toContain("How to capture this");
    expect(html).toContain("never paste the client secret");
  });

  it("opens with its words once they are there, never empty", async () => {
    const { container, getByText } = render(<CaptureHelp id="xRequestId" />);
    const details = container.querySelector("details")!;
    const seenOpen: string[] = [];
    new MutationObserver(() => {
      if (details.open) seenOpen.push(details.textContent ?? "");
    }).observe(details, { attributes: true, attributeFilter: ["open"] });
    expect(details.open).toBe(false);
    fireEvent.click(getByText("How to capture this"));
    await waitFor(() => expect(details.open).toBe(true));
    expect(details.textContent).toContain("< X-Request-Id: …");
    expect(seenOpen.every((text) => text.includes("curl -v"))).toBe(true);
    // Closing and opening again is the browser's own.
    fireEvent.click(getByText("How to capture this"));
    expect(details.textContent).toContain("curl -v");
  });
});
