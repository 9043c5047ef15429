// The byte-faithful JSON printer: what it prints for a parsed text is that text, for the layouts JSON.stringify
// writes (compact, two spaces, a tab) and for the one-line spaced layout, on any JSON value.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  detectIndent,
  jsonLayout,
  objGetString,
  objHas,
  objHasLower,
  objRenameKey,
  opensLikeJson,
  parseJsonAst,
  printJsonAst,
  type JObject,
} from "~/redaction/json-ast";
import { mixedText } from "./lib/mixed-text";

/** `{"a": 1, "b": [2, 3]}`: one line, a space after colons and commas. */
const spaced = (v: unknown) =>
  JSON.stringify(v, null, 1)
    .replace(/\n */g, "\n")
    .replace(/([[{])\n/g, "$1")
    .replace(/\n([\]}])/g, "$1")
    .replace(/,\n/g, ", ");

describe("printJsonAst", () => {
  it("prints a parsed text back byte for byte, in each layout", () => {
    const layouts: Array<[string, (v: unknown) => string]> = [
      ["", (v) => JSON.stringify(v)],
      ["  ", (v) => JSON.stringify(v, null, 2)],
      ["\t", (v) => JSON.stringify(v, null, "\t")],
      [" ", spaced],
    ];
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
        for (const [indent, layout] of layouts) {
          const text = layout(v);
          expect(printJsonAst(parseJsonAst(text), indent)).toBe(text);
        }
      }),
      { numRuns: 800 },
    );
  });

  it("prints nested containers, empty ones and escapes as written", () => {
    const text = '{"a": [], "b": {}, "c": [1, {"d": "x\\/y"}, [true, null]], "\\u0065": "é"}';
    expect(spaced(JSON.parse(text))).toBe(text.replace("x\\/y", "x/y").replace('"\\u0065"', '"e"'));
    expect(printJsonAst(parseJsonAst(text), detectIndent(text))).toBe(text);
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    expect(printJsonAst(parseJsonAst(pretty), "  ")).toBe(pretty);
  });

  it("keeps a layout indented by one blank (a Jupyter notebook, Python's indent=1) on its lines", () => {
    const text = JSON.stringify({ cells: [{ source: ["a\n", "b"] }], nbformat: 4 }, null, 1);
    expect(printJsonAst(parseJsonAst(text), ...jsonLayout(text))).toBe(text);
    const spacedText = '{"a": [1, 2], "b": {"c": "d"}}';
    expect(printJsonAst(parseJsonAst(spacedText), ...jsonLayout(spacedText))).toBe(spacedText);
  });

  it("prints a 100,000-deep nesting without overflowing the stack", () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    expect(printJsonAst(parseJsonAst(deep))).toBe(deep);
  });
});

describe("opensLikeJson", () => {
  it("is false only for texts parseJsonAst refuses", () => {
    for (const t of ["{apiVersion: v1}", "{ foo }", "{{x}}", " \n{\n  kind: Secret\n}"])
      expect(opensLikeJson(t), t).toBe(false);
    for (const t of ['{"a":1}', "{ }", "\uFEFF{}", "[1]", "x"]) expect(opensLikeJson(t), t).toBe(true);
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json({ maxDepth: 3 }),
          mixedText(["{", "}", '"', "a", ":", "1", " ", "\n", "\t", "[", "]", ",", "\uFEFF", "é"], 3, 12),
        ),
        (t) => {
          if (opensLikeJson(t)) return;
          expect(() => parseJsonAst(t)).toThrow();
        },
      ),
      { numRuns: 5000 },
    );
  });
});

describe("member look-ups on large objects", () => {
  it("objGet answers the first of duplicate members, objHas and objHasLower any, on small and large objects", () => {
    for (const n of [3, 40]) {
      const members = Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(",");
      const node = parseJsonAst(`{"name":"first",${members},"name":"second","PatientId":"7"}`) as JObject;
      expect(objGetString(node, "name")).toBe("first");
      expect(objHas(node, "k2")).toBe(true);
      expect(objHas(node, "missing")).toBe(false);
      expect(objHasLower(node, "patientid")).toBe(true);
      // A member taken off: the look-up sees it gone.
      const at = node.keys.indexOf("name");
      node.keys.splice(at, 1);
      node.vals.splice(at, 1);
      expect(objGetString(node, "name")).toBe("second");
    }
  });

  it("a key renamed in place is seen renamed, on small and large objects; objHasLower takes any spelling", () => {
    for (const n of [3, 40]) {
      const members = Array.from({ length: n }, (_, i) => `"k${i}":${i}`).join(",");
      const node = parseJsonAst(`{${members},"op":"add","PatientId":"7"}`) as JObject;
      expect(objHas(node, "op")).toBe(true);
      objRenameKey(node, node.keys.indexOf("op"), "renamed");
      expect(objHas(node, "op")).toBe(false);
      expect(objHas(node, "renamed")).toBe(true);
      expect(objHasLower(node, "PatientId")).toBe(true);
      expect(objHasLower(node, "patientid")).toBe(true);
    }
  });
});
