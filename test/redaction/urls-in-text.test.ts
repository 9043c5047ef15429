// The URL scan of free text must find exactly the URLs the regular expression it replaced found.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { replaceUrls } from "~/redaction/detectors/urls-in-text";
import { mixedText } from "./lib/mixed-text";

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
    const pieces = ["a", "Z", "9", "+", ".", "-", ":", "/", "://", " ", '"', "<", "`", "\\", "\n", "é"];
    const text = mixedText(pieces, 25, 40);
    fc.assert(
      fc.property(text, (t) => {
        expect(replaceUrls(t, tag)).toBe(t.replace(URL_IN_TEXT, tag));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("replaceUrls on a run of its own trigger", () => {
  /** Characters read (charCodeAt calls) while replacing the URLs of `text`. */
  function reads(text: string): number {
    let n = 0;
    const real = String.prototype.charCodeAt;
    String.prototype.charCodeAt = function (this: string, i: number) {
      n++;
      return real.call(this, i);
    };
    try {
      replaceUrls(text, (url) => url);
    } finally {
      String.prototype.charCodeAt = real;
    }
    return n;
  }

  it("'://' repeated with no scheme: each character read a bounded number of times (linear, not to the end from each)", () => {
    const small = reads("://".repeat(1_000));
    const large = reads("://".repeat(4_000));
    expect(large / small).toBeLessThan(5);
  });
});
