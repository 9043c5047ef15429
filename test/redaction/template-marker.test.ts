// Template markers (`<token>`, `${SECRET}`, `xxx`, `your-api-key`): TEMPLATE is tried only on a value that starts
// with one of its first characters; that gate must never change an answer.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { TEMPLATE, isTemplateMarker } from "~/redaction/context";
import { isMaskedValue } from "~/redaction/detectors/secret-keys";
import { mixedText } from "./lib/mixed-text";

const byExpressions = (v: string) => TEMPLATE.test(v.trim()) || isMaskedValue(v);

describe("isTemplateMarker", () => {
  it("answers what the expressions answer", () => {
    for (const v of ["<token>", " ${SECRET} ", "XXX", "xxxxxxxxyz", "****", "a####b", "your_api_token", "TOKEN-HERE"])
      expect(isTemplateMarker(v), v).toBe(true);
    for (const v of ["KLEINSAMPLE", "BARRY", "hunter2", "xxxxxxxy", "yours", "there", "tokenhere1"])
      expect(isTemplateMarker(v), v).toBe(byExpressions(v));
    fc.assert(
      fc.property(
        mixedText(
          [
            "x",
            "X",
            "*",
            "#",
            "y",
            "Y",
            "our",
            "OUR",
            "h",
            "H",
            "ere",
            "ERE",
            "token",
            "_",
            "-",
            "PUT_",
            "null",
            "<",
            ">",
            "${",
            "}",
            "%",
            ".",
            "…",
            "[",
            "]",
            "redacted",
            "TRUE",
            " ",
            "\n",
            "é",
            "a",
            "7",
          ],
          9,
          12,
        ),
        (v) => {
          expect(isTemplateMarker(v)).toBe(byExpressions(v));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
