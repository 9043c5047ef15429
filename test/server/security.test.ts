// The production server's guarantees for every response: CSP with a fresh nonce and no 'unsafe-inline' for scripts,
// nosniff, a clear 403 for cross-origin posts (proxy settings honoured), 413 for an oversize chunked body (answered,
// not reset), and an access log without query strings.
import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllowedOrigins } from "../../server/security";
import { startHarness, type Harness } from "./harness";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("security headers on every response", () => {
  it("pages, /build assets and API answers carry the CSP with a per-request nonce and nosniff", async () => {
    harness = await startHarness();
    const responses = [
      await fetch(`${harness.url}/`),
      await fetch(`${harness.url}/`),
      await fetch(`${harness.url}/build/app-123.js`),
      await fetch(`${harness.url}/api/redact`, {
        method: "POST",
        body: JSON.stringify({ text: "hello" }),
        headers: { "Content-Type": "application/json" },
      }),
    ];
    for (const res of responses) {
      const csp = res.headers.get("content-security-policy") ?? "";
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}'/);
      expect(csp).not.toContain("unsafe-inline");
      expect(csp).toContain("style-src 'self'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-powered-by")).toBeNull();
    }
    const [a, b] = responses.map((r) => nonceOf(r.headers.get("content-security-policy")));
    expect(a).not.toBe(b);
    // The page gets the header's nonce for its inline scripts.
    expect(harness.contexts[0].nonce).toBe(a);
  });
});

describe("cross-origin posts", () => {
  const post = (url: string, headers: Record<string, string>) =>
    fetch(url, {
      method: "POST",
      body: "intent=next",
      headers: { "Content-Type": "application/x-www-form-urlencoded", ...headers },
    });

  it("another site's form post: 403 with a page that says what happened and what to set", async () => {
    harness = await startHarness();
    const res = await post(`${harness.url}/`, { Origin: "https://evil.example" });
    expect(res.status).toBe(403);
    const text = await res.text();
    expect(text).toContain("posted from another site");
    expect(text).toContain("TRUST_PROXY=1");
    expect(text).toContain("ALLOWED_ORIGINS");
    expect((await post(`${harness.url}/`, { Origin: "null" })).status).toBe(403);
  });

  it("the API answers a JSON 403", async () => {
    harness = await startHarness();
    const res = await fetch(`${harness.url}/api/redact`, {
      method: "POST",
      body: "{}",
      headers: { Origin: "https://evil.example", "Content-Type": "application/json" },
    });
    expect(res.status).toBe(403);
    expect((await res.json()).error.message).toContain("another site");
  });

  it("same origin, and no Origin at all (scripts), pass", async () => {
    harness = await startHarness();
    expect((await post(`${harness.url}/`, { Origin: harness.url })).status).toBe(200);
    expect((await post(`${harness.url}/`, {})).status).toBe(200);
  });

  it("behind a proxy: the public origin passes with TRUST_PROXY (X-Forwarded-Host/Proto) or ALLOWED_ORIGINS, not without", async () => {
    const proxied = {
      Origin: "https://tickets.example.org",
      "X-Forwarded-Host": "tickets.example.org",
      "X-Forwarded-Proto": "https",
    };
    harness = await startHarness();
    expect((await post(`${harness.url}/`, proxied)).status).toBe(403);
    await harness.close();
    harness = await startHarness({ trustProxy: true });
    expect((await post(`${harness.url}/`, proxied)).status).toBe(200);
    expect((await post(`${harness.url}/`, { ...proxied, "X-Forwarded-Proto": "http" })).status).toBe(403);
    await harness.close();
    harness = await startHarness({
      allowedOrigins: parseAllowedOrigins("https://tickets.example.org, https://other.example"),
    });
    expect((await post(`${harness.url}/`, { Origin: "https://tickets.example.org" })).status).toBe(200);
  });

  it("ALLOWED_ORIGINS refuses an entry that is not an origin, without echoing it", () => {
    expect(() => parseAllowedOrigins("tickets example org")).toThrow(/entry 1 is not a URL/);
    expect(() => parseAllowedOrigins("tickets example org")).not.toThrow(/tickets example/);
  });
});

describe("oversize bodies and the access log", () => {
  it("a chunked body past 50 MB gets a 413 answer the client can read (no connection reset)", async () => {
    harness = await startHarness();
    const { url } = harness;
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${url}/api/redact`,
        { method: "POST", headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked" } },
        (res) => {
          let body = "";
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      const chunk = Buffer.alloc(1024 * 1024, 0x61);
      let sent = 0;
      const write = () => {
        while (sent < 60) {
          sent++;
          if (!req.write(chunk)) return void req.once("drain", write);
        }
        req.end();
      };
      write();
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.message).toMatch(/over 50 MB/);
  });

  it("API answers are not gzipped on the request thread (they can be tens of MB); pages still are", async () => {
    harness = await startHarness();
    const res = await fetch(`${harness.url}/api/redact`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept-Encoding": "gzip" },
      body: JSON.stringify({ text: "GET /r4/Patient/12724066 200 OK\n".repeat(400), kind: "log" }),
    });
    expect(res.status).toBe(200);
    expect((await res.text()).length).toBeGreaterThan(4096);
    expect(res.headers.get("content-encoding")).toBeNull();
    const page = await fetch(`${harness.url}/big-page`, { headers: { "Accept-Encoding": "gzip" } });
    expect(page.headers.get("content-encoding")).toBe("gzip");
  });

  it("logs method, path and status, never the query string", async () => {
    harness = await startHarness();
    await fetch(`${harness.url}/export?format=md&ticket=Bearer%20abc123secret`);
    await fetch(`${harness.url}/?tenant=zz9plural`);
    const log = harness.log();
    expect(log).toMatch(/^GET \/export 200/m);
    expect(log).toMatch(/^GET \/ 200/m);
    expect(log).not.toContain("abc123secret");
    expect(log).not.toContain("zz9plural");
    expect(log).not.toContain("?");
  });
});
