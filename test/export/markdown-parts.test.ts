// The Markdown export in parts (never one big string): the parts join to the Markdown, the leak check over the parts
// reports exactly what the check of the joined text reports (kind, form, count, line, column, section), and the
// bytes are the joined text's UTF-8.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leakCheck, leakCheckParts, type KnownValue } from "~/document/leak-check";
import { renderMarkdown, renderMarkdownParts } from "~/document/markdown";
import { buildDocument } from "~/document/model";
import { encodeParts, utf8Length } from "~/export/encode-parts";
import { sampleDiagnosis, sampleRedaction, seedTicket } from "../document/helpers";

// Synthetic values only.
const SECRET = "s3cr3t-Value/with+chars&more=1";
const NAME = "Jane Q. Doe-Smith";
const known: KnownValue[] = [
  { value: SECRET, type: "client_secret", category: "secret" },
  { value: NAME, type: "name", category: "phi" },
  { value: "5171", type: "resource_id", category: "phi" },
];

function documentWith(evidence: string[]) {
  const ticket = seedTicket();
  ticket.evidence = evidence.map((text, i) => ({ id: `e${i + 1}`, kind: "log", label: `Log ${i + 1}`, text }));
  return buildDocument(ticket, sampleDiagnosis, sampleRedaction);
}

describe("renderMarkdownParts", () => {
  it("joins to the Markdown, each evidence text a part of its own (the document's very string)", () => {
    const text = "line one\nline two with `ticks`";
    const doc = documentWith([text, "## not a heading of ours\n\n\n"]);
    const parts = renderMarkdownParts(doc);
    expect(parts.join("")).toBe(renderMarkdown(doc));
    expect(parts).toContain(text);
    expect(parts.join("").endsWith("\n") && !parts.join("").endsWith("\n\n")).toBe(true);
  });
});

describe("leakCheckParts", () => {
  it("reports what the check of the joined text reports, leaks in evidence, across items and near part ends", () => {
    const doc = documentWith([
      `2025-07-28 ok\nclient_secret=${SECRET}\n`,
      `## Pasted heading\nuser ${NAME.toUpperCase()} id 5171 and 1d885c72-5171-478f\nAuthorization: Bearer abcdEFGH1234ijklMNOP5678`,
      `${SECRET}`,
    ]);
    const parts = renderMarkdownParts(doc);
    const whole = leakCheck(parts.join(""), known);
    expect(whole.length).toBeGreaterThan(3);
    expect(leakCheckParts(parts, known)).toEqual(whole);
  });

  it("agrees with the joined check on any evidence (property)", () => {
    const piece = fc.constantFrom(SECRET, NAME, "5171", "a-5171", "## H", "\n", " ", "x", "`", "token=", "Bearer ");
    fc.assert(
      fc.property(
        fc.array(
          fc.array(piece, { maxLength: 12 }).map((p) => p.join("")),
          { maxLength: 4 },
        ),
        (items) => {
          const parts = renderMarkdownParts(documentWith(items));
          expect(leakCheckParts(parts, known)).toEqual(leakCheck(parts.join(""), known));
        },
      ),
      { numRuns: 60 },
    );
  });

  it("scans long evidence texts on their own with the same leaks, lines and sections as the joined check", () => {
    const big = `${"quiet line\n".repeat(30_000)}client_secret=${SECRET}\n`;
    const parts = renderMarkdownParts(documentWith([`## ${NAME}\n${big}`, "short 5171", `${big}## Last\nid 5171`]));
    const leaks = leakCheckParts(parts, known);
    expect(leaks).toEqual(leakCheck(parts.join(""), known));
    expect(leaks.map((l) => l.type)).toContain("client_secret");
  });
});

describe("encodeParts", () => {
  it("gives the UTF-8 of the joined text, non-Latin-1, astral and lone surrogates included", () => {
    const parts = ["# Title — “quoted”\n", "plain ascii\n", "emoji 😀 and é\n", "lone \ud800 surrogate\n", ""];
    expect(encodeParts(parts)).toEqual(new TextEncoder().encode(parts.join("")));
    for (const part of parts) expect(utf8Length(part)).toBe(new TextEncoder().encode(part).length);
  });
});
