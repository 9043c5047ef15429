// The URL scan of free text must find exactly the URLs the regular expression it replaced found.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { replaceUrls } from "~/redaction/detectors/urls-in-text";

const URL_IN_TEXT = /[a-z][a-z0-9+.-]{1,20}:\/\/[^\s"'<>\\`]+/gi;
const tag = (url: string) => `<${url}>`;

describe("replaceUrls", () => {
  it("finds URLs in a log line, after punctuation and with long or odd schemes", () => {
    const line =
      'GET https://fhir.example.com/r4/Patient?x=1 -> 200 ("http://a.b/c") 1x://no 9http://d.e HTTPS://F.G/h ' +
      `${"a".repeat(25)}://long :// ://x git+ssh://h/p a://`;
    expect(replaceUrls(line, tag)).toBe(line.replace(URL_IN_TEXT, tag));
    expect(replaceUrls(line, tag)).toContain("<https://fhir.example.com/r4/Patient?x=1>");
  });

  it("agrees with the expression on any mix of scheme characters, colons, slashes and separators", () => {
    const piece = fc.constantFrom("a", "Z", "9", "+", ".", "-", ":", "/", "://", " ", '"', "<", "`", "\\", "\n", "é");
    const text = fc
      .array(
        fc.oneof(
          piece,
          fc.tuple(piece, fc.integer({ min: 1, max: 25 })).map(([p, n]) => p.repeat(n)),
        ),
        {
          maxLength: 40,
        },
      )
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, (t) => {
        expect(replaceUrls(t, tag)).toBe(t.replace(URL_IN_TEXT, tag));
      }),
      { numRuns: 3000 },
    );
  });
});
