import { describe, expect, it } from "vitest";
import { action, loader } from "~/routes/api.diagnose";
import { loadFixture } from "../diagnosis/fixtures";

const call = (body: BodyInit | null, init: RequestInit = {}) =>
  action({
    request: new Request("http://localhost/api/diagnose", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
      ...init,
    }),
    params: {},
    context: {},
  });

describe("POST /api/diagnose", () => {
  it("diagnoses the seed: findings, scopes, summary and questions", async () => {
    const seed = loadFixture("seed");
    const res = await call(JSON.stringify(seed));
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/application\/json/);
    const body = await res.json();
    expect(Object.keys(body).sort()).toEqual(["findings", "questions", "scopes", "summary"]);
    expect(
      body.findings
        .slice(0, 2)
        .map((f: { code: string }) => f.code)
        .sort(),
    ).toEqual(["SCOPE_NOT_GRANTED", "SCOPE_REQUIRED_MISSING"]);
    expect(JSON.stringify(body)).not.toContain("eyJ");
  });

  it("accepts evidence without id or kind, and no ticket", async () => {
    const body = await (
      await call(
        JSON.stringify({
          evidence: [
            {
              text: '{"error":"invalid_scope","error_uri":"https://authorization.cerner.com/errors/urn%3Acerner%3Aerror%3Aauthorization-server%3Aoauth2%3Atoken%3Aempty-scopes/instances/65b0a9f4-782f-49a4-947f-e0a875ce5f67?client=0f6b2c1e-3d4a-4b5c-8d6e-7f8091a2b3c4&tenant=ec2458f2-1e24-41c8-b71b-0e701af7583d"}',
            },
          ],
        }),
      )
    ).json();
    expect(body.findings.map((f: { code: string }) => f.code)).toContain("EMPTY_SCOPES");
    expect(body.findings[0].evidence[0].itemId).toBe("e1");
  });

  it("answers 400 for bad JSON, without echoing it", async () => {
    const res = await call('{"evidence": [ {"text": "Bearer eyJsecret');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toContain("eyJsecret");
    expect(JSON.parse(text).error.message).toMatch(/not valid JSON/);
  });

  it("answers 400 for a wrong shape, naming the field", async () => {
    const res = await call(JSON.stringify({ evidence: [{ kind: "pdf", text: "x" }] }));
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(Object.keys(body.error.fields)).toContain("evidence.0.kind");
    expect((await call(JSON.stringify({ ticket: {} }))).status).toBe(400);
  });

  it("answers 413 past the size limit", async () => {
    const res = await call("x", {
      headers: { "Content-Length": String(60 * 1024 * 1024), "Content-Type": "application/json" },
    });
    expect(res.status).toBe(413);
  });

  it("answers 405 to GET", async () => {
    const res = await loader();
    expect(res.status).toBe(405);
  });
});
