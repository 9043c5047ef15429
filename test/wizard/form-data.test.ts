import { describe, expect, it } from "vitest";
import { FormInputError, formDataToObject } from "~/wizard/form-data";

describe("formDataToObject", () => {
  it("nests dotted names and turns numeric segments into lists", () => {
    const form = new URLSearchParams([
      ["application.clientId", "b1e2a292-fbe4-460a-be33-582e572abbbe"],
      ["examples.0.occurredAt", "2025-07-29T15:22:10Z"],
      ["examples.1.status", "403"],
      ["intent", "next"],
    ]);
    expect(formDataToObject(form.entries())).toEqual({
      application: { clientId: "b1e2a292-fbe4-460a-be33-582e572abbbe" },
      examples: [{ occurredAt: "2025-07-29T15:22:10Z" }, { status: "403" }],
      intent: "next",
    });
  });

  it("closes up lists posted with gaps", () => {
    const out = formDataToObject([
      ["examples.0.url", "a"],
      ["examples.3.url", "b"],
    ]);
    expect(out.examples).toEqual([{ url: "a" }, { url: "b" }]);
  });

  it("keeps a name posted twice as a list (the schema then says a single value was expected)", () => {
    expect(
      formDataToObject([
        ["application.appId", "x"],
        ["application.appId", "y"],
        ["application.appId", "z"],
      ]),
    ).toEqual({
      application: { appId: ["x", "y", "z"] },
    });
  });

  it("reads indexed lists of plain strings", () => {
    expect(
      formDataToObject([
        ["redactTerms.0", "Jane"],
        ["redactTerms.1", "host.example"],
      ]),
    ).toEqual({ redactTerms: ["Jane", "host.example"] });
  });

  it("refuses files, prototype keys, clashing names and absurd indexes with a message that quotes nothing", () => {
    const file = new File(["secret"], "a.txt");
    expect(() => formDataToObject([["evidence.0.text", file]])).toThrow(FormInputError);
    expect(() => formDataToObject([["__proto__.polluted", "yes"]])).toThrow(/field name this wizard does not use/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(() => formDataToObject([["a.constructor.prototype", "x"]])).toThrow(FormInputError);
    expect(() =>
      formDataToObject([
        ["about", "x"],
        ["about.opnMember", "yes"],
      ]),
    ).toThrow(/clash/);
    expect(() =>
      formDataToObject([
        ["examples.0", "x"],
        ["examples.a", "y"],
      ]),
    ).toThrow(/clash/);
    expect(() => formDataToObject([["examples.100000.url", "x"]])).toThrow(/more list items/);
    const error = (() => {
      try {
        formDataToObject([["evidence.0.text<script>", "Bearer abc"]]);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(FormInputError);
    expect(String(error)).not.toContain("Bearer");
    expect(String(error)).not.toContain("script");
  });

  it("stops at a field count limit", () => {
    const many = Array.from({ length: 30 }, (_, i): [string, string] => [`f${i}`, "x"]);
    expect(() => formDataToObject(many, { maxFields: 20, maxNameLength: 100, maxIndex: 10, maxDepth: 4 })).toThrow(
      /more fields/,
    );
  });
});

describe("extra redaction terms", () => {
  it("split at line breaks and commas, the same with and without JavaScript", async () => {
    const { termsFrom } = await import("~/wizard/values");
    expect(termsFrom("Jane Doe, St. Mary's\nward 7,,\n")).toEqual(["Jane Doe", "St. Mary's", "ward 7"]);
    expect(termsFrom(["a", "a", " b "])).toEqual(["a", "b"]);
  });
});
