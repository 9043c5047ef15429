// An API gateway's or proxy's access log written as JSON names the caller's address under a short key: AWS API
// Gateway's documented format puts `$context.identity.sourceIp` under `"ip"`, nginx `log_format … escape=json`
// setups under `"ip"` or `"client"`. Beside the request's own fields (its id, method or time, its status) that address
// is the person's; the same key in a server's settings stays.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("the caller's address in a JSON access log record", () => {
  it("API Gateway's access log: ip goes, the request's facts stay", () => {
    const out = redact(
      JSON.stringify(
        {
          caller: "-",
          ip: "51.14.4.225",
          method: "POST",
          path: "/development/data-product/x/schema",
          requestId: "a4188e34-1104-424e-9907-eebbf55dd662",
          requestTime: "27/Oct/2023:13:40:57 +0000",
          status: "400",
        },
        null,
        2,
      ),
    );
    gone(out, "51.14.4.225");
    kept(out, "a4188e34-1104-424e-9907-eebbf55dd662", "27/Oct/2023:13:40:57 +0000", '"status": "400"');
  });

  it("one record a line, with client as the key", () => {
    const out = redact(
      '{"time":"2024-06-17T07:59:22+00:00","client":"81.2.69.160","request":"GET /fhir/r4/Patient HTTP/2.0","status":"401"}\n' +
        '{"time":"2024-06-17T07:59:23+00:00","client":"81.2.69.161","request":"GET /fhir/r4/Patient HTTP/2.0","status":"200"}',
    );
    gone(out, "81.2.69.160", "81.2.69.161");
  });

  it("a server's address in settings stays", () => {
    const text = JSON.stringify({ name: "fhir-proxy", ip: "10.20.30.40", port: 8443, status: "running" }, null, 2);
    expect(redact(text)).toBe(text);
  });

  it("a record with a uri, path or url beside its HTTP status: the caller's address goes", () => {
    gone(redact('{"ip":"203.0.113.9","uri":"/r4/Patient","status":200}'), "203.0.113.9");
    gone(redact('{"remote":"203.0.113.10","resourcePath":"/r4/{proxy+}","statusCode":"401"}'), "203.0.113.10");
  });

  it("Traefik's JSON access log: ClientHost and ClientAddr go, the request's facts stay", () => {
    const out = redact(
      '{"ClientHost":"203.0.113.8","ClientAddr":"203.0.113.8:5555","RequestMethod":"GET","RequestPath":"/r4/Patient","DownstreamStatus":200}',
    );
    gone(out, "203.0.113.8");
    kept(out, '"RequestPath":"/r4/Patient","DownstreamStatus":200');
  });

  it("a health record's status is no HTTP status: the server's address stays", () => {
    const text = '{"service":"fhir-gw","ip":"10.20.30.40","port":443,"status":"UP","method":"health"}';
    expect(redact(text)).toBe(text);
  });

  it("finishes on a megabyte of records with many keys", () => {
    const record = (i: number) => `{"ip":"81.2.69.${i % 250}","request":"GET / HTTP/1.1","status":"200"}`;
    const many = `{${Array.from({ length: 20_000 }, (_, i) => `"k${i}":"v","ip":"81.2.69.1"`).join(",")},"status":"200","method":"GET"}`;
    for (const text of [Array.from({ length: 15_000 }, (_, i) => record(i)).join("\n"), many])
      expect(typeof redact(text)).toBe("string");
  });
});
