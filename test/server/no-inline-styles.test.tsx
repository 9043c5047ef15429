// The CSP allows no inline styles ('style-src self'): the server-rendered review preview (no-JS Review and Complete)
// must carry none, or the browser reports a CSP violation for each.
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { DocumentPreview } from "~/components/export/document-preview";
import { prepareExport } from "~/export/prepare-export";
import { seedTicket } from "../document/helpers";

describe("review preview under the CSP", () => {
  it("renders tables, code blocks and notes without a style attribute", () => {
    const html = renderToString(<DocumentPreview document={prepareExport(seedTicket()).document} />);
    expect(html).toContain("<table");
    expect(html).toContain("<pre");
    expect(html).not.toMatch(/\sstyle="/);
  });
});
