// Where an HTTP message starts: the readers of hex dumps, NetLog "line" values, base64-encoded messages and pasted
// HTTP text all ask this one module, so they agree on the methods and the version shape.
import { describe, expect, it } from "vitest";
import { HTTP_METHODS, indexOfHttpStartLine, startsWithHttpStartLine } from "~/lib/http-start-line";

describe("an HTTP start line", () => {
  it("is a request line with any of the methods, or a status line, followed by a line end or a blank", () => {
    for (const method of HTTP_METHODS) expect(startsWithHttpStartLine(`${method} /r4/Patient HTTP/1.1\r\n`)).toBe(true);
    expect(startsWithHttpStartLine("HTTP/1.1 401 Unauthorized")).toBe(true);
    expect(startsWithHttpStartLine("HTTP/2 200")).toBe(true);
    // Chrome's NetLog keeps the line end escaped inside a JSON string.
    expect(startsWithHttpStartLine(String.raw`GET /r4/Patient?_id=1 HTTP/1.1\r\n`)).toBe(true);
  });

  it("is not prose, a lower-case method, a line without its version, or a word that only looks like one", () => {
    for (const text of [
      "GET the patient from HTTP",
      "get /r4/Patient HTTP/1.1",
      "GET /r4/Patient",
      "HTTP/1.1 is what we use",
      "HTTP/1.1 2000 rows",
      "FETCH /r4/Patient HTTP/1.1",
      ` GET /r4/Patient HTTP/1.1`,
    ])
      expect(startsWithHttpStartLine(text)).toBe(false);
  });

  it("is found where it starts inside other bytes", () => {
    expect(indexOfHttpStartLine("....E..<GET /r4/Metadata HTTP/1.1\r\nHost: x")).toBe(8);
    expect(indexOfHttpStartLine("....HTTP/1.1 200 OK\r\n")).toBe(4);
    expect(indexOfHttpStartLine("no message here")).toBe(-1);
  });

  it("finishes on 1 MB of methods, versions and request targets without a version", () => {
    for (const unit of ["GET ", "GET /", "HTTP/1.1 ", "GET " + "a".repeat(3000) + " ", "HTTP/"]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(typeof startsWithHttpStartLine(text)).toBe("boolean");
      expect(typeof indexOfHttpStartLine(text)).toBe("number");
    }
  });
});
