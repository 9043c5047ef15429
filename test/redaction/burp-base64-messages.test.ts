// Burp Suite's "Save items" XML (and the tools that write its format) holds each request and response as
// `<request base64="true"><![CDATA[…]]>`: the base64 of the raw HTTP message. A message whose header section carries a
// credential (a cookie, a Set-Cookie, an Authorization or API-key header) goes whole; a message without one stays, and so
// do the item's url, host, method and path written beside it. Only the start of a long message is decoded. The shape of
// a leak found in a real artifact (a Burp export in test/corpora/real-artifacts), written small with made-up values.
import { describe, expect, it } from "vitest";

import { encodesHttpCredentials } from "~/redaction/detectors/encoded-http";
import { gone, kept, redact } from "./lib/redact-text";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const item = (request: string, response = "") =>
  [
    '<items burpVersion="2023.10.1" exportTime="Mon Oct 30 10:12:44 UTC 2023">',
    "  <item>",
    "    <time>Mon Oct 30 10:12:40 UTC 2023</time>",
    "    <url><![CDATA[https://fhir.example.org/r4/Patient/12724066]]></url>",
    "    <method><![CDATA[GET]]></method>",
    "    <path><![CDATA[/r4/Patient/12724066]]></path>",
    `    <request base64="true"><![CDATA[${b64(request)}]]></request>`,
    "    <status>200</status>",
    `    <response base64="true"><![CDATA[${b64(response)}]]></response>`,
    "  </item>",
    "</items>",
  ].join("\n");

const GET = "GET /r4/Patient/12724066 HTTP/1.1\r\nHost: fhir.example.org\r\nAccept: application/fhir+json\r\n";

describe("base64 HTTP messages in Burp's saved items", () => {
  it("a request whose only credential is a session cookie goes whole; the item's url and path stay", () => {
    const request = GET + "Cookie: PHPSESSID=28ivjndci748ncfb484vrmmih0\r\n\r\n";
    const out = redact(item(request));
    gone(out, b64(request));
    kept(out, "https://fhir.example.org/r4/Patient/12724066", "<path><![CDATA[/r4/Patient/12724066]]></path>");
  });

  it("a response setting a cookie goes even when its body makes it longer than a token ever is", () => {
    const response =
      "HTTP/1.1 200 OK\r\nContent-Type: application/fhir+json\r\nSet-Cookie: sid=Kq83HDn2LpW0vXz19TrM; HttpOnly\r\n\r\n" +
      JSON.stringify({ resourceType: "Bundle", entry: Array.from({ length: 900 }, (_, i) => ({ id: `obs-${i}` })) });
    expect(b64(response).length).toBeGreaterThan(16 * 1024);
    const out = redact(item(GET + "\r\n", response));
    gone(out, b64(response).slice(0, 40));
  });

  it("an Authorization header in a request goes; a request without credentials is left as it was", () => {
    const bearer = GET + "Authorization: Bearer kq83HDn2LpW0vXz19TrMEa7yQuT5\r\n\r\n";
    gone(redact(item(bearer)), b64(bearer));
    const plain = GET + "\r\n";
    kept(redact(item(plain)), b64(plain));
    expect(encodesHttpCredentials(b64(plain))).toBe(false);
    expect(encodesHttpCredentials(b64("not an http message, Cookie: a=b"))).toBe(false);
  });

  it("hostile: a megabyte of base64 of a header section that never ends finishes", () => {
    const endless = b64("GET / HTTP/1.1\r\n" + "X-Filler: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n".repeat(30_000));
    expect(endless.length).toBeGreaterThan(1_000_000);
    expect(encodesHttpCredentials(endless)).toBe(false);
    expect(redact(`<request base64="true"><![CDATA[${endless}]]></request>`).length).toBeGreaterThan(1_000_000);
  });
});
