// A W3C extended log (IIS, IIS Advanced Logging, Exchange, a CDN's export) declares its columns in a `#Fields:` line:
// `s-ip` is the server's own address, `c-ip` the client's. The server's address is a fact of the setup and stays; the
// client's goes, and so does any address that also stands as someone's elsewhere.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

const LOG = [
  "#Software: IIS Advanced Logging Module",
  "#Fields:  date-local time-local s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status",
  '2014-11-17 17:00:00.363 10.10.28.140 GET /fhir/r4/Patient - 443 - "81.2.69.160" "Mozilla/5.0 (Linux; Android 4.4.4)" 401',
  "#Fields: date time c-ip cs-method cs-uri-stem s-ip sc-status",
  "2014-11-17 17:00:01 81.2.69.161 GET /fhir/r4/Observation 10.10.28.141 200",
].join("\n");

describe("addresses in a W3C log's declared columns", () => {
  it("the server's column stays, the client's goes, under each #Fields: line", () => {
    const out = redact(LOG);
    gone(out, "81.2.69.160", "81.2.69.161");
    kept(out, "2014-11-17 17:00:00.363 10.10.28.140 GET", "/fhir/r4/Observation 10.10.28.141 200");
  });

  it("an address that is also a client's elsewhere goes in the server's column too", () => {
    const out = redact(
      "#Fields: date time s-ip c-ip\n2014-11-17 17:00:01 81.2.69.170 10.0.0.9\n2014-11-17 17:00:02 10.0.0.8 81.2.69.170",
    );
    gone(out, "81.2.69.170");
  });

  it("without a #Fields: line every address is judged as before", () => {
    gone(redact("2014-11-17 17:00:00.363 10.10.28.140 GET /fhir/r4/Patient 401"), "10.10.28.140");
  });

  it("the rows end at a blank line or a line that does not fit the declared columns", () => {
    const head = "#Fields: date time s-ip cs-method c-ip\n2024-01-01 00:00:00 10.0.0.1 GET 203.0.113.9\n";
    gone(redact(head + "\nClient IP 198.51.100.77 fails\n"), "198.51.100.77");
    gone(redact(head + "then 10.0.0.2 198.51.100.78 said hello again\n"), "198.51.100.78");
    gone(redact(head + "then 10.0.0.2 198.51.100.79 said hi\n"), "198.51.100.79");
    kept(redact(head), "00:00:00 10.0.0.1 GET");
  });

  it("a lower-case or grep-prefixed #Fields: line is read too", () => {
    kept(redact("#fields: date time s-ip c-ip\n2024-01-01 00:00:00 10.0.0.1 203.0.113.9\n"), "00:00:00 10.0.0.1 ");
    const grep =
      "u_ex240101.log:#Fields: date time s-ip c-ip\nu_ex240101.log:2024-01-01 00:00:00 10.0.0.1 203.0.113.9\n";
    kept(redact(grep), "00:00:00 10.0.0.1 ");
  });

  it("finishes on a megabyte of headers, long rows and unclosed quotes", () => {
    for (const text of [
      "#Fields: s-ip c-ip\n".repeat(55_000),
      "#Fields: s-ip c-ip\n" + "10.0.0.1 ".repeat(120_000),
      "x:#fields: s-ip\n".repeat(60_000),
      "#Fields: s-ip\n" + '"10.0.0.1 '.repeat(100_000),
      "#Fields: " + "s-ip ".repeat(100_000) + "\n" + "10.0.0.1 ".repeat(100_000),
    ])
      expect(typeof redact(text)).toBe("string");
  });
});
