// The escaped-quote reader on its own: whatever mix of raw quotes, escape forms and lines a text holds, what the reader
// does not change comes back byte for byte, and a value the reader replaces inside an escaped span is replaced there.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { redactEscaped } from "~/redaction/escaped";

const PIECES = ['"', "&quot;", "&#34;", "&#x22;", "\\u0022", "'", "&#39;", "<", "&lt;", ">", "&gt;", "\n", "a", " "];
const PIECES_WITH_SECRET = [...PIECES, "{", ":", "SECRET"];
const text = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join(""));

describe("escaped quotes are decoded only where encoding gives back the same bytes", () => {
  it("a reader that changes nothing gives back the text byte for byte", () => {
    fc.assert(
      fc.property(text(PIECES), (t) => {
        expect(redactEscaped(t, (d) => d)).toBe(t);
      }),
    );
  });

  it("a reader that replaces a value changes that value and no other byte", () => {
    const read = (d: string) => d.replaceAll("SECRET", "[X]");
    fc.assert(
      fc.property(text(PIECES_WITH_SECRET), (t) => {
        expect(redactEscaped(t, read)).toBe(t.replaceAll("SECRET", "[X]"));
      }),
    );
  });

  it("the reader sees a span's quotes decoded: the JSON between a log line's raw quotes, each form on its own", () => {
    const seen: string[] = [];
    redactEscaped('body="{&quot;a&quot;:1}" and {&#34;b&#34;:2} \\u0022c\\u0022', (d) => (seen.push(d), d));
    expect(seen).toContain('{"a":1}');
    expect(seen.some((s) => s.includes('{"b":2}') && !s.includes("c"))).toBe(true);
    expect(seen.some((s) => s.includes('"c"'))).toBe(true);
  });
});
