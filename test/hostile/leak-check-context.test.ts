// The leak check judges a short number by its context: a resource id that happens to equal a group of a UUID, a part
// of a date or an IP address is a coincidence; the same number where an id would stand still blocks.
import { describe, expect, it } from "vitest";
import { leakCheck, type KnownValue } from "~/document/leak-check";
import { exportTicket, isBlocked } from "~/export/export-ticket";
import { readFonts } from "~/export/fonts.server";
import { generateLog } from "../fixtures/generate/synthetic-evidence";
import { sampleDiagnosis, sampleRedaction, seedTicket } from "../document/helpers";
import { buildDocument, type RedactionSummary } from "~/document/model";
import { renderMarkdown } from "~/document/markdown";

const known: KnownValue[] = [{ value: "5171", type: "resource_id", category: "phi" }];

describe("leak check context for short numbers", () => {
  it("a UUID group, a date part, an IP part or a version part equal to a removed id is not a leak", () => {
    for (const text of [
      "X-Request-Id=1d885c72-5171-478f-a91c-2524108c1f40",
      "at 5171-07-28T15:00:00Z",
      "from 10.5171.0.1",
      "client 2.5171.3",
      "time 12:5171",
    ]) {
      expect(leakCheck(text, known), text).toEqual([]);
    }
  });

  it("the same number where an id stands still blocks", () => {
    for (const text of [
      "GET /r4/t/Specimen/5171",
      "Specimen?_id=5171",
      "specimen 5171 failed",
      '"id": "5171"',
      "ids 5171-",
    ]) {
      expect(leakCheck(text, known).length, text).toBe(1);
    }
  });

  it("longer values and secrets are unaffected: a removed secret inside a longer token still blocks", () => {
    const secret: KnownValue[] = [{ value: "Zx9yW8vU7tS6rQ5pO4nM3lK2", type: "access_token", category: "secret" }];
    expect(leakCheck("a-Zx9yW8vU7tS6rQ5pO4nM3lK2-b", secret).length).toBe(1);
  });

  it("the redaction summary's own counts never read as a removed id (five 8 MB logs replace thousands of values)", () => {
    const ticket = seedTicket();
    const summary: RedactionSummary = {
      ...sampleRedaction,
      entries: [{ category: "phi", type: "resource_id", values: 5171, replacements: 15513 }],
    };
    const markdown = renderMarkdown(buildDocument(ticket, sampleDiagnosis, summary));
    const removed: KnownValue[] = ["5171", "15513"].map((value) => ({ value, type: "resource_id", category: "phi" }));
    expect(leakCheck(markdown, removed)).toEqual([]);
    expect(markdown).toMatch(/\| 5,171 \| 15,513 \|/);
  });

  it("the project's synthetic client-domain log (2 MB of ordinary numbers) exports", async () => {
    const ticket = seedTicket();
    ticket.evidence.push({
      id: "log",
      kind: "log",
      label: "Application log",
      text: generateLog(2 * 1024 * 1024),
    } as (typeof ticket.evidence)[number]);
    const result = await exportTicket(ticket, "md", { fonts: readFonts });
    expect(isBlocked(result) ? result.reasons.slice(0, 3) : []).toEqual([]);
  }, 120_000);
});
