// Java's HttpURLConnection logs (java.util.logging FINE on sun.net.www.protocol.http.HttpURLConnection) print every
// header of a request or a response on one line, `sun.net.www.MessageHeader@<hash><count> pairs: {Name: value}…`,
// the request line with the value `null` and the status line under the key `null`. Made-up values in that layout.
import { describe, expect, it } from "vitest";

import { redactMessageHeaders } from "~/redaction/message-header";
import { gone, kept, redact } from "./lib/redact-text";

describe("printed MessageHeader pairs", () => {
  it("a response's cookie goes; the status line, Date and the request id after it stay", () => {
    const out = redact(
      "FINE: sun.net.www.MessageHeader@7e0ea6395 pairs: {null: HTTP/1.1 401 Unauthorized}" +
        "{Set-Cookie: JSESSIONID=9A1B2C3D4E5F60718293A4B5C6D7E8F9; Path=/; HttpOnly}" +
        "{Date: Tue, 05 Mar 2024 10:00:00 GMT}{X-Request-Id: 4c1d9e2a-7b3f-4e8a-9c0d-1f2e3a4b5c6d}{Content-Length: 0}",
    );
    gone(out, "9A1B2C3D4E5F60718293A4B5C6D7E8F9");
    kept(
      out,
      "{null: HTTP/1.1 401 Unauthorized}",
      "{Date: Tue, 05 Mar 2024 10:00:00 GMT}{X-Request-Id: 4c1d9e2a-7b3f-4e8a-9c0d-1f2e3a4b5c6d}{Content-Length: 0}",
    );
  });

  it("a bearer token in a request's pairs goes; the headers after it stay", () => {
    const out = redact(
      "sun.net.www.MessageHeader@1b6d35864 pairs: {GET /r4/ec2458f2-1e24-41c8-b71b-0e701af7583d/Patient/12724066 HTTP/1.1: null}" +
        "{Authorization: Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.c2lnbmF0dXJlMTIzNDU2Nzg5MA}{Accept: application/fhir+json}{Host: fhir-ehr-code.cerner.com}",
    );
    gone(out, "c2lnbmF0dXJlMTIzNDU2Nzg5MA");
    kept(out, "{Accept: application/fhir+json}{Host: fhir-ehr-code.cerner.com}", "/Patient/12724066 HTTP/1.1: null}");
  });

  it("hostile: 1 MB of pairs with no closing brace, and of heads with no pairs, finish", () => {
    const junk =
      "x MessageHeader@1 pairs: {" +
      "{Cookie: a".repeat(2000) +
      "\nMessageHeader@2 pairs: " +
      "{Cookie: a}".repeat(2000) +
      "\n" +
      "MessageHeader@ffff  pairs: ".repeat(2000) +
      "\n";
    const text = junk.repeat(Math.ceil(1_000_000 / junk.length));
    expect(redactMessageHeaders(text, (l) => l.replace("Cookie: a", "Cookie: \x81\x90\x82")).length).toBeGreaterThan(0);
  });
});
