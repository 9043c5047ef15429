// What monitoring shows when an API call fails, pasted into a ticket: the OpenTelemetry Collector's `debug` exporter
// text (`-> enduser.id: Str(…)`), OTLP/JSON attribute lists (`{"key": "client.address", "value": {"stringValue": …}}`),
// JSON log entries of gateways and log services (`"remoteIp"`, `"sourceIp"`, `"client_ip"`), RUM events (`usr.id`).
// Each attribute's key says what its value is. Synthetic values, real shapes (test/corpora/real-artifacts/obs-*).
import { describe, expect, it } from "vitest";
import { readPrintedPairs } from "~/redaction/printed-pairs";
import { LINEAR, growth, repeat, slicedGrowth } from "../hostile/work-meter";
import { expectRedacted as check, redact } from "./lib/redact-text";

describe("OpenTelemetry Collector debug exporter text", () => {
  const span = [
    "Span #0",
    "    Trace ID       : 82c3b1307194e1f0689b911d659b4f51",
    "    Name           : GET /app/login",
    "Attributes:",
    "     -> service.name: Str(orders-api)",
    "     -> service.version: Str(3.14.0.0)",
    "     -> http.target: Str(/app/login?userId=Jane.Roe&lang=en)",
    "     -> enduser.id: Str(JaneRoe7)",
    "     -> client.address: Str(203.0.113.7)",
    "     -> net.peer.port: Int(59556)",
    "     -> http.status_code: Int(401)",
    "Body: Str(POST /anything 401 119ms)",
  ].join("\n");

  it("the end user and the client's address go; the type wrapper, the service and its version stay", () => {
    check(
      span,
      ["JaneRoe7", "203.0.113.7", "Jane.Roe"],
      [
        "-> service.name: Str(orders-api)",
        "-> service.version: Str(3.14.0.0)",
        "82c3b1307194e1f0689b911d659b4f51",
        "-> http.status_code: Int(401)",
        "Body: Str(POST /anything 401 119ms)",
        "lang=en)",
      ],
    );
  });

  it("each attribute is a pair of its key and the text inside the type's parentheses", () => {
    const pairs = readPrintedPairs(span).flat();
    const of = (key: string) => pairs.filter((p) => p.key === key).map((p) => span.slice(p.start, p.end));
    expect(of("enduser.id")).toEqual(["JaneRoe7"]);
    expect(of("http.target")).toEqual(["/app/login?userId=Jane.Roe&lang=en"]);
    expect(of("net.peer.port")).toEqual(["59556"]);
  });

  it("a word after a name label that opens a parenthesis is a type or a call, not a person", () => {
    check("     -> peer.service: Str(example-service)\n     -> service.name: Str(kong-dev)", [], ["Str(kong-dev)"]);
  });

  it("a name glued to an opening parenthesis in prose is still a name: only the Collector's type words are types", () => {
    check(
      "Spoke with the patient John Smith(DOB 01/02/1980) about the failed login.\nCaller: Maria Garcia(mother) called.",
      ["Smith", "Garcia"],
      ["(DOB", "(mother)"],
    );
  });

  it("the type wrapper stays when a person's name and e-mail stand among the attributes", () => {
    check(
      [
        "Attributes:",
        "     -> user.name: Str(Jane Roe)",
        "     -> user.email: Str(jane@example.org)",
        "     -> service.name: Str(orders-api)",
        "     -> thread.name: Str(pool-4-thread-1)",
      ].join("\n"),
      ["Jane Roe", "jane@example.org"],
      ["-> user.name: Str(", "-> service.name: Str(orders-api)", "-> thread.name: Str(pool-4-thread-1)"],
    );
  });

  it("a header printed as a Slice: the cookie's value goes, the wrapper stays", () => {
    const out = check(
      [
        '     -> http.request.header.cookie: Slice(["session=abcd1234efgh5678ijkl"])',
        '     -> http.request.header.x-api-key: Slice(["k8Hd72hsKs92jsKA0sl2"])',
        '     -> http.request.header.accept: Slice(["application/fhir+json"])',
      ].join("\n"),
      ["abcd1234efgh5678ijkl", "k8Hd72hsKs92jsKA0sl2"],
      ['accept: Slice(["application/fhir+json"])'],
    );
    expect(out).toContain('cookie: Slice(["session=');
    expect(out).toContain('x-api-key: Slice(["');
  });

  it("a server's address under a DNS record stays; the same address under the client's key goes", () => {
    check(
      "     -> dns.record.ip: Str(37.16.15.184)\n     -> dns.record.domain: Str(httpbin.org)",
      [],
      ["37.16.15.184"],
    );
    check("     -> client.address: Str(37.16.15.184)", ["37.16.15.184"]);
  });

  it("an address under a service's key whose middle word names no server of it (a sender, a bind) is someone's", () => {
    check("     -> smtp.sender.ip: Str(203.0.113.80)\n     -> ldap.bind.addr: Str(203.0.113.82)", [
      "203.0.113.80",
      "203.0.113.82",
    ]);
    check("smtp.relay.host=203.0.113.84\nredis.primary.host: 203.0.113.85", [], ["203.0.113.84", "203.0.113.85"]);
  });
});

describe("OTLP/JSON attribute lists: the value judged by its sibling key", () => {
  const record = (key: string, value: string) =>
    JSON.stringify({
      attributes: [
        { key, value: { stringValue: value } },
        { key: "error.type", value: { stringValue: "invalid_credentials" } },
      ],
    });

  it("a client's address and an end user's login go", () => {
    check(record("client.address", "198.51.100.23"), ["198.51.100.23"], ["invalid_credentials"]);
    check(record("enduser.id", "jroe77"), ["jroe77"], ["invalid_credentials"]);
  });

  it("a service's name and a host stay", () => {
    check(record("service.name", "identity-api"), [], ["identity-api"]);
  });
});

describe("a display name under an end-user key", () => {
  it("goes in flat tags, in a Jaeger tag and in an OTLP attribute; a service account's name stays", () => {
    check(
      JSON.stringify({
        "user.name": "Mary Major",
        "usr.name": "John Smith",
        "user.full_name": "Ann Lee",
        tags: [{ key: "user.name", type: "string", value: "Jane Roe" }],
        attributes: [{ key: "user.full_name", value: { stringValue: "Ida Moss" } }],
      }),
      ["Mary Major", "John Smith", "Ann Lee", "Jane Roe", "Ida Moss"],
    );
    check(JSON.stringify({ "usr.name": "Orders Service" }), [], ["Orders Service"]);
  });
});

describe("an OTLP attribute list cut out of a log (not JSON on its own)", () => {
  it("the end user's login goes, the URL beside it stays", () => {
    const fragment = [
      '    "resource": {',
      '        "varying_attributes": [',
      '        { "key": "enduser.id",',
      '          "value": { "stringValue": "jroe.the.tester" } },',
      '        { "key": "browser.url",',
      '          "value": { "stringValue": "https://example.org/app?tab=2" } },',
      "        ],",
    ].join("\n");
    check(fragment, ["jroe.the.tester"], ["https://example.org/app?tab=2"]);
  });
});

describe("JSON log entries: a client's address under its key", () => {
  it("Cloud Logging's remoteIp, API Gateway's sourceIp, Kong's client_ip go; a loopback and a server's stay", () => {
    check(
      JSON.stringify({
        httpRequest: { remoteIp: "35.199.77.186", serverIp: "10.8.0.2", latency: "0s" },
        identity: { sourceIp: "192.168.196.186" },
        client_ip: "203.0.113.9",
        tries: [{ ip: "127.0.0.1", port: 8000 }],
      }),
      ["35.199.77.186", "192.168.196.186", "203.0.113.9"],
      ["10.8.0.2", "127.0.0.1", '"latency":"0s"'],
    );
  });

  it("ECS and Datadog attributes nested as objects are judged by their dotted path (client.ip, usr.id, …)", () => {
    check(
      JSON.stringify({
        client: { ip: "203.0.113.50", address: "203.0.113.51" },
        source: { ip: "203.0.113.52" },
        network: { client: { ip: "203.0.113.53" } },
        usr: { id: "jroe77" },
        server: { ip: "10.8.0.2" },
        service: { name: "orders-api" },
      }),
      ["203.0.113.50", "203.0.113.51", "203.0.113.52", "203.0.113.53", "jroe77"],
      ["10.8.0.2", '"name":"orders-api"'],
    );
  });

  it("IIS's c-ip, clientIpAddress and requestIp are client-address keys too", () => {
    check(JSON.stringify({ "c-ip": "203.0.113.55", clientIpAddress: "203.0.113.54", requestIp: "203.0.113.56" }), [
      "203.0.113.55",
      "203.0.113.54",
      "203.0.113.56",
    ]);
  });

  it("a value under a client-address key that is no address stays", () => {
    check(JSON.stringify({ sourceIp: "IP", remoteIp: "" }), [], ['"sourceIp":"IP"']);
  });

  it("an AWS access key id under accessKey goes; the same letters under another key stay", () => {
    const out = check(JSON.stringify({ identity: { accessKey: "WJALRXUTNFEMIKBPXRFQ" } }), ["WJALRXUTNFEMIKBPXRFQ"]);
    expect(out).toContain('"accessKey"');
    check(JSON.stringify({ identity: { caller: "WJALRXUTNFEMIKBPXRFQ" } }), [], ["WJALRXUTNFEMIKBPXRFQ"]);
  });

  it("a RUM event's usr.id and a userId query parameter are logins", () => {
    check(JSON.stringify({ context: { "usr.id": "f57eg30cc9", "usr.email": "jane@example.org" } }), [
      "f57eg30cc9",
      "jane@example.org",
    ]);
    check("GET /servlet/u_login?userId=jroe77&lang=en HTTP/1.1", ["jroe77"], ["lang=en"]);
  });
});

describe("observability shapes: hostile input", () => {
  it("collector attribute lines without a closing parenthesis, repeated, stay linear", () => {
    expect(growth(repeat("     -> enduser.id: Str(aaaa "), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(repeat("     -> a: Str(((((\n"), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
  });

  it("OTLP keys without a value, and values without a closing quote, repeated, stay linear", () => {
    expect(growth(repeat('"key": "a.b", "x": 1, "stringValue"'), readPrintedPairs, 16_000)).toBeLessThan(LINEAR);
    expect(
      slicedGrowth(repeat('{"key":"enduser.id","value":{"stringValue":"aaaa '), readPrintedPairs, 16_000),
    ).toBeLessThan(LINEAR);
  });

  it("1 MB of Slice-wrapped headers on one line, their lists never closed, finishes", () => {
    const line = '-> http.request.header.cookie: Slice(["a=1", '.repeat(1_000_000 / 46);
    expect(redact(line).length).toBeGreaterThan(0);
  });

  it("1 MB of attribute lines and of OTLP pairs finishes", () => {
    const lines = "     -> enduser.id: Str(jroe)\n     -> x: Str(".repeat(1_000_000 / 40);
    expect(redact(lines).length).toBeGreaterThan(0);
    const otlp = `[${'{"key":"client.address","value":{"stringValue":"203.0.113.7"}},'.repeat(1_000_000 / 64)}{}]`;
    expect(redact(otlp)).not.toContain("203.0.113.7");
  });
});
