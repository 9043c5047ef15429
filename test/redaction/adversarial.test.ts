// Adversarial and bad input: correctness only (the benchmark measures time; nothing here asserts it).
import { describe, expect, it } from "vitest";
import { createRedactor, RedactionError } from "~/redaction/redact";
import { detectKind } from "~/evidence/detect";
import type { EvidenceKind } from "~/evidence/model";
import { ACCESS_TOKEN, BASIC, fixture } from "../evidence/helpers";

const MB = 1024 * 1024;
const redact = (text: string, kind: EvidenceKind = detectKind(text)) =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind, text });

describe("adversarial input", () => {
  it("a megabyte of spaces after a name: the secret after it still goes, the spaces stay", () => {
    const r = redact(`Patient: John${" ".repeat(MB)}Smith password=hunter2hunter2`);
    expect(r.text).not.toContain("hunter2hunter2");
    expect(r.text.length).toBeGreaterThan(MB);
  });

  // Keys and names are looked up in tables of known names: a name that is a member of every JavaScript object
  // (`constructor`, `__proto__`) was found there and gave `[REDACTED:function Object() { [native code] }#1]` with a
  // finding whose type was a function.
  it("keys, parameters and headers named like an object's own members (constructor, __proto__) are ordinary names", () => {
    const PLACEHOLDER_ONLY = /\[REDACTED:[a-z0-9_]+(?:#\d+)?\]/;
    for (const [kind, text] of [
      ["fhir-json", '{"constructor": "abc", "__proto__": "def", "hasOwnProperty": "x", "toString": "y"}'],
      ["text", "GET https://fhir.example.org/r4/Patient?constructor=abc&__proto__=def HTTP/1.1"],
      ["http", "GET /r4/Patient HTTP/1.1\nconstructor: abc\n__proto__: def\n\n"],
      [
        "har",
        JSON.stringify({
          log: {
            entries: [
              {
                request: {
                  method: "GET",
                  url: "https://x.example/a?constructor=abc",
                  headers: [{ name: "constructor", value: "abc" }],
                  queryString: [{ name: "__proto__", value: "def" }],
                },
                response: {
                  status: 200,
                  headers: [],
                  content: { text: '{"__proto__":"x"}', mimeType: "application/json" },
                },
              },
            ],
          },
        }),
      ],
    ] as const) {
      const r = redact(text, kind);
      for (const f of r.findings) {
        expect(typeof f.type, `${kind}: ${f.placeholder}`).toBe("string");
        expect(f.placeholder, kind).toMatch(PLACEHOLDER_ONLY);
      }
      expect(r.text, kind).not.toContain("native code");
      expect(r.text, kind).not.toContain("[object Object]");
    }
  });

  it("'eyJ' repeated, 'eyJ.' repeated and base64 look-alikes are left as they are", () => {
    for (const text of ["eyJ".repeat(MB / 3), "eyJ.".repeat(MB / 4), "ZXlK".repeat(MB / 4)]) {
      const r = redact(text, "text");
      expect(r.text).toBe(text);
    }
  });

  it("'a=' repeated, as text and as a form body", () => {
    const text = "a=".repeat(MB / 2);
    expect(redact(text, "text").text).toBe(text);
    expect(redact(text, "form").text).toBe(text);
  });

  it("JSON nested 10,000 deep: redacted as JSON without a stack overflow, secrets at the bottom go", () => {
    const deep = '{"a":'.repeat(10_000) + `{"access_token":"${ACCESS_TOKEN}"}` + "}".repeat(10_000);
    for (const kind of ["fhir-json", "text", "token-response"] as EvidenceKind[]) {
      const r = redact(deep, kind);
      expect(r.text).not.toContain(ACCESS_TOKEN);
      expect(r.text.startsWith('{"a":{"a":')).toBe(true);
    }
    const arrays = "[".repeat(10_000) + "]".repeat(10_000);
    expect(redact(arrays, "fhir-json").text).toBe(arrays);
  });

  /** A log message that quotes a JSON body whose message quotes a JSON body … `levels` deep, a token at the bottom. */
  const quotedBodies = (levels: number) => {
    let json = JSON.stringify({ access_token: ACCESS_TOKEN });
    for (let i = 0; i < levels; i++) json = JSON.stringify({ message: `upstream said: body=${json}` });
    return json;
  };

  it("JSON quoted in the prose of a JSON string, a few levels deep: redacted at every level", () => {
    for (const kind of ["fhir-json", "log"] as EvidenceKind[]) {
      const r = redact(quotedBodies(5), kind);
      expect(r.text).not.toContain(ACCESS_TOKEN.slice(0, 40));
      expect(r.text).toContain("[REDACTED:access_token#1");
    }
  });

  it("JSON quoted in prose inside JSON, deeper than the nesting cap: fails closed with a message that quotes nothing", () => {
    for (const kind of ["fhir-json", "log"] as EvidenceKind[]) {
      let caught: unknown;
      try {
        redact(quotedBodies(12), kind);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(RedactionError);
      expect((caught as Error).message).toMatch(/nested more than 8 levels deep.*nothing from it was kept/);
      expect((caught as Error).message).not.toContain("upstream");
    }
  });

  it("a single 5 MB line with secrets in it", () => {
    const secret = "s3cr3tT0k3n-".repeat(4);
    const line = `token=${secret} `.repeat((5 * MB) / 55) + `Authorization: Basic ${BASIC}`;
    const r = redact(line, "log");
    expect(r.text).not.toContain(BASIC);
    expect(r.text).not.toContain(secret);
    expect(r.text).not.toContain("\n");
  });

  it("header names followed by prose, repeated along one long line, do not hide the credential at its end", () => {
    const line =
      "Authorization: the app gets a 403 ".repeat(20_000) +
      "Authorization: Api-Token 22cb987851bc5659l29114c62e60c79abd0d2c08";
    const r = redact(line, "log");
    expect(r.text).not.toContain("22cb987851bc5659l29114c62e60c79abd0d2c08");
    expect(r.text.startsWith("Authorization: the app gets a 403 Authorization: the app")).toBe(true);
  });

  it("many unclosed '{' lines and unclosed quotes do not hide a secret", () => {
    const text =
      "{\n".repeat(100_000) + `"password": "hunter2hunter2\n` + '"'.repeat(10_000) + `\nBearer ${ACCESS_TOKEN}`;
    const r = redact(text, "text");
    expect(r.text).not.toContain("hunter2hunter2");
    expect(r.text).not.toContain(ACCESS_TOKEN);
  });

  it("50 MB of evidence is redacted whole", () => {
    const entry = fixture("token-request.http").replace(/\n$/, "");
    const repeats = Math.ceil((50 * MB) / (entry.length + 2));
    const text = (entry + "\n\n").repeat(repeats);
    expect(text.length).toBeGreaterThanOrEqual(50 * MB);
    const r = redact(text, "http");
    expect(r.text).not.toContain(BASIC);
    expect(r.findings.find((f) => f.type === "basic_auth")?.count).toBe(repeats);
    expect(r.findings.find((f) => f.type === "access_token")?.count).toBe(repeats);
  }, 300_000);
});

describe("bad input", () => {
  it("binary (NUL bytes) is redacted as text with a warning, never skipped", () => {
    const r = redact(`\u0000\u0001PNG\u0000 Authorization: Bearer ${ACCESS_TOKEN}\u0000`);
    expect(r.text).not.toContain(ACCESS_TOKEN);
    expect(r.text.startsWith("\u0000\u0001PNG")).toBe(true);
    expect(r.warnings.join(" ")).toMatch(/NUL bytes/);
  });

  it("invalid UTF-8 (replacement characters) is redacted as text with a warning", () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode(` client_secret=${"s".repeat(12)}`)]);
    const r = redact(new TextDecoder().decode(bytes));
    expect(r.text).not.toContain("s".repeat(12));
    expect(r.warnings.join(" ")).toMatch(/not valid UTF-8/);
  });

  it("truncated JSON is redacted as text with a warning that quotes nothing", () => {
    const cut = fixture("token-response.json").slice(0, 120);
    const r = redact(cut, "token-response");
    expect(r.text).not.toContain(ACCESS_TOKEN.slice(0, 60));
    expect(r.warnings).toEqual(["The JSON is not valid (truncated?): it was redacted as text."]);
  });

  it("forged sentinel characters in the input cannot confuse the redactor", () => {
    const r = redact(`\x81\x90\x82 password=hunter2hunter2`, "text");
    expect(r.text).toBe("\uFFFD\uFFFD\uFFFD password=[REDACTED:password#1]");
  });

  it("private-use characters (an icon font's glyphs) are kept as pasted", () => {
    const r = redact(`\uE000\uE010\uE001 Retry password=hunter2hunter2`, "text");
    expect(r.text).toBe("\uE000\uE010\uE001 Retry password=[REDACTED:password#1]");
    expect(r.warnings).toEqual([]);
  });
});
