// The HTML reader's view of a page (html-view.ts) and its gate and write-back (html.ts): what the line readers are
// shown, where each view character came from, and which texts are read as pages at all.
import { describe, expect, it } from "vitest";
import { htmlView } from "~/redaction/html-view";
import { looksLikeHtml } from "~/redaction/html";
import { gone, redact } from "./lib/redact-text";

/** The source text a view range was read from (entities as written). */
const sourceOf = (source: string, view: ReturnType<typeof htmlView>, value: string) => {
  const at = view.text.indexOf(value);
  expect(at, `"${value}" is in the view`).toBeGreaterThanOrEqual(0);
  return source.slice(view.from[at], view.to[at + value.length - 1]);
};

/** The view's lines that hold anything (blocks leave empty lines between them). */
const linesOf = (text: string) => text.split("\n").filter((line) => line !== "");

describe("htmlView", () => {
  it("writes a table row as label: value, a PHP superglobal's entry as its name, a <br/> in a cell as a comma", () => {
    const page = `<table><tr><td class="e">$_SERVER['HTTP_COOKIE'] </td><td class="v">sid=a1</td></tr><tr><td>Address</td><td><span>17 Quarry Lane</span><br/><span>Brackleton</span></td></tr></table>`;
    const view = htmlView(page);
    expect(linesOf(view.text)).toEqual(["HTTP_COOKIE: sid=a1", "Address: 17 Quarry Lane, Brackleton"]);
    expect(sourceOf(page, view, "sid=a1")).toBe("sid=a1");
  });

  it("keeps a name split by inline tags on one line, and decodes entities mapped to the entity as written", () => {
    const page = `<div><p><b>name</b>: Mary <b>ROE</b></p><pre>&#39;k&amp;v&#x3D;1&#39;</pre></div>`;
    const view = htmlView(page);
    expect(linesOf(view.text)).toEqual(["name: Mary ROE", "'k&v=1'"]);
    expect(sourceOf(page, view, "k&v=1")).toBe("k&amp;v&#x3D;1");
    expect(sourceOf(page, view, "Mary ROE")).toBe("Mary <b>ROE");
  });

  it("writes a form field or a meta element as name=value, and a URL attribute on its own line", () => {
    const page = `<form action="https://app.example.org/cb?x=1"><input type="hidden" name="state" value="a&amp;b"></form><meta name="csrf-token" content="Zx9K">`;
    const view = htmlView(page);
    expect(linesOf(view.text)).toEqual(["https://app.example.org/cb?x=1", "state=a&b", "csrf-token=Zx9K"]);
    // The field's name is added, of no source; its value is the attribute's.
    expect(view.from[view.text.indexOf("state=")]).toBe(-1);
    expect(sourceOf(page, view, "a&b")).toBe("a&amp;b");
  });

  it("reads a script as written, a comment's text as lines, and a value cut off with the paste to its end", () => {
    const page = `<script>var SECRET = "Fw&amp;9";</script><!-- Traceback: x -->\n<INPUT NAME="SAMLResponse" VALUE="PHNhbWxw`;
    expect(linesOf(htmlView(page).text)).toEqual([
      'var SECRET = "Fw&amp;9";',
      " Traceback: x ",
      "SAMLResponse=PHNhbWxw",
    ]);
  });

  it("ends a tag, a comment or a quote left open with its line, so the rows after it are still read", () => {
    for (const open of [`<a b='x`, `<!-- x`, `<script>x`, `<a href="x`])
      expect(htmlView(`${open}\n<tr><td>PHPSESSID</td><td>k7</td></tr>`).text).toContain("PHPSESSID: k7");
  });

  it("reads text that is no tag as text, and an empty page as nothing", () => {
    expect(htmlView("a < b and c > d").text).toBe("a < b and c > d");
    expect(htmlView("").text).toBe("");
  });
});

describe("looksLikeHtml", () => {
  it("reads a page or a page's fragment as a page", () => {
    expect(looksLikeHtml(`<tr><td class="e">HTTP_COOKIE </td><td class="v">sid=1</td></tr>`)).toBe(true);
    expect(looksLikeHtml(`//<html><head>\n//<title>SSO</title>\n//</head>`)).toBe(true);
  });

  it("leaves JSON, XML documents and prose that quotes a tag to their own readers", () => {
    expect(looksLikeHtml(`{"text":{"div":"<div xmlns=\\"http://www.w3.org/1999/xhtml\\">Jane</div>"}}`)).toBe(false);
    expect(looksLikeHtml(`<?xml version="1.0"?>\n<Patient xmlns="http://hl7.org/fhir"><text><div>x</div></text>`)).toBe(
      false,
    );
    expect(
      looksLikeHtml("The page answered with a <div> and\nno JSON at all,\nso the client failed\nto parse it."),
    ).toBe(false);
  });

  it("leaves a log line whose JSON body holds a narrative to the JSON readers: the logged Patient keeps its birth year", () => {
    const bundle = {
      resourceType: "Bundle",
      entry: [
        {
          resource: {
            resourceType: "Patient",
            text: { status: "generated", div: '<div xmlns="http://www.w3.org/1999/xhtml">Nancy Smart</div>' },
            name: [{ family: "Smart", given: ["Nancy"] }],
            birthDate: "1980-08-11",
          },
        },
      ],
    };
    const line = `2025-07-28T15:21:14.123Z INFO fhir-client GET Patient 200 body=${JSON.stringify(bundle)}\n`;
    expect(looksLikeHtml(line)).toBe(false);
    const out = redact(line, "sandbox", "log");
    expect(out).toContain('"birthDate":"1980');
    gone(out, "1980-08-11", "Nancy");
  });
});
