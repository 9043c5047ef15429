import { describe, expect, it } from "vitest";
import { balanceFences, codeFence, codeSpan, escapeMarkdown, renderMarkdown } from "~/document/markdown";
import { buildDocument, type Section, type TicketDocument } from "~/document/model";
import { sampleDiagnosis, sampleRedaction, seedTicket } from "./helpers";

const seedDocument = () => buildDocument(seedTicket(), sampleDiagnosis, sampleRedaction);

/** A document with one section holding the given blocks. */
const withBlocks = (blocks: Section["blocks"]): TicketDocument => ({
  ...seedDocument(),
  sections: [{ id: "evidence", heading: "Evidence (redacted)", origin: "addition", blocks }],
});

describe("renderMarkdown", () => {
  it("gives the same string every time, ending in one newline", () => {
    const a = renderMarkdown(seedDocument());
    expect(renderMarkdown(seedDocument())).toBe(a);
    expect(a.endsWith("\n")).toBe(true);
    expect(a.endsWith("\n\n")).toBe(false);
  });

  it("writes the template's headings as level-2 headings, in order", () => {
    const headings = renderMarkdown(seedDocument())
      .split("\n")
      .filter((l) => l.startsWith("## "));
    expect(headings[0]).toBe("## Workflow or API calls");
    expect(headings[7]).toBe("## X-Request-Id / Cerner-Correlation-Id / opc-request-id and Date/time of the example");
    expect(headings.at(-1)).toBe("## Redaction summary");
  });

  it("renders the identifiers as a GFM table, one row per example", () => {
    const md = renderMarkdown(seedDocument());
    expect(md).toContain(
      "| # | Date/time (UTC) | Request | Status | X-Request-Id | Cerner-Correlation-Id | opc-request-id |\n| ---: | --- | --- | ---: | --- | --- | --- |\n| 1 | `2025-07-28T15:21:14Z` |",
    );
    expect(md).toContain(
      "| 2 | `2025-07-29T15:22:10Z` | `GET https://fhir-ehr.cerner.com/r4/0a5d656f-e4dd-4bec-bda7-17e8450d64a8/Specimen?_id=197284315` | 403 |",
    );
  });

  it("escapes pipes in table cells, also inside code spans", () => {
    const md = renderMarkdown(seedDocument());
    // The sample finding's excerpt contains a pipe: outside a table it stays as is.
    expect(md).toContain("`system/Patient.read | system/Encounter.read`");
    const table = renderMarkdown(
      withBlocks([
        {
          type: "table",
          columns: [{ header: "a|b" }],
          rows: [[[{ text: "x|y", style: "code" }]], [[{ text: "p|q" }]]],
        },
      ]),
    );
    expect(table).toContain("| a\\|b |\n| --- |\n| `x\\|y` |\n| p\\|q |");
  });

  it("fences evidence with a language tag and a fence longer than any backtick run inside", () => {
    const text = "echo ```not a fence``` and ````four````";
    const md = renderMarkdown(withBlocks([{ type: "code", language: "shell", text }]));
    expect(md).toContain("`````shell\n" + text + "\n`````\n");
    expect(codeFence("plain")).toBe("```");
  });

  it("keeps code spans intact around backticks", () => {
    expect(codeSpan("a`b")).toBe("``a`b``");
    expect(codeSpan("`start")).toBe("`` `start ``");
    expect(codeSpan("")).toBe("");
  });

  it("escapes markup in text it generates, so scopes such as patient/*.read do not turn italic", () => {
    expect(escapeMarkdown("patient/*.read and user/*.read")).toBe("patient/\\*.read and user/\\*.read");
    expect(escapeMarkdown("insufficient_scope")).toBe("insufficient_scope");
    expect(escapeMarkdown("_private_ <tenant> [x]")).toBe("\\_private\\_ \\<tenant\\> \\[x\\]");
    expect(escapeMarkdown("# not a heading\n- not a list\n1. not a list")).toBe(
      "\\# not a heading\n\\- not a list\n1\\. not a list",
    );
    const md = renderMarkdown(seedDocument());
    expect(md).toContain("patient/\\*.read and user/\\*.read are not supported");
    expect(md).toContain("Check \\<tenant\\> scopes_supported.");
  });

  it("passes what the user typed through as Markdown, but closes a code fence left open", () => {
    expect(balanceFences("see:\n```json\n{}")).toBe("see:\n```json\n{}\n```");
    expect(balanceFences("```\nok\n```")).toBe("```\nok\n```");
    const md = renderMarkdown(
      withBlocks([
        { type: "paragraph", origin: "user", inlines: [{ text: "**bold** and\n```\nunclosed" }] },
        { type: "paragraph", inlines: [{ text: "after" }] },
      ]),
    );
    expect(md).toContain("**bold** and\n```\nunclosed\n```\n\nafter\n");
  });

  it("renders the redaction summary as counts and the findings with their severity", () => {
    const md = renderMarkdown(seedDocument());
    expect(md).toContain("| secret | `access_token` | 1 | 2 |");
    expect(md).toContain("### Error: system/Specimen.read was requested but not granted");
    expect(md).toContain("- **Code:** `SCOPE_NOT_GRANTED`");
    expect(md).toContain("1. Does a scope added after provisioning reach the client domain automatically?");
  });

  it("quotes the client-domain note as a block quote", () => {
    expect(renderMarkdown(seedDocument())).toMatch(/^> This ticket concerns a client domain/m);
  });
});
