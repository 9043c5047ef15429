import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { parseJsonAst } from "~/redaction/json-ast";
import { spliceJsonAst } from "~/redaction/json-splice";

const redact = (text: string, kind: "fhir-json" | "log" | "text") =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "j", kind, text }).text;

const SECRET = "s3cr3t-Passw0rd!x";
/** The text with the placeholder put back to one mark, so the rest can be compared byte for byte. */
const marked = (text: string) => text.replace(/"\[REDACTED[^"\]]*\]"/g, '"#"');

// Layouts JSON.stringify never writes, as people paste them: the redactor must change the secret and nothing else.
const layouts: Record<string, string> = {
  "compact lines, no space after the colon": `{\n  "path":"/nexus/v1/agents",\n  "password":"${SECRET}",\n  "status":200\n}`,
  "a space on both sides of the colon": `{"path" : "/nexus/v1/agents" , "password" : "${SECRET}" , "n" : 1}`,
  "an inline array in pretty JSON": `{\n  "scopes": ["patient/*.read", "openid"],\n  "ids": [1, 2],\n  "password": "${SECRET}"\n}`,
  tabs: `{\n\t"path":\t"/nexus/v1/agents",\n\t"password": "${SECRET}",\n\t"ok": [true,\tfalse]\n}`,
  CRLF: `{\r\n  "path": "/nexus/v1/agents",\r\n  "password": "${SECRET}",\r\n  "x": {"a":1}\r\n}`,
};

describe("JSON redaction keeps the text's own layout", () => {
  for (const [name, json] of Object.entries(layouts)) {
    it(`as a whole document: ${name}`, () => {
      const out = redact(json, "fhir-json");
      expect(out).not.toContain(SECRET);
      expect(marked(out)).toBe(json.replace(`"${SECRET}"`, '"#"'));
    });
    it(`embedded in a log line: ${name}`, () => {
      const line = `2024-05-01T10:00:00Z INFO request body=${json} took 12ms`;
      const out = redact(line, "log");
      expect(out).not.toContain(SECRET);
      expect(marked(out)).toBe(line.replace(`"${SECRET}"`, '"#"'));
    });
  }

  it("keeps a kept fact written without a space after the colon byte for byte", () => {
    const out = redact(layouts["compact lines, no space after the colon"], "fhir-json");
    expect(out).toContain('"path":"/nexus/v1/agents"');
  });

  it("prints again only a container whose members changed in number, indented like its line", () => {
    const text = `{\n  "a" : 1,\n  "b": {\n    "c": [1, 2],\n    "d": 3\n  }\n}`;
    const root = parseJsonAst(text);
    if (root.t !== "o") throw new Error("object expected");
    const b = root.vals[1];
    if (b.t !== "o") throw new Error("object expected");
    b.keys.pop();
    b.vals.pop();
    expect(spliceJsonAst(text, root)).toBe(`{\n  "a" : 1,\n  "b": {\n    "c": [\n      1,\n      2\n    ]\n  }\n}`);
  });

  it("writes many replaced values into a huge compact object in linear time (hostile input finishes)", () => {
    const members: string[] = [];
    for (let i = 0; members.length * 12 < 1_000_000; i++) members.push(`"k${i % 10}":"v${i % 10}"`);
    const text = `{${members.join(",")}}`;
    const root = parseJsonAst(text);
    if (root.t !== "o") throw new Error("object expected");
    root.vals = root.vals.map((v, i) => (i % 2 ? v : { t: "s", v: "x" }));
    const out = spliceJsonAst(text, root);
    expect(out.length).toBeLessThan(text.length);
    expect(out.startsWith('{"k0":"x","k1":"v1","k2":"x"')).toBe(true);
  });
});
