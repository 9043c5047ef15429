// A status told in words: what a support engineer reads as the status in a sentence, a log line or a short note, and
// what they would not take for one (a resource id, a quantity, two statuses that differ, a code with other words).
import { describe, expect, it } from "vitest";
import { statusByPhrase, statusTold } from "~/lib/http-status-told";

describe("statusTold", () => {
  it.each([
    ["the token call came back with a 429 Too Many Requests", 429],
    ["every search ends in 422 Unprocessable Entitty", 422],
    ["HTTPError: 503 Server Error: Service Unavailable for url", 503],
    ["the FHIR call answers `401 invalid_token` each time", 401],
    ["router: at=info method=GET status=502 bytes=0", 502],
    ['{"StatusCode": 409, "message": "busy"}', 409],
    ["request https://host/r4/Encounter/404 - 404 - 404 Not Found", 404],
    // A verb that says the code came back, a key in other words, a reason phrase in brackets, "HTTP" and a blank.
    ["we keep receiving 503 from the metadata endpoint", 503],
    ["the export expected a 202 but got 409 instead", 409],
    ["10:15:02,731 ERROR [http-nio-8080-exec-4] Response with code 401", 401],
    ["Response code: 502 (Bad Gateway); Time: 1203ms; Content length: 154 bytes (154 B)", 502],
    ["urllib3 said: HTTP 429 {'detail': 'slow down'}", 429],
    ["the launch fails with a 400 error on every tenant", 400],
    // A plural the status is reported in, or a status told against the one hoped for, is not a count.
    ["we got 502 responses from the proxy all night", 502],
    ["the read returned 401 instead of 200", 401],
  ])("%s → %d", (text, code) => {
    expect(statusTold(text)).toBe(code);
  });

  it.each([
    ["Patient/403 was not found"],
    ["after 500 seconds the job stops"],
    ["first 401 Unauthorized, then 403 Forbidden"],
    ["we saw 404 patients yesterday"],
    ["status=200 then status=500"],
    ["got 401 at first and later a 403"],
    ["some 404 errors on icons, then the token call"],
    // A number a verb gives that names a count of things (a noun, "of" after it) is no status.
    ["the nightly bulk export returned 300 files"],
    ["our Observation query got 100 of them"],
  ])("tells none in %s", (text) => {
    expect(statusTold(text)).toBeUndefined();
  });
});

describe("statusByPhrase", () => {
  it("reads a reason phrase alone, and not an OAuth error that contains one", () => {
    expect(statusByPhrase("we keep getting Forbidden from the server")).toBe(403);
    expect(statusByPhrase("the call is unauthorised now")).toBe(401);
    expect(statusByPhrase("error=unauthorized_client")).toBeUndefined();
    expect(statusByPhrase("Not Found at first, then Forbidden")).toBeUndefined();
  });
});
