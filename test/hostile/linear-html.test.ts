// Pathological pages for the HTML reader (html.ts, html-view.ts): thousands of table rows of cookies, a tag or a
// comment or a script never closed, an attribute whose quote never closes, a row of a hundred thousand cells, runs of
// entities and of inline tags, many hidden inputs. The work (counted operations and the characters of the pieces cut,
// see work-meter.ts) grows linearly, and a session cookie in a row after the hostile part still goes.
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind: "text", text }).text;

const COOKIE = "q1w2e3r4t5y6u7i8o9p0a1s2d3";
/** A page's row after the hostile part: its cookie must still go. Only the page's view labels the cell (the text's
 *  own readers see no key before the cookie), so the row fails if the HTML reader stops reading. */
const ROW = `\n<tr><td class="e">$_COOKIE['PHPSESSID']</td><td class="v">${COOKIE}</td></tr>\n`;

describe("pages pasted as HTML on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    [
      "phpinfo rows of cookies",
      repeat(`<tr><td class="e">HTTP_COOKIE </td><td class="v">sid=a1b2c3d4e5f6a7b8c9</td></tr>\n`),
    ],
    ["a tag never closed", (n) => `<div>\n<a href="/x" ${"b ".repeat(n / 2)}`],
    ["an attribute whose quote never closes", (n) => `<div>\n<input name="state" value="${"a".repeat(n)}`],
    ["tags whose quotes never close, repeated", repeat(`<a b='x`)],
    ["a comment never closed", (n) => `<div>\n<!-- ${"<td>x</td>".repeat(n / 10)}`],
    ["a script never closed", (n) => `<div>\n<script>${"var a = '<td>';\n".repeat(n / 16)}`],
    ["a row of many cells", (n) => `<table><tr>${"<td>x</td>".repeat(n / 10)}</tr></table>`],
    ["runs of entities", (n) => `<p>${"&#39;&amp;&quot;&#x3D;&nbsp;&bogus;&".repeat(n / 36)}</p>`],
    ["runs of inline tags", (n) => `<p>${"Jane <b>DOE</b> ".repeat(n / 16)}</p>`],
    ["many hidden inputs", repeat(`<input type="hidden" name="_csrf" value="Zx9Kq2Lm4Np6Rs8Tv0Wy">\n`)],
    ["lines of lone angle brackets", repeat("<p>a < b > c < d</p>\n")],
    [
      "rows under column headers",
      (n) =>
        `<table><tr><th>Name</th><th>Date of birth</th></tr>${repeat("<tr><td>Orin</td><td>1961-03-03</td></tr>")(n)}`,
    ],
    ["header rows alone", repeat("<tr><th>Name</th><th>Date of birth</th></tr>")],
    ["cells of blanks", (n) => `<table><tr><td>${" ".repeat(n)}</td><td>x</td></tr></table>`],
    ["empty comments between text nodes", (n) => `<p>${"a<!-- -->b".repeat(n / 10)}</p>`],
    ["hidden inputs of one form, blanks between", repeat(`<input type="hidden" name="code" value="Zx9Kq2Lm4Np6">  \n`)],
  ];

  for (const [name, make] of shapes) {
    it(`${name}: linear work and cuts, a cookie row after it still redacted`, () => {
      expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
      expect(slicedGrowth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
      expect(redact(`<table>\n${make(32_000)}\n</table>${ROW}`)).not.toContain(COOKIE);
    });
  }

  // Text below the page gate is read through its inline tags only (html-view.ts inlineTagView).
  it("a post quoting inline tags below the gate: linear work and cuts, a name in <b> after it still redacted", () => {
    const make = repeat("Jane <b>DOE</b> <span class=x>said</span>\nplain\nmore\n");
    expect(growth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(slicedGrowth(make, (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    expect(redact(`${make(32_000)}\nPatient: Peter James <b>CHALMERS</b>\n`)).not.toContain("CHALMERS");
  });

  it("1 MB of phpinfo rows finishes, every session cookie gone, the markup kept", () => {
    const row = `<tr><td class="e">$_COOKIE['PHPSESSID']</td><td class="v">${COOKIE}</td></tr>\n`;
    const out = redact(`<table>\n${repeat(row)(1 << 20)}</table>`);
    expect(out).not.toContain(COOKIE);
    expect(out.startsWith(`<table>\n<tr><td class="e">$_COOKIE['PHPSESSID']</td><td class="v">[REDACTED:`)).toBe(true);
  });
});
