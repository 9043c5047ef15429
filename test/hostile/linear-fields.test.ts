// Typed fields read what people paste around an identifier or a time (a header name, quotes, a trailing comma, a
// zone). Each reader is bounded or linear: a megabyte built to make a pattern try every split is read once. The
// work meter counts regular-expression calls, not the backtracking inside one, so these are held to finishing
// within the test's time limit (a trailing-punctuation pattern tried from every comma of a run is quadratic).
import { describe, expect, it } from "vitest";
import { exampleSchema } from "~/ticket/schema";

const MB = 1 << 20;
const example = { method: "GET" };

describe("hostile pastes into identifier and time fields", () => {
  it.each([
    ["commas then a letter", ",".repeat(MB) + "x"],
    ["semicolons and blanks then a letter", "; ".repeat(MB / 2) + "x"],
    ["quotes", '"'.repeat(MB)],
    ["a key of words and blanks that never reaches a colon", "a ".repeat(MB / 2)],
    ["header names one after another", "X-Request-Id: ".repeat(MB / 14)],
    ["unclosed variables", "{{a".repeat(MB / 3)],
    ["request-line words", "GET ".repeat(MB / 4)],
    ["URLs one after another", "https://".repeat(MB / 8)],
    ["a URL closed by a megabyte of brackets", `see https://a/${")".repeat(MB)}`],
    ["URLs in a sentence, each with its full stop", "at https://a/b. ".repeat(MB / 16)],
    ["a field's name, each with a long value", `X-Request-Id: ${"a1".repeat(150)} `.repeat(MB / 316)],
    ["upper-case words joined by underscores", "REQUEST_ID_A_B_C_D_E_F_G_".repeat(MB / 26)],
    ["a time, then a log's bracket, a million times", "2025-01-02 03:04:05,006 [main] ".repeat(MB / 32)],
  ])("%s: refused with the field's message, never echoed", (_, value) => {
    const result = exampleSchema.safeParse({
      ...example,
      xRequestId: value,
      occurredAt: value,
      url: value,
      status: value,
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message).join("\n");
    expect(messages).toMatch(/X-Request-Id is a UUID|placeholder|dummy/);
    expect(messages).toMatch(/with its zone|ISO 8601/);
    expect(messages.length).toBeLessThan(2_000);
  });
});
