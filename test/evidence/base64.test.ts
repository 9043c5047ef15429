// The base64 decoder reads its alphabet from a code table, and the encoded-token check looks at a token's first
// bytes without decoding it whole: both must answer as the plain decoder they replaced, on any input.
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { base64PrefixIsText, base64ToBytes, decodeBase64Text, encodeBase64Text } from "~/evidence/base64";

/** The decoder as it was: a map from each character to its value, the padding cut off by a regular expression. */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const LOOKUP: Record<string, number> = { "-": 62, _: 63 };
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET[i]] = i;
function referenceBytes(input: string): number[] | null {
  const clean = input.replace(/=+$/, "");
  if (clean.length % 4 === 1) return null;
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const c of clean) {
    const v = LOOKUP[c];
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return out;
}
const referenceIsText = (input: string, max: number) => {
  const bytes = referenceBytes(input.length > max ? input.slice(0, max) : input);
  return !!bytes && bytes.every((b) => !(b < 0x09 || (b > 0x0d && b < 0x20) || b >= 0x7f));
};

/** Base64 of text and of random bytes, broken by stray characters, padding in odd places, non-ASCII. */
const input = fc.oneof(
  fc.string({ unit: fc.constantFrom(..."AZaz09+/-_=", "é", " ", ".", "\u{1F600}") }),
  fc.string().map((t) => encodeBase64Text(t)),
  fc.string({ unit: "binary" }).map((t) => encodeBase64Text(t)),
  fc.uint8Array({ maxLength: 120 }).map((b) => btoa(String.fromCharCode(...b))),
  fc
    .tuple(fc.string({ maxLength: 80 }), fc.integer({ min: 0, max: 3 }))
    .map(([t, k]) => encodeBase64Text(t) + "=".repeat(k)),
  fc.tuple(fc.uint8Array({ maxLength: 120 }), fc.integer({ min: 0, max: 119 })).map(([b, k]) => {
    const t = btoa(String.fromCharCode(...b));
    return t.slice(0, k) + "=" + t.slice(k);
  }),
);

describe("base64", () => {
  it("decodes as the map-based decoder did, and rejects what it rejected", () => {
    expect(decodeBase64Text(encodeBase64Text('{"access_token":"é"}'))).toBe('{"access_token":"é"}');
    expect(base64ToBytes("ab=c")).toBeNull();
    fc.assert(
      fc.property(input, (t) => {
        const got = base64ToBytes(t);
        expect(got && [...got]).toEqual(referenceBytes(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("decodes text as the strict UTF-8 decoder does (ASCII without it)", () => {
    const strict = new TextDecoder("utf-8", { fatal: true });
    const reference = (t: string) => {
      const bytes = referenceBytes(t);
      if (!bytes) return null;
      try {
        return strict.decode(new Uint8Array(bytes));
      } catch {
        return null;
      }
    };
    expect(decodeBase64Text(btoa("x".repeat(10000)))).toBe("x".repeat(10000));
    fc.assert(
      fc.property(input, (t) => {
        expect(decodeBase64Text(t)).toBe(reference(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("tells whether a token's first bytes are text as a full decode of its prefix does", () => {
    expect(base64PrefixIsText(encodeBase64Text('{"client_secret":"x"}'), 96)).toBe(true);
    expect(base64PrefixIsText(btoa("\u0000\u00ff" + "a".repeat(40)), 96)).toBe(false);
    fc.assert(
      fc.property(input, fc.constantFrom(4, 8, 13, 96), (t, max) => {
        expect(base64PrefixIsText(t, max)).toBe(referenceIsText(t, max));
      }),
      { numRuns: 3000 },
    );
  });
});
