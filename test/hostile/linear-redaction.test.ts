// Pathological inputs for the redaction detectors: each one's output is right, and the work it takes grows linearly
// with its size (counted operations, see work-meter.ts; the benchmark's "hostile input" section reports the time).
import { describe, expect, it } from "vitest";
import { createRedactor } from "~/redaction/redact";
import { findFreeTextPhi } from "~/redaction/detectors/free-text-phi";
import type { EvidenceKind } from "~/evidence/model";
import { growth, LINEAR, repeat, slicedGrowth } from "./work-meter";

const redact = (text: string, kind: EvidenceKind = "text") =>
  createRedactor({ environment: "sandbox", terms: [], restored: [] }).redact({ id: "a", kind, text });

/** Linear: 4× the input costs at most 5× the work (a quadratic scan costs about 16×). */

describe("key/value redactor on repeated keys", () => {
  for (const unit of ["token=", "password={", "secret=[", 'api_key="', "auth: "]) {
    it(`'${unit}' repeated: linear work, the text kept, a real secret after the run still redacted`, () => {
      expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
      const run = repeat(unit)(64_000);
      const r = redact(`${run}\npassword=hunter2hunter2`);
      expect(r.text).not.toContain("hunter2hunter2");
      expect(r.text.length).toBeGreaterThan(64_000);
    });
  }

  it("a weak key with a long secret value still loses the whole value", () => {
    // 600 characters of a seeded pseudo-random base62 string: longer than the part a weak key's value is judged on.
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let seed = 42;
    const value = Array.from({ length: 600 }, () => alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % 62]).join(
      "",
    );
    const r = redact(`token=${value} after`);
    expect(r.text).not.toContain(value.slice(0, 40));
    expect(r.text).not.toContain(value.slice(-40));
    expect(r.text).toMatch(/after$/);
  });
});

describe("PEM marker search", () => {
  it("BEGIN PRIVATE KEY + blank line, repeated: linear work, every marker redacted", () => {
    const unit = "-----BEGIN PRIVATE KEY-----\n\n";
    expect(growth(repeat(unit), (t) => redact(t), 16_000)).toBeLessThan(LINEAR);
    const r = redact(unit.repeat(2_000));
    expect(r.text).not.toContain("BEGIN PRIVATE KEY");
  });

  it("a real key after the run is still redacted whole", () => {
    const key = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC\n-----END PRIVATE KEY-----";
    const r = redact("-----BEGIN PRIVATE KEY-----\n\n".repeat(500) + key + "\ntail");
    expect(r.text).not.toContain("MIIEvQIBADANBgkqhkiG9w0BAQEFAASC");
    expect(r.text).toMatch(/tail$/);
  });
});

describe("name detector on huge letter runs", () => {
  it("4.4 million letters with combining marks: no RangeError, a name after the run still found", () => {
    const run = "a\u0301".repeat(2_200_000);
    const spans = findFreeTextPhi(`${run}\nPatient name: John Smith`);
    expect(spans.some((s) => /John Smith/.test(`${run}\nPatient name: John Smith`.slice(s.start, s.end)))).toBe(true);
  }, 30_000);

  it("a hyphenated run of a million parts: no RangeError", () => {
    expect(() => findFreeTextPhi("a-".repeat(1_000_000) + "a")).not.toThrow();
  });

  it("ordinary names are still found (words under the bounds are unchanged)", () => {
    const text = "Dear Mary-Jane O'Connor, your appointment is confirmed.";
    const spans = findFreeTextPhi(text).map((s) => text.slice(s.start, s.end));
    expect(spans.join(" ")).toContain("Mary-Jane O'Connor");
  });
});

describe("Authorization headers written on one line", () => {
  for (const unit of ["Authorization: Bearer abcdefgh12345678 ", "Authorization: Basic ", "authorization:a"]) {
    it(`'${unit.trim()}' repeated: each header's value is read up to the next, not to the line's end`, () => {
      expect(growth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
      // The regexes that judge a value run once each, so the work meter cannot see how far they read: the characters
      // of the pieces cut from the text can (a value read to the line's end for every header grows with the square).
      expect(slicedGrowth(repeat(unit), (t) => redact(t), 8_000)).toBeLessThan(LINEAR);
    });
  }

  it("the credential of each header still goes, and a Cookie after it on the line loses its values", () => {
    const r = redact(
      "Authorization: Bearer abcdefgh12345678 Cookie: sid=s3cr3tSessionValue9 Authorization: Bearer zyxw98765432abcd",
    );
    expect(r.text).not.toContain("abcdefgh12345678");
    expect(r.text).not.toContain("zyxw98765432abcd");
    expect(r.text).not.toContain("s3cr3tSessionValue9");
  });
});
