// The sweep skips a detector whose cues (sweep-cues.ts) are absent from the text. That must never change what is
// redacted: the gated sweep and the sweep that runs every detector (ALL_CUES) give the same text and the same findings,
// on real secrets (gitleaks' samples, the real artifacts line by line) and on generated texts made of the pieces the
// detectors are anchored on.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ItemContext, RedactorState } from "~/redaction/context";
import { sweepText, sweepValue } from "~/redaction/sweep";
import { ALL_CUES, CUE, scanCues } from "~/redaction/sweep-cues";
import type { RedactionPolicy } from "~/redaction/types";
import { mixedText } from "./lib/mixed-text";

const policies: RedactionPolicy[] = [
  { environment: "sandbox", terms: [], restored: [] },
  { environment: "client-prod", terms: ["acme"], restored: [] },
];

function sweep(text: string, policy: RedactionPolicy, freeText: boolean, all: boolean) {
  const ctx = new ItemContext(new RedactorState(), policy);
  const out = sweepText(text, ctx, { freeText }, all ? ALL_CUES : undefined);
  return { text: ctx.sentinels.restore(out), findings: [...ctx.findings.values()] };
}

const same = (text: string) => {
  for (const policy of policies)
    for (const freeText of [false, true])
      expect(sweep(text, policy, freeText, false)).toEqual(sweep(text, policy, freeText, true));
};

const corpora = new URL("../corpora/", import.meta.url).pathname;
const gitleaks = (
  JSON.parse(readFileSync(join(corpora, "gitleaks-samples/rule_tps_fps.json"), "utf8")) as Array<{ text: string }>
).map((g) => g.text);
const artifacts = readdirSync(join(corpora, "real-artifacts")).filter((f) => !/README|labels/.test(f));

// The literal pieces the detectors are anchored on, and characters around them.
const pieces = [
  "token",
  "access_token",
  "client_secret",
  "password",
  "value",
  "name",
  "key",
  "Authorization",
  "Cookie",
  "Bearer",
  "Basic",
  "kind",
  "Secret",
  "data",
  "-----BEGIN PRIVATE KEY-----",
  "-----END PRIVATE KEY-----",
  "eyJhbGciOiJIUzI1NiJ9",
  "eyJzdWIiOiIxIn0",
  "ZXlKaGJHY2lPaUpJVXpJMU5pSjku",
  "sk_live_",
  "AKIA",
  "ghp_",
  "Q~",
  "%7C",
  "-us1",
  "hooks.slack.com/services/",
  "Patient/",
  "_id",
  "resourceType",
  "https://",
  "@example.org",
  "<client_secret>",
  "</client_secret>",
  "-u",
  "Ab3x9Qz7",
  "1234567890",
  ":",
  "=",
  ",",
  "|",
  ">",
  "<",
  "/",
  ".",
  "-",
  "?",
  "&",
  '"',
  "'",
  "\\",
  "{",
  "}",
  " ",
  "\t",
  "\n",
  "é",
];

// Labelled values, in the shapes people paste: a label, a separator, a value of a length around each detector's bound.
const labels = ["Bearer", "Basic", "token", "client_secret", "Authorization", "password", "curl -u user", "--token"];
const labels2 = ["value", "name", "kind", "data", "apiKey", "X-Api-Key", "Cookie", "Secret", "refresh token"];
const separators = [" ", ": ", "=", ",", ":\n", "\n", '":"', ": |\n  ", ":", " = '", '\\":\\"', "\t"];
const values = [
  "Ab3x9Qz7",
  "Ab3x9Qz",
  "hunter2",
  "Ab3x9Qz7Ab3x9Qz",
  "Ab3x9Qz7Ab3x9Qz7",
  "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
  "sk_live_Ab3x9Qz7Ab",
  "AKIAABCDEFGHIJKLMNOP",
  "dXNlcjpwYXNzd29yZA==",
  "eyJhY2Nlc3NfdG9rZW4iOiJhYmMxMjM0NSJ9",
  "%7B%22access_token%22%3A%22abc12345%22%7D",
  "1234567890123456|Ab3x9Qz7Ab3x9Qz7Ab3x9Qz7Ab3",
  "Secret",
  "x@example.org",
  "Patient/123",
];
const labelled = fc
  .array(
    fc.tuple(
      fc.constantFrom(...labels, ...labels2),
      fc.constantFrom(...separators),
      fc.constantFrom(...values),
      fc.constantFrom("", " ", "\n", "&", ";", '"', "  "),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.map((p) => p.join("")).join(""));

describe("the sweep's cue gate", () => {
  it("finds the cues and the longest token run of a text", () => {
    const c = scanCues("a: b=c\thttps://x.org/Ab3x9Qz7Ab3x9Qz7 é");
    expect(c.chars & CUE.colon).toBeTruthy();
    expect(c.chars & CUE.equals).toBeTruthy();
    expect(c.chars & CUE.blank).toBeTruthy();
    expect(c.chars & CUE.at).toBe(0);
    expect(c.chars & CUE.newline).toBe(0);
    expect(c.run).toBe("//x.org/Ab3x9Qz7Ab3x9Qz7".length);
    expect(scanCues("final").chars).toBe(0);
  });

  it("still redacts the shortest match of each detector, at the bound its cue is checked against", () => {
    const shortest = [
      "Bearer Ab3x9Qz7", // a scheme, a blank, 8 credential characters
      "see YWJjOmRlZmdoaWpr here", // base64 of `abc:defghijk`: a 16-character encoded token
      "sk_live_Ab3x9Qz7Ab", // the shortest vendor shape: 18 characters
      "1234567890123456|Ab3x9Qz7Ab3x9Qz7Ab3x9Qz7Ab3", // the Facebook app token's `|`
      "x hooks.slack.com/services/Ab3x9Qz7Ab3x9Qz7Ab3x9Qz7",
      "kind: Secret\ndata:\n  a: b",
      "client_secret: |\n  s3cr3t",
      "<Password>hunter2</Password>",
      "-u user:pw12345",
      "token=abc12345",
      'name: "apiKey", value: "Ab3x9Qz7"',
      "a.b@example.org",
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln",
      "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----",
      "Here is the access token:\nAb3x9Qz7Ab3x9",
      "GET https://x.org/cb?code=abc123&access_token=abcdef123456",
      "Authorization: Basic dXNlcjpwYXNz",
    ];
    for (const text of shortest) {
      expect(sweep(text, policies[0], false, false).text, text).not.toBe(text);
      same(text);
    }
    // The random-string detector (free text only): 32 mixed characters.
    const random = "see Ab3x9Qz7Kp2w8Lm4Rt6y1Uv5Xn0Bq3Zs here";
    expect(sweep(random, policies[0], true, false).text).not.toBe(random);
  });

  it("redacts gitleaks' samples as the full sweep does", () => {
    for (const text of gitleaks) same(text);
  });

  // One test per file: the corpus grows, and a difference then names the artifact it came from.
  it.each(artifacts)("redacts the real artifact %s, line by line, as the full sweep does", (file) => {
    for (const text of readFileSync(join(corpora, "real-artifacts", file), "utf8").split("\n")) same(text);
  });

  it("redacts a code whose parts are joined by tildes only, as the full sweep does", () => {
    // Found by the property below: the gate asked for a dot, the dotted-token detector also joins on `~`.
    same("tokeneyJhbGciOiJIUzI1NiJ9Q~tokenresourceTyperesourceTyperesourceTyperesourceTyperesourceTyperesourceType");
  });

  it("redacts generated texts as the full sweep does", () => {
    fc.assert(
      fc.property(mixedText(pieces, 40, 30), (text) => same(text)),
      { numRuns: 600 },
    );
    fc.assert(
      fc.property(labelled, (text) => same(text)),
      { numRuns: 600 },
    );
  });
});

describe("the sweep of a value repeated in an item", () => {
  it("redacts and counts a secret at every occurrence, not only at the first", () => {
    const ctx = new ItemContext(new RedactorState(), policies[0]);
    const value = "https://x.org/cb?access_token=abc123456789xyz";
    const outs = [1, 2, 3].map(() => ctx.sentinels.restore(sweepValue(value, ctx)));
    expect(new Set(outs)).toEqual(new Set(["https://x.org/cb?access_token=[REDACTED:access_token#1]"]));
    expect([...ctx.findings.values()].map((f) => f.count)).toEqual([3]);
  });

  it("gives a value that holds nothing back unchanged each time, recording nothing", () => {
    const ctx = new ItemContext(new RedactorState(), policies[1]);
    for (let i = 0; i < 3; i++) expect(sweepValue("http://loinc.org", ctx)).toBe("http://loinc.org");
    expect(ctx.findings.size).toBe(0);
  });
});
