// The end of a FHIR XML narrative `<div>`, found from the div tags of the whole text (xml-fhir.ts, DivTags), is the one
// a scan from the narrative's start tag finds: checked against that scan on random tag soup.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { FhirXmlReader } from "~/redaction/xml-fhir";

/** The scan the div tags stand for: from `i`, nested divs counted, the offset past the closing `</div>`, or -1. */
function scanned(text: string, i: number): number {
  let depth = 1;
  for (;;) {
    const lt = text.indexOf("<", i);
    if (lt < 0) return -1;
    if (text.startsWith("</div", lt)) {
      const gt = text.indexOf(">", lt);
      if (gt < 0) return -1;
      if (--depth === 0) return gt + 1;
      i = gt + 1;
    } else if (text.startsWith("<div", lt) && /[\s/>]/.test(text[lt + 4] ?? "")) {
      const gt = text.indexOf(">", lt);
      if (gt < 0) return -1;
      if (text[gt - 1] !== "/") depth++;
      i = gt + 1;
    } else i = lt + 1;
  }
}

const piece = fc.constantFrom(
  "<div>",
  "</div>",
  "<div/>",
  '<div class="a">',
  "<div\n",
  "</div",
  "<p>",
  "x",
  ">",
  "<",
  "\n",
);

describe("FHIR XML narrative end", () => {
  it("from every offset just past a `>`, the same end as a scan from there", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const reader = new FhirXmlReader(text);
        for (let i = 1; i <= text.length; i++)
          if (text[i - 1] === ">") expect(reader.divEnd(i), `${JSON.stringify(text)} from ${i}`).toBe(scanned(text, i));
      }),
      { numRuns: 500 },
    );
  });
});
