// HTTP client debug output from more languages (test/corpora/real-artifacts, `client-…`): Ruby Net::HTTP's
// set_debug_output (`<- "POST … HTTP/1.1\r\nAuthorization: …\r\n"`), Apache HttpClient's wire log (`>> "…[\r][\n]"`).
// Synthetic values, the real shapes.
import { describe, expect, it } from "vitest";
import { expectRedacted as check, gone, redact } from "./lib/redact-text";

describe("a request line whose path ends in an auth scheme's word (`/tokens/bearer HTTP/1.1`)", () => {
  it("the protocol version after the path is not a credential: the request line stays, the real one goes", () => {
    check(
      [
        '<- "POST /oauth2/v1/tokens/bearer HTTP/1.1\\r\\nContent-Type: application/x-www-form-urlencoded\\r\\nAuthorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==\\r\\nHost: oauth.example.com\\r\\n\\r\\n"',
        '-> "HTTP/1.1 200 OK\\r\\n"',
      ].join("\n"),
      ["QWxhZGRpbjpvcGVuIHNlc2FtZQ=="],
      ["POST /oauth2/v1/tokens/bearer HTTP/1.1", '-> "HTTP/1.1 200 OK', "Host: oauth.example.com"],
    );
  });

  it("the same with a plain request line, other schemes' words and HTTP/2", () => {
    check(
      [
        "GET /auth/basic HTTP/1.1",
        "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "",
        "HTTP/2 401",
        "POST /api/token HTTP/2",
        "POST /v1/negotiate HTTP/1.0",
      ].join("\n"),
      ["eyJzdWIiOiIxMjM0NTY3ODkwIn0"],
      ["GET /auth/basic HTTP/1.1", "HTTP/2 401", "POST /api/token HTTP/2", "POST /v1/negotiate HTTP/1.0"],
    );
  });
});

describe("a header in an Apache HttpClient wire line, its line end written `[\\r][\\n]`", () => {
  it("the credential goes and the written line end stays whole", () => {
    const out = check(
      [
        'DEBUG org.apache.http.wire - http-outgoing-3 >> "GET /api/v1/userinfo HTTP/1.1[\\r][\\n]"',
        'DEBUG org.apache.http.wire - http-outgoing-3 >> "Authorization: Bearer 9a7c1421a30aa9429d5c608b5054e0860a4be08c2[\\r][\\n]"',
        'DEBUG org.apache.http.wire - http-outgoing-3 >> "Cookie: JSESSIONID=2236652D2F06E535395CDA6CA557B9BF[\\n]"',
        'DEBUG org.apache.http.wire - http-outgoing-3 >> "Host: fhir.example.com[\\r][\\n]"',
      ].join("\n"),
      ["9a7c1421a30aa9429d5c608b5054e0860a4be08c2", "2236652D2F06E535395CDA6CA557B9BF"],
      ['"GET /api/v1/userinfo HTTP/1.1[\\r][\\n]"', '"Host: fhir.example.com[\\r][\\n]"'],
    );
    expect(out).toMatch(/Authorization: Bearer \[REDACTED:access_token#\d\]\[\\r\]\[\\n\]"/);
    expect(out).toMatch(/Cookie: JSESSIONID=\[REDACTED:cookie#\d\]\[\\n\]"/);
  });
});

describe("an OpenID Connect userinfo answer's `address` claim (printed after a client's debug log)", () => {
  it("the formatted address, the street, the locality and the postal code go; region and country stay", () => {
    check(
      [
        "curl -H 'Authorization: Bearer 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c' https://idp.example.org/api/v1/userinfo",
        "  {",
        '    "sub":"5a3f0c9e1d7b4a2c8e6f0b1d3c5a7e9f0b2d4c6a8e0f1a3b5c7d9e1f3a5b7c9dv1",',
        '    "given_name":"Aurelie",',
        '    "family_name":"Vasseur",',
        '    "email":"aurelie.vasseur@example.org",',
        '    "address":{"formatted":"14 rue des Lilas, 69003 Lyon","street_address":"14 rue des Lilas","locality":"Lyon","region":"Auvergne-Rhone-Alpes","postal_code":"69003","country":"France"}',
        "  }",
      ].join("\n"),
      ["14 rue des Lilas", "Lyon", "69003", "Vasseur", "aurelie.vasseur@example.org"],
      ['"region":"Auvergne-Rhone-Alpes"', '"country":"France"', "https://idp.example.org/api/v1/userinfo"],
    );
  });

  it("an `address` that is not a person's (a server's, beside no identity claim) stays", () => {
    check(
      '{"server":{"name":"fhir-gateway","address":{"formatted":"10.0.0.12:8443","locality":"eu-west-1"}}}',
      [],
      ['"formatted":"10.0.0.12:8443"', '"locality":"eu-west-1"'],
    );
  });
});

describe("hostile inputs of these shapes finish (linear work)", () => {
  const mb = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  it("request lines ending in scheme words, no header after them", () => {
    const out = redact(mb('<- "POST /a/bearer HTTP/1.1\\r\\nbasic HTTP/2 token HTTPS/1.0 '));
    expect(out).toContain("/a/bearer HTTP/1.1");
  });
  it("wire lines of `[\\r` with no closing bracket, and header values cut by `[\\n]` again and again", () => {
    const out = redact(mb('>> "Authorization: Bearer [\\r[\\r[\\r[\\n]x[\\r][\\n]"\n') + mb("Cookie: a=b[\\n]c=d[\\r"));
    expect(out.length).toBeGreaterThan(1_000_000);
  });
  it("one object of many `address` keys beside a person's claims", () => {
    const out = redact(`{"given_name":"Aurelie",${mb('"address":{"locality":"Lyon"},')}"family_name":"Vasseur"}`);
    gone(out, "Lyon", "Vasseur");
  });
});
