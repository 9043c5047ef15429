// The client's address a proxy passes on (X-Forwarded-For's first entry, X-Real-IP, Forwarded's first `for=`,
// Cloudflare's and Akamai's client headers) is a person's; the proxies after it and the `by=` interface are servers'
// and stay, as does everything else in the request.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";
import { redactClientAddress } from "~/redaction/detectors/client-addresses";
import { ItemContext, RedactorState } from "~/redaction/context";

const createItemContext = () =>
  new ItemContext(new RedactorState(), { environment: "sandbox", terms: [], restored: [] });

const REQUEST = [
  "GET /r4/Patient/12724066 HTTP/1.1",
  "Host: fhir-ehr-code.cerner.com",
  "X-Real-IP: 73.162.44.201",
  "X-Forwarded-For: 73.162.44.201, 10.0.3.7",
  "Forwarded: for=73.162.44.201;proto=https;by=10.0.3.7",
  "CF-Connecting-IP: 2001:db8:85a3::8a2e:370:7334",
  "True-Client-IP: 98.51.100.23",
  "X-Request-Id: 5a1c2d3e-0f00-4d4b-9a51-1e2f3a4b5c6d",
  "",
].join("\n");

describe("a client's address in a proxy's header", () => {
  it("goes in an HTTP request pasted as text; the proxy's address and the request id stay", () => {
    const out = redact(REQUEST);
    gone(out, "73.162.44.201", "2001:db8:85a3::8a2e:370:7334", "98.51.100.23");
    kept(out, "10.0.3.7", "by=10.0.3.7", ";proto=https;", "X-Request-Id: 5a1c2d3e-0f00-4d4b-9a51-1e2f3a4b5c6d");
  });

  it("goes in Forwarded's quoted IPv6 form with a port, the port kept", () => {
    const out = redact(
      'GET / HTTP/1.1\nHost: api.example.com\nForwarded: for="[2001:db8:cafe::17]:4711", for=10.1.2.3\n',
    );
    gone(out, "2001:db8:cafe::17");
    kept(out, "]:4711", "for=10.1.2.3");
  });

  it("reads the value by the header's name", () => {
    const ctx = createItemContext();
    expect(
      redactClientAddress("x-forwarded-for", "203.0.113.195:41237, 70.41.3.18, 150.172.238.178", ctx),
    ).not.toContain("203.0.113.195");
    expect(redactClientAddress("x-forwarded-for", "203.0.113.195:41237, 70.41.3.18", ctx)).toContain(
      ":41237, 70.41.3.18",
    );
    // Nobody's: loopback, "unknown", an obfuscated node and a host name stay.
    for (const v of ["127.0.0.1", "unknown", "for=_hidden;by=_SEVKISEK", "for=unknown", "proxy.internal"])
      expect(redactClientAddress(v.startsWith("for=") ? "forwarded" : "x-real-ip", v, ctx)).toBe(v);
  });

  it("finishes on 1 MB of commas, quotes, brackets and for= without a close", () => {
    const ctx = createItemContext();
    for (const unit of [",", 'for="[', "for=1.2.3.4;", "1.1.1.1:"]) {
      const v = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(typeof redactClientAddress("forwarded", v, ctx)).toBe("string");
      expect(typeof redactClientAddress("x-forwarded-for", v, ctx)).toBe("string");
    }
  });
});

describe("a client's address under a proxy header's name in JSON", () => {
  it("goes in a logged request's headers object and in a HAR header", () => {
    const out = redact(
      '{"headers":{"x-forwarded-for":"73.162.44.201, 10.0.3.7","x-real-ip":"73.162.44.201","host":"a.b"}}',
    );
    gone(out, "73.162.44.201");
    kept(out, ", 10.0.3.7", '"host":"a.b"');
  });
});
