// The whole export as every caller runs it: re-redact → diagnose → document → leak check → render.
// The golden file pins the seed ticket's Markdown byte for byte: after a deliberate change, regenerate it with
//   UPDATE_GOLDEN=1 npx vitest run --project unit test/export/export-ticket.test.ts
// and review the diff like code.
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leakCheck } from "~/document/leak-check";
import { exportTicket, isBlocked, prepareExport, type ExportResult } from "~/export/export-ticket";
import { readFonts } from "~/export/fonts.server";
import type { Ticket } from "~/ticket/schema";
import { pdfInfo, pdfText, seedTicket } from "../document/helpers";

const GOLDEN = new URL("../fixtures/golden/seed-ticket.md", import.meta.url);

const fileOf = (result: ExportResult) => {
  if (isBlocked(result)) throw new Error(`unexpectedly blocked: ${result.reasons.join(" | ")}`);
  return result;
};
const utf8 = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const b64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");

// Synthetic credentials, made up for these tests.
const CLIENT_SECRET = "Zq7RkW2pXv9sNt4Lm8Hd3Fb6Jc1Ye5Ga";
const BASIC = Buffer.from(`b1e2a292-fbe4-460a-be33-582e572abbbe:${CLIENT_SECRET}`).toString("base64");
const JWT = [
  b64url({ alg: "RS384", typ: "JWT", kid: "synthetic" }),
  b64url({
    iss: "https://authorization.cerner.com/tenants/0a5d656f-e4dd-4bec-bda7-17e8450d64a8",
    azp: "b1e2a292-fbe4-460a-be33-582e572abbbe",
    exp: 1753802544,
    scope: "system/Patient.read system/Encounter.read",
  }),
  "c3ludGhldGljLXNpZ25hdHVyZS1ub3QtYS1yZWFsLW9uZQ",
].join(".");

/** The seed ticket as if its JSON carried raw evidence: a Basic header, a client secret and a JWT. */
function rawTicket(): Ticket {
  const ticket = seedTicket();
  const [request, response] = ticket.evidence;
  ticket.evidence[0] = {
    ...request,
    text: request.text.replace("[REDACTED:authorization#1]", BASIC) + `&client_secret=${CLIENT_SECRET}`,
  };
  ticket.evidence[1] = { ...response, text: response.text.replace("[REDACTED:access_token#1]", JWT) };
  return ticket;
}

describe("exportTicket: Markdown", () => {
  it("matches the golden file for the seed ticket, byte for byte", async () => {
    const file = fileOf(await exportTicket(seedTicket(), "md"));
    expect(file.filename).toBe("oracle-health-ticket-c388f6bf-20250729.md");
    expect(file.contentType).toBe("text/markdown; charset=utf-8");
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(GOLDEN, file.bytes);
    expect(utf8(file.bytes)).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("carries the diagnosis and the questions for support", async () => {
    const md = utf8(fileOf(await exportTicket(seedTicket(), "md")).bytes);
    expect(md).toContain("## Automated scope diagnosis");
    expect(md).toContain("`SCOPE_NOT_GRANTED`");
    expect(md).toContain("| `system/Specimen.read` | yes | **no** | yes |");
    expect(md).toMatch(/## Questions for Oracle Health support\n\n1\. /);
  });

  it("re-redacts raw evidence found in a ticket JSON instead of exporting it", async () => {
    const md = utf8(fileOf(await exportTicket(rawTicket(), "md")).bytes);
    for (const secret of [CLIENT_SECRET, BASIC, JWT, JWT.split(".")[1]]) expect(md).not.toContain(secret);
    expect(md).toContain("[REDACTED:");
    expect(leakCheck(md, prepareExport(rawTicket()).known)).toEqual([]);
  });
});

describe("exportTicket: PDF", () => {
  it("contains every section and the diagnosis as text, and no secret", async () => {
    const ticket = rawTicket();
    const file = fileOf(await exportTicket(ticket, "pdf", { fonts: readFonts }));
    expect(file.contentType).toBe("application/pdf");
    expect(file.filename).toBe("oracle-health-ticket-c388f6bf-20250729.pdf");
    const { text, pages } = await pdfText(file.bytes);
    const flat = text.replace(/\s+/g, " ");
    for (const section of prepareExport(ticket).document.sections) expect(flat).toContain(section.heading);
    expect(flat).toContain("SCOPE_NOT_GRANTED");
    for (const secret of [CLIENT_SECRET, BASIC, JWT]) expect(flat.replace(/[↳ ]/g, "")).not.toContain(secret);
    expect(leakCheck(text, prepareExport(ticket).known)).toEqual([]);
    expect(pages).toBeGreaterThan(2);
    expect(await pdfInfo(file.bytes)).toMatchObject({
      Title: "SMART on FHIR authorization: 403 on GET Specimen",
      CreationDate: "D:20250729152210Z",
    });
  });

  it("gives the same bytes for the same ticket", async () => {
    const a = fileOf(await exportTicket(seedTicket(), "pdf", { fonts: readFonts }));
    const b = fileOf(await exportTicket(seedTicket(), "pdf", { fonts: readFonts }));
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it("needs fonts for a PDF and says so", async () => {
    await expect(exportTicket(seedTicket(), "pdf")).rejects.toThrow(/fonts/);
  });
});

describe("exportTicket: typed text passes the ticket's privacy boundary", () => {
  const bytesOf = async (ticket: Ticket, format: "md" | "pdf") => {
    const file = fileOf(await exportTicket(ticket, format, { fonts: readFonts }));
    return format === "md" ? utf8(file.bytes) : (await pdfText(file.bytes)).text.replace(/\s+/g, " ");
  };

  it.each(["md", "pdf"] as const)(
    "a Bearer token planted in an evidence label is replaced by a placeholder (%s)",
    async (format) => {
      const ticket = seedTicket();
      ticket.evidence[1] = { ...ticket.evidence[1], label: `Token response for Bearer ${"Zx9yW8vU7tS6rQ5pO4nM3lK2"}` };
      const out = await bytesOf(ticket, format);
      expect(out).not.toContain("Zx9yW8vU7tS6rQ5pO4nM3lK2");
      expect(out).toMatch(/Token response for Bearer \\?\[REDACTED:access_token#2/);
    },
  );

  it.each(["md", "pdf"] as const)(
    "a secret from the evidence, pasted into a free-text answer, takes the evidence's placeholder (%s)",
    async (format) => {
      const ticket = rawTicket();
      ticket.problem.actual = `${ticket.problem.actual}\n\nOur secret is ${CLIENT_SECRET}, in case it helps.`;
      const { known } = prepareExport(ticket);
      const placeholder = known.find((k) => k.value === CLIENT_SECRET)?.placeholder ?? "none";
      const out = await bytesOf(ticket, format);
      expect(out).not.toContain(CLIENT_SECRET);
      expect(out).toContain(`Our secret is ${placeholder}, in case it helps.`);
    },
  );

  it("a JWT typed into the workflow", async () => {
    const ticket = seedTicket();
    ticket.problem.workflow = `GET /Patient with ${JWT}`;
    const md = await bytesOf(ticket, "md");
    expect(md).not.toContain(JWT.split(".")[1]);
    expect(md).toMatch(/GET \/Patient with \[REDACTED:jwt#1 · JWT /);
  });
});
