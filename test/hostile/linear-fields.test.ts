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
    // Review r21-f's readers: Markdown links' `](`, counts after a verb, stand-ins and masks after a field's name.
    ["URLs glued by Markdown links' brackets", "[https://a/b](https://a/b)](".repeat(MB / 28)],
    ["a verb and a count, a million times", "returned 100 patients ".repeat(MB / 22)],
    ["a field's name then a mask, a million times", "X-Request-Id: ****** ".repeat(MB / 21)],
    ["a field's name then an unclosed stand-in", `X-Request-Id: <${"a".repeat(MB)}`],
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
    expect(messages).toMatch(/with its zone|ISO 8601|too long/);
    expect(messages.length).toBeLessThan(2_000);
  });
});

describe("hostile times within the 600 characters a time's text may have", () => {
  // The second instant is read once after the first, a clock alone on the first one's date: a line of clocks and
  // year-last dates is read in one pass each.
  it.each([
    ["zoned clocks one after another", `2025-07-29 10:15 CDT${" / 16:15 UTC".repeat(48)}`],
    ["year-last dates one after another", "Thu Mar 02 10:15:00 CET 2023 ".repeat(20)],
    ["hours with a meridiem", `2025-07-28 ${"3pm ".repeat(140)}`],
  ])("%s: refused or read, never echoed", (_, value) => {
    const result = exampleSchema.safeParse({ ...example, occurredAt: value });
    const messages = result.success ? "" : result.error.issues.map((issue) => issue.message).join("\n");
    expect(messages.length).toBeLessThan(2_000);
  });
});
