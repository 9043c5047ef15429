// The Evidence step as the server renders it (and as it works without JavaScript): plain named fields that post the
// text, which the server redacts; Add and Remove are submit buttons; no drop zone (it needs JavaScript).
import { renderToString } from "react-dom/server";
import { FormProvider, useForm } from "react-hook-form";
import { describe, expect, it } from "vitest";
import { EvidenceStep } from "~/components/evidence/evidence-step";
import type { TicketInput } from "~/ticket/schema";
import { emptyValues } from "~/wizard/values";

function Page() {
  const form = useForm<TicketInput>({
    defaultValues: {
      ...emptyValues(),
      evidence: [
        { id: "evidence-1", kind: "http", label: "The 403", text: "Authorization: Bearer [REDACTED:access_token#1]" },
      ],
    } as unknown as TicketInput,
  });
  return (
    <FormProvider {...form}>
      <EvidenceStep />
    </FormProvider>
  );
}

describe("the Evidence step without JavaScript", () => {
  it("renders named fields holding the (server-redacted) text, and submit buttons to add and remove items", () => {
    const html = renderToString(<Page />);
    for (const name of ["evidence.0.id", "evidence.0.kind", "evidence.0.label", "evidence.0.text", "redactTerms"]) {
      expect(html).toContain(`name="${name}"`);
    }
    expect(html).toContain("Authorization: Bearer [REDACTED:access_token#1]");
    expect(html).toContain('value="remove-evidence:0"');
    expect(html).toContain('value="add-evidence"');
    expect(html).toContain("It is redacted on the server when you press Next");
  });

  it("offers a named file input and its own submit button, inside <noscript> so the page with JavaScript ignores it", () => {
    const html = renderToString(<Page />);
    const noscript = /<noscript>(.*?)<\/noscript>/s.exec(html)?.[1] ?? "";
    expect(noscript).toMatch(/<input[^>]*type="file"[^>]*name="evidenceFiles"[^>]*multiple=""/);
    expect(noscript).toContain('value="upload-evidence"');
    expect(noscript).toContain("up to 50 MB each");
    // The only file input of the page is that one: the drop zone (JavaScript) reads files in the browser.
    expect(html.match(/type="file"/g)).toHaveLength(1);
  });
});
