// Headers a program printed as pairs: Python/ASGI tuples (`(b'cookie', b'…')`, `('Authorization', '…')`), Go's
// `map[Set-Cookie:[…]]`, Java's `{Set-Cookie=[…]}`, PowerShell's `[X-Api-Key, …]`. Each value is judged by its header's
// name (headers.ts): the credential and cookie values go, the names and other headers stay.
import { describe, expect, it } from "vitest";
import { gone, kept, redact } from "./lib/redact-text";

describe("header pairs printed by a program", () => {
  it("Python and ASGI tuples, bytes or str, in a list on one line", () => {
    const out = redact(
      "scope['headers'] = [(b'host', b'localhost:8000'), (b'x-api-key', b'mysupersecretkey'), " +
        "(b'cookie', b'theme=dark; prefs=Kq7ZrT2mWx9')]",
    );
    gone(out, "mysupersecretkey", "Kq7ZrT2mWx9");
    kept(out, "(b'host', b'localhost:8000')", "(b'x-api-key', b'", "(b'cookie', b'theme=");
    gone(redact("headers=[('Host', 'x.org'), (\"Cookie\", \"remember=Kq7ZrT2mWx9\")]"), "Kq7ZrT2mWx9");
  });

  it("Go's map of header slices and Java's map of lists", () => {
    const go = redact(
      "resp.Header: map[Content-Type:[application/json] Set-Cookie:[remember=Kq7ZrT2mWx9; Path=/; HttpOnly] X-Api-Key:[mysupersecretkey]]",
    );
    gone(go, "Kq7ZrT2mWx9", "mysupersecretkey");
    kept(go, "map[Content-Type:[application/json] Set-Cookie:[remember=", "; Path=/; HttpOnly] X-Api-Key:[");
    const java = redact("headers={Content-Type=[application/json], Set-Cookie=[remember=Kq7ZrT2mWx9; Path=/]}");
    gone(java, "Kq7ZrT2mWx9");
    kept(java, "{Content-Type=[application/json], Set-Cookie=[remember=");
  });

  it("PowerShell's KeyValuePair list", () => {
    const out = redact(
      "Headers : {[Set-Cookie, remember=Kq7ZrT2mWx9; path=/], [X-Api-Key, mysupersecretkey], [Content-Type, application/json]}",
    );
    gone(out, "Kq7ZrT2mWx9", "mysupersecretkey");
    kept(out, "[Content-Type, application/json]}", "{[Set-Cookie, remember=");
  });

  it("leaves a pair that names no credential, and prose, alone", () => {
    for (const text of [
      "[(b'host', b'localhost:8000'), (b'accept', b'*/*')]",
      "map[Content-Type:[application/json] X-Request-Id:[5a1c2d3e]]",
      "Use (a, b) pairs like ('cookie', and more",
    ])
      expect(redact(text)).toBe(text);
  });

  it("finishes on 1 MB of openings without a close", () => {
    for (const unit of ["(b'cookie', b'", "Cookie:[", "Cookie=[", "[Cookie, ", "('a', '"]) {
      const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(typeof redact(text, "sandbox", "text")).toBe("string");
    }
  });
});
