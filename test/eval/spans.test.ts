// The evaluation's own rules (span alignment, scoring, secret extraction) decide every published figure: pin them.
import { describe, expect, it } from "vitest";
import { alignRedaction, newScorecard, scoreSentence } from "./lib/spans";
import { secretOf, survives } from "./gitleaks";
import { valueSurvives } from "./fhir-patients";

describe("alignRedaction", () => {
  it("maps placeholders back to the original ranges they replaced", () => {
    const original = "Call Jane Doe at 555-123-4567 today";
    const redacted = "Call [N] at [P] today";
    const spans = alignRedaction(original, redacted, [
      { start: 5, end: 8, type: "name" },
      { start: 12, end: 15, type: "phone" },
    ]);
    expect(spans?.map((s) => original.slice(s.start, s.end))).toEqual(["Jane Doe", "555-123-4567"]);
  });

  it("backtracks when the text after a placeholder also occurs inside the replaced value", () => {
    const original = "a b a b c";
    const spans = alignRedaction(original, "a [X] c", [{ start: 2, end: 5, type: "x" }]);
    expect(spans?.map((s) => original.slice(s.start, s.end))).toEqual(["b a b"]);
  });

  it("refuses a redacted text that is not a copy of the original outside its placeholders", () => {
    expect(alignRedaction("Jane Doe", "Mrs [N]", [{ start: 4, end: 7, type: "name" }])).toBeNull();
  });
});

describe("scoreSentence", () => {
  const inScope = new Set(["PERSON"]);
  const map = (t: string) => (t === "name" ? "PERSON" : t === "iban" ? "IBAN_CODE" : undefined);

  it("counts a gold span as found only when at least half of it is redacted", () => {
    const card = newScorecard();
    const gold = [{ start: 0, end: 10, type: "PERSON" }];
    scoreSentence(card, gold, [{ start: 0, end: 4, type: "name" }], inScope, map);
    expect(card.overall.goldFound).toBe(0);
    scoreSentence(card, gold, [{ start: 0, end: 5, type: "name" }], inScope, map);
    expect(card.overall.goldFound).toBe(1);
  });

  it("does not count a correct out-of-scope finding (an IBAN found as an IBAN) as a false positive", () => {
    const card = newScorecard();
    scoreSentence(
      card,
      [{ start: 0, end: 22, type: "IBAN_CODE" }],
      [{ start: 0, end: 22, type: "iban" }],
      inScope,
      map,
    );
    scoreSentence(
      card,
      [{ start: 0, end: 5, type: "ORGANIZATION" }],
      [{ start: 0, end: 5, type: "name" }],
      inScope,
      map,
    );
    expect(card.overall).toMatchObject({ predTotal: 2, predTrue: 1 });
  });
});

describe("gitleaks secret values", () => {
  it.each([
    [
      "Authorization: Bearer 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",
      "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",
    ],
    ["curl --user roger23@gmail.com:pQ9wTxu4Fg https://x.example", "pQ9wTxu4Fg"],
    [
      '"client_secret" : "6da89121079f83b2eb6acccf8219ea982c3d79bccc3e9c6a85856480661f8fde",',
      "6da89121079f83b2eb6acccf8219ea982c3d79bccc3e9c6a85856480661f8fde",
    ],
    // Scoring fix: the password of a URL's user:password@, not a query parameter after it.
    ["http://cafeb4b3:d3adb33f@enterprise.example.test?param1=true&param2=false", "d3adb33f"],
  ])("extracts the secret of %j", (text, secret) => {
    expect(secretOf(text)).toBe(secret);
  });

  // Scoring fix: a quoted key with nothing after it ("access_token1": ) names a key, it is not the value.
  it.each([
    "creds = ",
    "[a-zA-Z0-9]{30}",
    'curl -H "Authorization: Bearer $API_KEY"',
    "Authorization: Token **********",
    '"access_token1": ',
    '"refresh_token3": "xoxe-1-',
  ])("finds no value in %j", (text) => {
    expect(secretOf(text)).toBeNull();
  });

  it("counts a secret as surviving when half of it is still there", () => {
    expect(survives("abcdefghijklmnopqrst", "token=abcdefghij[REDACTED]")).toBe(true);
    expect(survives("abcdefghijklmnopqrst", "token=[REDACTED]")).toBe(false);
  });
});

describe("patient value survival", () => {
  it("finds a value as a whole token, also JSON-escaped inside a HAR body", () => {
    expect(valueSurvives('5 "Oak" Lane', '{"text":"{\\"line\\":[\\"5 \\\\\\"Oak\\\\\\" Lane\\"]}"}')).toBe(true);
    expect(valueSurvives("Ann", "Anne Roe")).toBe(false);
  });
});
