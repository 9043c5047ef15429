// The names of credential headers are listed once (headers.ts); the text sweep, the CSV reader and the JSON reader take
// theirs from that list. Set-Cookie2 (RFC 2965, still sent by old Java servers) is one of them: its value goes wherever
// the name is read, as Set-Cookie's does.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("every credential header name, wherever it is read", () => {
  it("Set-Cookie2 in a log line loses its cookie and keeps its attributes", () => {
    const out = redact('2026-12-06 10:01:02 DEBUG wire << Set-Cookie2: JSESSIONID=Kq7ZrT2mWx9Lp4; Version="1"; Path=/');
    gone(out, "Kq7ZrT2mWx9Lp4");
    kept(out, "Set-Cookie2: JSESSIONID=", 'Version="1"; Path=/');
  });

  it("Set-Cookie2 as a CSV column, as Set-Cookie is", () => {
    const out = redact("request_id,status,Set-Cookie2\nf3c1a9e2-77b0-4c1e-9d2a-0b5c8e4d6a10,200,sid=Kq7ZrT2mWx9Lp4\n");
    gone(out, "Kq7ZrT2mWx9Lp4");
    kept(out, "f3c1a9e2-77b0-4c1e-9d2a-0b5c8e4d6a10", "request_id,status,Set-Cookie2");
  });

  it("Set-Cookie2 as a JSON key, as Set-Cookie is", () => {
    const out = redact('{"status": 200, "set-cookie2": "sid=Kq7ZrT2mWx9Lp4; Version=1; Path=/"}');
    gone(out, "Kq7ZrT2mWx9Lp4");
    kept(out, '"status": 200', "Version=1; Path=/");
    expect(out).toContain('"set-cookie2": "sid=');
  });
});
