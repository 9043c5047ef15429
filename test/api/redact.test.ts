import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/api.redact";
import { MAX_REQUEST_BYTES, readBodyText } from "~/api/json";
import { ACCESS_TOKEN, BASIC, fixture } from "../evidence/helpers";

const call = (body: BodyInit | null, headers: Record<string, string> = { "Content-Type": "application/json" }) =>
  action({
    request: new Request("http://localhost/api/redact", { method: "POST", body, headers }),
    params: {},
    context: {},
  });

describe("POST /api/redact", () => {
  it("redacts one text, detecting its kind", async () => {
    const res = await call(JSON.stringify({ text: fixture("token-request.http") }));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    const body = await res.json();
    expect(body.items).toHaveLength(1);
    expect(body.items[0]).toMatchObject({ id: "item-1", kind: "http", warnings: [] });
    expect(body.items[0].text).not.toContain(BASIC);
    expect(body.items[0].text).toContain("5718aeb9-3fef-470f-8562-5ccbc97b4fe5");
    expect(body.items[0].findings.map((f: { type: string }) => f.type)).toEqual([
      "basic_auth",
      "cookie",
      "access_token",
    ]);
  });

  it("numbers a new value after the placeholders every item already holds (evidence redacted in an earlier post)", async () => {
    const earlier = "Authorization: Bearer [REDACTED:access_token#1]";
    const res = await call(
      JSON.stringify({
        items: [
          { id: "new", kind: "text", text: "Authorization: Bearer 2YotnFZFEjr1zCsicMWpAA" },
          { id: "old", kind: "text", text: earlier },
        ],
      }),
    );
    const body = await res.json();
    expect(body.items[0].text).toBe("Authorization: Bearer [REDACTED:access_token#2]");
    expect(body.items[1].text).toBe(earlier);
  });

  it("answers an earlier item settled against a login found in a later one, its spans and findings with it", async () => {
    const res = await call(
      JSON.stringify({
        items: [
          { id: "avatar", kind: "text", text: "GET https://example.com/icon/jroe1987/128 HTTP/1.1" },
          { id: "profile", kind: "text", text: '{"username": "jroe1987"}' },
        ],
      }),
    );
    const [avatar] = (await res.json()).items;
    expect(avatar.text).toBe("GET https://example.com/icon/[REDACTED:user_name#1]/128 HTTP/1.1");
    const spans = avatar.spans as Array<{ start: number; end: number }>;
    expect(spans.map((s) => avatar.text.slice(s.start, s.end))).toEqual(["[REDACTED:user_name#1]"]);
    expect(avatar.findings.map((f: { placeholder: string }) => f.placeholder)).toEqual(["[REDACTED:user_name#1]"]);
  });

  it("redacts several items with one set of placeholders and the client-domain policy", async () => {
    const res = await call(
      JSON.stringify({
        environment: "client",
        terms: ["Lifebridge"],
        items: [
          { id: "a", text: fixture("fhir-403.http") },
          { id: "b", kind: "token-response", text: fixture("token-response.json") },
          { id: "c", text: '{"resourceType":"Patient","id":"90210777","gender":"female"} at Lifebridge' },
        ],
      }),
    );
    const { items } = await res.json();
    expect(items.map((i: { id: string }) => i.id)).toEqual(["a", "b", "c"]);
    expect(items[0].text).toContain("[REDACTED:access_token#1 · JWT");
    expect(items[1].text).toContain("[REDACTED:access_token#1 · JWT");
    expect(items[2].text).toBe(
      '{"resourceType":"Patient","id":"[REDACTED:patient_id#1]","gender":"[REDACTED:value]"} at [REDACTED:custom#1]',
    );
    expect(JSON.stringify(items)).not.toContain(ACCESS_TOKEN);
  });

  it("answers 400 with a JSON error for bad JSON, never echoing the input", async () => {
    const res = await call(`{"text": "${ACCESS_TOKEN}"`);
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({ error: { status: 400, message: "The request body is not valid JSON." } });
    expect(text).not.toContain(ACCESS_TOKEN.slice(0, 20));
  });

  it("answers 400 for a wrong shape, with field messages that quote nothing", async () => {
    for (const body of [
      { text: 42 },
      { items: [] },
      { text: "x", environment: "prod" },
      { text: "x", kind: "pdf" },
      { text: ACCESS_TOKEN, extra: ACCESS_TOKEN },
      [],
    ]) {
      const res = await call(JSON.stringify(body));
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(JSON.parse(text).error.message).toBe("The request body does not have the expected shape.");
      expect(text).not.toContain(ACCESS_TOKEN.slice(0, 20));
    }
    expect((await call("")).status).toBe(400);
  });

  it("answers 413 past 50 MB, by Content-Length", async () => {
    const res = await call("{}", {
      "Content-Type": "application/json",
      "Content-Length": String(MAX_REQUEST_BYTES + 1),
    });
    expect(res.status).toBe(413);
    expect((await res.json()).error.message).toMatch(/over 50 MB/);
  });

  it("answers 413 past 50 MB while streaming, whatever Content-Length says; drops (does not keep) a bounded rest so the client can read the answer", async () => {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 400) controller.close();
        else {
          sent++;
          controller.enqueue(chunk);
        }
      },
    });
    const request = new Request("http://localhost/api/redact", {
      method: "POST",
      body: stream,
      headers: { "Content-Type": "application/json" },
      duplex: "half",
    } as RequestInit);
    const res = await action({ request, params: {}, context: {} });
    expect(res.status).toBe(413);
    // 50 MB counted, then at most 64 MB more read and dropped before the connection is cut.
    expect(sent).toBeGreaterThan(50);
    expect(sent).toBeLessThanOrEqual(50 + 64 + 2);
  });

  it("reads a body up to the limit", async () => {
    const text = await readBodyText(new Request("http://localhost/", { method: "POST", body: "héllo" }), 10);
    expect(text).toBe("héllo");
    await expect(
      readBodyText(new Request("http://localhost/", { method: "POST", body: "x".repeat(11) }), 10),
    ).rejects.toMatchObject({ status: 413 });
  });

  it("answers 405 to GET", async () => {
    const res = await loader();
    expect(res.status).toBe(405);
    expect(res.headers.get("Allow")).toBe("POST");
  });
});
