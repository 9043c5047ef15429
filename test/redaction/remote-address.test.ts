// DevTools' General block names the server the browser reached as "Remote Address"; that fact stays. The same label
// anywhere else (a server's access log, a sentence about the user's laptop) is the client's, a person's, address
// and goes (review RB, M4).
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("a Remote Address", () => {
  it("outside DevTools' General block goes", () => {
    for (const text of [
      "remote address: 198.51.100.7 (the user's laptop)",
      "the user's Remote Address: 198.51.100.7",
      "Remote address: 203.0.113.5 user=jdoe",
      '2024-01-01 INFO Remote Address: 198.51.100.23 - - "GET /fhir/Patient HTTP/1.1" 403',
    ])
      expect(redact(text), text).not.toMatch(/198\.51\.100\.(?:7|23)|203\.0\.113\.5/);
  });

  it("inside the General block stays, as copied, quoted or commented, IPv6 in brackets too", () => {
    for (const block of [
      "Request URL: https://fhir.example.org/r4/Patient\nRequest Method: GET\nStatus Code: 403\nRemote Address: 185.199.110.153:443\nReferrer Policy: strict-origin-when-cross-origin",
      "> > Request URL: https://itgurukula.org/\n> > Request Method: GET\n> > Status Code: 304\n> > Remote Address: 185.199.110.153:443",
      " * Request URL: https://fhir.example.org/\n * Status Code: 200 OK\n * Remote Address: [2001:db8:85a3::8a2e:370:7334]:443\n * Referrer Policy: no-referrer",
    ])
      expect(redact(block)).toBe(block);
  });
});
