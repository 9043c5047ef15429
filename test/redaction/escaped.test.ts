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
    // The span cut from its line by raw quotes is read with its line, the raw quotes standing in as &#34;.
    expect(seen).toContain('body=&#34;{"a":1}&#34;');
    expect(seen.some((s) => s.includes('{"b":2}') && !s.includes("c"))).toBe(true);
    expect(seen.some((s) => s.includes('"c"'))).toBe(true);
  });

  it("each character is read once where raw quotes only delimit escaped spans: a word is seen by one reading", () => {
    const units = ['x="{&quot;k&quot;:1}" ', "{&#34;b&#34;:2} ", "\\u0022c\\u0022 ", "a ", "\n", "'", "&lt;", "&#39;"];
    const lines = fc.array(fc.constantFrom(...units), { maxLength: 12 }).map((p) => p.join(""));
    fc.assert(
      fc.property(lines, lines, (a, b) => {
        const seen: string[] = [];
        const t = `${a}MARK ${b}`;
        expect(redactEscaped(t, (d) => (seen.push(d), d))).toBe(t);
        expect(seen.filter((s) => s.includes("MARK"))).toHaveLength(1);
      }),
    );
  });

  it("a log line's raw quotes that only delimit escaped JSON: the line is read once, the JSON decoded inside it", () => {
    const seen: string[] = [];
    const line = 'INFO body="{&quot;access_token&quot;:&quot;x&quot;}" user=Jane';
    expect(redactEscaped(line, (d) => (seen.push(d), d))).toBe(line);
    expect(seen).toEqual(['INFO body=&#34;{"access_token":"x"}&#34; user=Jane']);
  });

  it("a line whose raw quotes carry JSON of their own keeps them raw: the escaped span is decoded on its own", () => {
    const seen: string[] = [];
    const line = '{"password":"p","body":"{\\u0022a\\u0022:1}"}';
    expect(redactEscaped(line, (d) => (seen.push(d), d))).toBe(line);
    expect(seen).toContain('{"a":1}');
    expect(seen.some((s) => s.includes('"password":"p"'))).toBe(true);
  });
});
