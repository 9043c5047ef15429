import { describe, expect, it } from "vitest";
import { documentText } from "./document-text";
import { buildDocument, type Block } from "~/document/model";
import { summariseRedaction } from "~/document/redaction-summary";
import { CLIENT_DOMAIN_REMINDER, CLIENT_QUESTIONS, DEVELOPER_QUESTIONS, HEADINGS } from "~/document/template-wording";
import { SANDBOX_TENANT } from "~/ticket/choices";
import type { Ticket } from "~/ticket/schema";
import { sampleDiagnosis, sampleRedaction, seedTicket } from "./helpers";

const build = (ticket: Ticket = seedTicket()) => buildDocument(ticket, sampleDiagnosis, sampleRedaction);
const blocksOf = (ticket: Ticket, id: string): Block[] => build(ticket).sections.find((s) => s.id === id)?.blocks ?? [];

describe("buildDocument", () => {
  it("follows the forum template's order and wording, then our additions", () => {
    expect(build().sections.map((s) => s.heading)).toEqual([
      "Workflow or API calls",
      "Background Information",
      "Developer questions",
      "Developing on behalf of an Oracle Health client?",
      "Application's Client ID and App ID",
      "Expected Result",
      "Actual Result",
      "X-Request-Id / Cerner-Correlation-Id / opc-request-id and Date/time of the example",
      "Automated scope diagnosis",
      "Questions for Oracle Health support",
      "Evidence (redacted)",
      "Redaction summary",
    ]);
    expect(
      build()
        .sections.filter((s) => s.origin === "addition")
        .map((s) => s.heading),
    ).toEqual([HEADINGS.diagnosis, HEADINGS.questions, HEADINGS.evidence, HEADINGS.redaction]);
  });

  it("asks the four developer questions and the client question with the template's exact texts", () => {
    const text = documentText(build());
    for (const question of [...Object.values(DEVELOPER_QUESTIONS), ...Object.values(CLIENT_QUESTIONS)])
      expect(text).toContain(question);
    expect(text).toContain("Are you a registered Code Program member? Yes");
    expect(text).toContain("If so, which client: LifeBridge Health");
  });

  it("says what was done about the template's client-domain reminder (not the reminder itself above the request data), only for a client domain", () => {
    const seed = seedTicket();
    expect(documentText(build(seed))).not.toContain(CLIENT_DOMAIN_REMINDER);
    expect(documentText(build(seed))).toContain(
      "The forum's template asks that such tickets carry no API request data",
    );
    const sandbox: Ticket = {
      ...seed,
      application: {
        ...seed.application,
        environment: "sandbox",
        tenantId: SANDBOX_TENANT,
        fhirBaseUrl: `https://fhir-ehr-code.cerner.com/r4/${SANDBOX_TENANT}`,
      },
    };
    expect(documentText(build(sandbox))).not.toContain("concerns a client domain");
  });

  it("puts one row per example in the identifiers table, with a dash for what is missing", () => {
    const [table] = blocksOf(seedTicket(), "examples");
    expect(table.type).toBe("table");
    if (table.type !== "table") return;
    expect(table.columns.map((c) => c.header)).toEqual([
      "#",
      "Date/time (UTC)",
      "Request",
      "Status",
      "X-Request-Id",
      "Cerner-Correlation-Id",
      "opc-request-id",
    ]);
    expect(table.rows).toHaveLength(2);
    const cells = table.rows.map((row) => row.map((cell) => cell.map((i) => i.text).join("")));
    expect(cells[0]).toEqual([
      "1",
      "2025-07-28T15:21:14Z",
      expect.stringMatching(/^POST https:\/\/authorization\.cerner\.com\//),
      "200",
      "—",
      "5718aeb9-3fef-470f-8562-5ccbc97b4fe5",
      "—",
    ]);
    expect(cells[1][6]).toBe("/111E46CEFF0401849C7E4BE23BD040DB/0F3FC6820610AF53B335716D8CE084D4");
  });

  it("fences each evidence item with the language of its kind", () => {
    const code = blocksOf(seedTicket(), "evidence").filter((b) => b.type === "code");
    expect(code.map((b) => (b.type === "code" ? b.language : null))).toEqual(["http", "json", "http"]);
  });

  it("lists each finding with its severity, code, basis, evidence and next steps, and the scope matrix", () => {
    const blocks = blocksOf(seedTicket(), "diagnosis");
    const headings = blocks.filter((b) => b.type === "subheading");
    expect(headings.map((h) => (h.type === "subheading" ? [h.badge?.text ?? null, h.text] : null))).toEqual([
      ["Error", "system/Specimen.read was requested but not granted"],
      ["Info", "Does a later scope reach a provisioned client?"],
      [null, "Scope matrix"],
    ]);
    const text = documentText(build());
    expect(text).toContain("Code: SCOPE_NOT_GRANTED");
    expect(text).toContain("Basis: Documented");
    expect(text).toContain("Evidence 2 “Token response”, body, scope: system/Patient.read | system/Encounter.read");
    expect(text).toContain("Request a new token after 15 minutes.");
    expect(text).toContain("system/Specimen.read | yes | no | yes | unknown");
  });

  it("dates the document from the latest example, never from the clock", () => {
    const doc = build();
    expect(doc.meta.date).toBe("2025-07-29T15:22:10Z");
    expect(doc.title).toBe("SMART on FHIR authorization: 403 on GET Specimen");
  });

  it("summarises redaction as categories and counts of the placeholders the evidence holds, without a single value", () => {
    const item = (id: string, text: string, warnings: string[] = []) => {
      const spans = [...text.matchAll(/\[REDACTED:([a-z_]+)(?:#\d+)?(?: · JWT [^\]]*)?\]/g)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        type: m[1],
        category: m[1] === "name" ? ("phi" as const) : ("secret" as const),
      }));
      return { id, kind: "text" as const, text, spans, warnings, findings: [] };
    };
    const summary = summariseRedaction([
      item("a", "Bearer [REDACTED:access_token#1] and [REDACTED:access_token#1 · JWT iss=x] for [REDACTED:name#1]", [
        "1 cookie header dropped",
      ]),
      item("b", "[REDACTED:access_token#2] [REDACTED:name] [REDACTED:name]"),
    ]);
    expect(summary.entries).toEqual([
      { category: "secret", type: "access_token", values: 2, replacements: 3 },
      { category: "phi", type: "name", values: 1, replacements: 3 },
    ]);
    expect(summary.notes).toEqual(["a: 1 cookie header dropped"]);
    expect(summariseRedaction([item("c", "no placeholders")]).entries).toEqual([]);
  });
});
