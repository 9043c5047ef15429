// YAML flow mappings (`{ apiVersion: "v1", kind: "Secret", data: { … } }`) are read as structure: each value judged by
// its key as in JSON, everything else (keys, quotes, comments, layout) kept byte for byte, and what the reader does not
// take falls back to the text sweep. Checked against the `yaml` library's reading of the same texts.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { createRedactor } from "~/redaction/redact";
import { parseFlowYaml } from "~/redaction/flow-yaml";
import type { JNode } from "~/redaction/json-ast";

const redact = (text: string) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "y", kind: "text", text }).text;

const basicAuth = `---
{
  apiVersion: "v1",
  kind: "Secret",
  metadata: {
    name: "secret-basic-auth",
  },
  type: "kubernetes.io/basic-auth",
  stringData: {
    username: "admin", # required field for kubernetes.io/basic-auth
    password: "t0p-Secret", # required field for kubernetes.io/basic-auth
  },
}
`;

/** The plain value a parsed node stands for, as the yaml library gives it. */
function plain(node: JNode): unknown {
  if (node.t === "s") return node.v;
  if (node.t === "r") return JSON.parse(node.v);
  if (node.t === "a") return node.items.map(plain);
  return Object.fromEntries(node.keys.map((k, i) => [k, plain(node.vals[i])]));
}

describe("flow-style YAML read as structure", () => {
  it("a Secret's values go by their keys; keys, comments and layout stay as written", () => {
    const out = redact(basicAuth);
    expect(out).not.toContain("t0p-Secret");
    // The user name of a basic-auth Secret goes too: a JSON key `username` holds a person's identity.
    expect(out).not.toContain('"admin"');
    expect(out).toContain('    password: "[REDACTED:password#1]", # required field for kubernetes.io/basic-auth\n');
    expect(out).toContain('  type: "kubernetes.io/basic-auth",\n');
    expect(out).toContain('    name: "secret-basic-auth",\n');
    // Still the same YAML, with the values replaced.
    const before = parseYaml(basicAuth);
    const after = parseYaml(out);
    expect(after.metadata).toEqual(before.metadata);
    expect(Object.keys(after.stringData)).toEqual(["username", "password"]);
  });

  it("a secret in a comment is swept like prose", () => {
    const out = redact(
      '{\n  kind: "Secret", # token: ghp_8aF2kLm9QxT4vB7nR1sW3yZ6cD0eH5jU2pGq\n  data: { a: "b" },\n}\n',
    );
    expect(out).not.toContain("ghp_8aF2kLm9QxT4vB7nR1sW3yZ6cD0eH5jU2pGq");
    expect(out).toContain('  data: { a: "b" },');
  });

  it("plain, single-quoted and nested values; a replaced plain value is written double-quoted", () => {
    const text =
      "{ client_secret: s3cr3t-Value-xyz, note: 'it''s fine', list: [1, true, x], nested: { password: 'p@ss' } }";
    const out = redact(text);
    expect(out).not.toContain("s3cr3t-Value-xyz");
    expect(out).not.toContain("p@ss");
    expect(out).toContain("note: 'it''s fine', list: [1, true, x]");
    const after = parseYaml(out);
    expect(after.client_secret).toMatch(/^\[REDACTED:/);
    expect(after.list).toEqual([1, true, "x"]);
  });

  it("a walk that rewrites the shape (a HAR body decoded from base64) prints the mapping whole, comments dropped", () => {
    const b64 = Buffer.from('{"access_token":"abcdefghijklmnopqrstuvwxyz0123456789"}').toString("base64");
    const text = `{\n  content: { mimeType: "application/json", encoding: "base64", text: "${b64}" }, # Jane Roe\n}\n`;
    const out = redact(text);
    expect(out).not.toContain("abcdefghijklmnopqrstuvwxyz0123456789");
    expect(out).not.toContain("Jane Roe");
    expect(parseYaml(out).content.text).toBe('{"access_token":"[REDACTED:access_token#1]"}');
  });

  it("what the reader does not take goes through the text sweep as before", () => {
    for (const text of [
      "{ foo }",
      "{{ template }}",
      "{ a, b }",
      "{ a: &anchor 1, b: *anchor }",
      "{ a: !!str 1 }",
      '{ a: "\\x41" }',
      "{ a: first line\n  second line }",
      "{ a: 1 } trailing words",
      "{ a: 'unclosed }",
      "{}",
    ])
      expect(parseFlowYaml(text)).toBeNull();
    expect(redact("{ a: b, b: password=hunter2hunter2 } and more")).not.toContain("hunter2hunter2");
  });

  it("on generated flow mappings the reader agrees with the yaml library, and the redacted text is still YAML", () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9_./-]{0,11}$/).filter((w) => !/^(?:true|false|null)$/.test(w));
    const scalar = fc.oneof(
      word,
      word.map((w) => JSON.stringify(w + " x")),
      word.map((w) => `'${w}''s'`),
      fc.integer({ min: -999, max: 99999 }).map(String),
      fc.constantFrom("true", "false", "null", "ghp_8aF2kLm9QxT4vB7nR1sW3yZ6cD0eH5jU2pGq"),
    );
    const key = fc.oneof(word, fc.constantFrom("password", "token", "name", "username", "data", "kind"));
    const gap = fc.constantFrom(" ", "\n  ", " # note\n  ", "");
    const value = fc.letrec<{ value: string; map: string; seq: string }>((tie) => ({
      value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, tie("map"), tie("seq")),
      map: fc
        .tuple(fc.uniqueArray(fc.tuple(key, tie("value")), { selector: (p) => p[0], maxLength: 4 }), gap, fc.boolean())
        .map(([members, g, trailing]) =>
          members.length === 0
            ? "{}"
            : `{${g}${members.map(([k, v]) => `${k}: ${v}`).join(`,${g || " "}`)}${trailing ? "," : ""}${g || " "}}`,
        ),
      seq: fc.array(tie("value"), { maxLength: 3 }).map((items) => `[${items.join(", ")}]`),
    })).value;
    const mapping = fc
      .tuple(key, value, fc.array(fc.tuple(key, value), { maxLength: 3 }))
      .filter(([k, , rest]) => new Set([k, ...rest.map((r) => r[0])]).size === rest.length + 1)
      .map(([k, v, rest]) => `{\n  ${[[k, v], ...rest].map(([a, b]) => `${a}: ${b}`).join(",\n  ")},\n}\n`);
    fc.assert(
      fc.property(mapping, (text) => {
        const parsed = parseFlowYaml(text);
        expect(parsed).not.toBeNull();
        expect(plain(parsed!.root)).toEqual(parseYaml(text));
        const out = redact(text);
        expect(out).not.toContain("ghp_8aF2kLm9QxT4vB7nR1sW3yZ6cD0eH5jU2pGq");
        expect(() => parseYaml(out)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});
