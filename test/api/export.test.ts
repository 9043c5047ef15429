import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/api.export";
import { action as formAction } from "~/routes/export";
import { loader as fontLoader } from "~/routes/fonts.$name";
import { runTask, type HeavyTask } from "~/api/tasks";
import { pdfText, seedInput } from "../document/helpers";

const call = (
  query: string,
  body: BodyInit | null,
  headers: Record<string, string> = { "Content-Type": "application/json" },
) =>
  action({
    request: new Request(`http://localhost/api/export${query}`, { method: "POST", body, headers }),
    params: {},
    context: {},
  });

/** What no detector rewrites in a typed answer (a private JWK member) and the final check on the bytes catches. */
const planted = () => {
  const ticket = seedInput();
  ticket.problem.actual = 'Our key has "d": "Zx9yW8vU7tS6rQ5pO4nM3lK2" in it and we got 403.';
  return ticket;
};

describe("POST /api/export", () => {
  it("answers the Markdown file as an attachment", async () => {
    const res = await call("?format=md", JSON.stringify(seedInput()));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("text/markdown; charset=utf-8");
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="oracle-health-ticket-c388f6bf-20250729.md"; filename*=UTF-8''oracle-health-ticket-c388f6bf-20250729.md`,
    );
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    expect(await res.text()).toMatch(/^# SMART on FHIR authorization: 403 on GET Specimen\n/);
  });

  it("answers the PDF, A4 or Letter", async () => {
    const res = await call("?format=pdf&pageSize=Letter", JSON.stringify(seedInput()));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("application/pdf");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    expect((await pdfText(bytes)).text).toContain("Questions for Oracle Health support");
  });

  it("answers 400 for a missing or unknown format", async () => {
    for (const query of ["", "?format=docx"]) {
      const res = await call(query, JSON.stringify(seedInput()));
      expect(res.status).toBe(400);
      expect((await res.json()).error.message).toMatch(/format=md or \?format=pdf/);
    }
  });

  it("answers 400 for bad JSON without echoing it, and for an invalid ticket naming the field", async () => {
    const bad = await call("?format=md", '{"evidence": "Bearer eyJsecret');
    expect(bad.status).toBe(400);
    const text = await bad.text();
    expect(text).not.toContain("eyJsecret");
    expect(JSON.parse(text).error.message).toMatch(/not valid JSON/);

    const ticket = seedInput();
    (ticket.application as Record<string, unknown>).clientId = "not-a-uuid";
    const invalid = await call("?format=md", JSON.stringify(ticket));
    expect(invalid.status).toBe(400);
    expect(Object.keys((await invalid.json()).error.fields)).toEqual(["application.clientId"]);
  });

  it("answers 413 past the size limit", async () => {
    const res = await call("?format=md", "{}", {
      "Content-Type": "application/json",
      "Content-Length": String(60 * 1024 * 1024),
    });
    expect(res.status).toBe(413);
  });

  it("answers 422 when the leak check blocks the export, saying where and never what", async () => {
    const res = await call("?format=pdf", JSON.stringify(planted()));
    expect(res.status).toBe(422);
    const text = await res.text();
    expect(text).not.toContain("Zx9yW8vU7tS6rQ5pO4nM3lK2");
    const body = JSON.parse(text);
    expect(body.error.leaks[0]).toMatchObject({
      rule: "pattern",
      type: "jwk-private-key",
      where: "section “Actual Result”",
    });
    expect(body.error.reasons[0]).toMatch(/Actual Result/);
  });

  it("only takes POST", async () => {
    expect(loader().status).toBe(405);
  });
});

describe("POST /export (the download without JavaScript)", () => {
  const post = (format: string, ticket: string | null) =>
    formAction({
      request: new Request(`http://localhost/export?format=${format}`, {
        method: "POST",
        body: ticket === null ? "" : new URLSearchParams({ ticket }).toString(),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      params: {},
      context: {},
    });

  it("answers the file from the form field `ticket`", async () => {
    const res = await post("pdf", JSON.stringify(seedInput()));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="oracle-health-ticket-c388f6bf-20250729\.pdf"/,
    );
  });

  it("answers a page that says what to fix: an invalid ticket, a missing one, a blocked export", async () => {
    const ticket = seedInput();
    (ticket.examples[0] as Record<string, unknown>).occurredAt = "2025-07-28 15:21:14";
    const invalid = await post("md", JSON.stringify(ticket));
    expect(invalid.status).toBe(400);
    expect(invalid.headers.get("Content-Type")).toMatch(/text\/html/);
    expect(await invalid.text()).toContain("examples.0.occurredAt: This time has no time zone");

    expect((await post("md", null)).status).toBe(400);

    const blocked = await post("md", JSON.stringify(planted()));
    expect(blocked.status).toBe(422);
    const page = await blocked.text();
    expect(page).toContain("Export blocked");
    expect(page).not.toContain("Zx9yW8vU7tS6rQ5pO4nM3lK2");
  });
});

describe("GET /fonts/<file>", () => {
  it("serves the three PDF fonts with a long cache, and nothing else", async () => {
    const get = (name: string) =>
      fontLoader({ request: new Request(`http://localhost/fonts/${name}`), params: { name }, context: {} });
    const res = await get("DejaVuSansMono.ttf");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe("font/ttf");
    expect(res.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect((await res.arrayBuffer()).byteLength).toBeGreaterThan(100_000);
    for (const name of ["../../package.json", "DejaVuSerif.ttf", ""]) expect((await get(name)).status).toBe(404);
  });
});

describe("heavy tasks hold no copy of the request", () => {
  it("the no-JavaScript export's form is handed to the pool as bytes, not parsed on the request thread", async () => {
    const tasks: HeavyTask[] = [];
    const heavy = async (task: HeavyTask) => (tasks.push(task), runTask(task));
    const res = await formAction({
      request: new Request("http://localhost/export?format=md", {
        method: "POST",
        body: new URLSearchParams({ ticket: JSON.stringify(seedInput()) }).toString(),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
      params: {},
      context: { heavy },
    });
    expect(res.status).toBe(200);
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ kind: "export-form", contentType: "application/x-www-form-urlencoded" });
    expect(tasks[0]).not.toHaveProperty("ticket");
  });

  it("the body's bytes are let go once parsed, before the export runs", async () => {
    const task = {
      kind: "export" as const,
      body: new TextEncoder().encode(JSON.stringify(seedInput())),
      format: "md" as const,
      pageSize: "A4" as const,
    };
    const answer = await runTask(task);
    expect(answer.status).toBe(200);
    expect(task.body.byteLength).toBe(0);
  });
});
