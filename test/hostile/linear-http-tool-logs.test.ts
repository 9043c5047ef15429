// Hostile forms of the HTTP tool logs' shapes: Set-Cookie lines of comma-joined cookies and of `, name=` runs that
// are attributes, cut copies of a known secret (`...` after pieces that share its head), long URL path segments,
// E.164 runs, hyphenated ids of known logins. The work (counted operations, see work-meter.ts) grows linearly, and a
// real secret after the run still goes.
import { describe, expect, it } from "vitest";
import { redact as redactAs } from "../redaction/lib/redact-text";
import { itStaysLinear, repeat } from "./work-meter";

const redact = (text: string) => redactAs(text, "sandbox", "text");
const KEY = "tm_key_9f8e7d6c5b4a39281706f5e4d3c2b1a0";

/** `size` characters of `access_token=` lines, each a distinct secret after the same 16 characters (and cut). */
function manySecrets(size: number, cut: boolean): string {
  const lines: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const value = "AAAAAAAAAAAAAAAA" + i.toString(36).padStart(6, "0");
    const line = `access_token=${value}\n` + (cut ? `${value.slice(0, 20)}q...\n` : "");
    lines.push(line);
    length += line.length;
  }
  return lines.join("");
}

describe("HTTP tool logs on hostile input", () => {
  const shapes: Array<[string, (size: number) => string]> = [
    ["a Set-Cookie line of comma-joined cookies", (n) => "Set-Cookie: " + repeat("a=bcdefgh1; path=/, ")(n)],
    ["a Set-Cookie line of attribute names after commas", (n) => "Set-Cookie: a=b" + repeat(", path=/")(n)],
    ["pieces sharing a known secret's head, each cut", (n) => `Bearer ${KEY}\n` + repeat(`${KEY.slice(0, 20)}... `)(n)],
    ["a URL whose path is one long random-looking run", (n) => "https://x.example/" + repeat("aB3")(n)],
    ["URL path segments just over the FHIR id length", repeat("https://x.example/" + "aB3".repeat(22) + "/ ")],
    ["plus signs before digit runs", repeat("+1234567890123 ")],
    ["a hyphenated id of a known login's parts", (n) => "/home/tquarrie/x\n" + repeat("ID-tquarrie-")(n)],
    ["an id of near-logins between dots and underscores", (n) => "/home/j.roe/x\n" + repeat("J.ROX_j.ro.")(n)],
  ];

  itStaysLinear(shapes, redact);

  // work-meter.ts does not see a regular expression's backtracking or a hand-written loop's: the worst cases at 1 MB.
  it.each([
    ["a Set-Cookie value of `, a=` runs", "Set-Cookie: " + repeat(", a=")(1_000_000)],
    ["one random-looking path segment of 1 MB", "https://x.example/" + repeat("aB3")(1_000_000) + "x"],
    ["a path segment of 1 MB that never ends in a separator", "https://x.example/" + repeat("aB3_")(1_000_000) + "!"],
    ["digits after a plus, 1 MB", "+" + repeat("1")(1_000_000)],
    ["a known secret's head cut again and again", `Bearer ${KEY}\n` + repeat(`${KEY.slice(0, 30)}...`)(1_000_000)],
    ["one hyphenated piece of 1 MB holding a login", "/home/tquarrie/x\n" + repeat("tquarrie-")(1_000_000)],
    [
      "a known secret's head masked again and again",
      `Bearer ${KEY}\n` + repeat(`${KEY.slice(0, 30)}...b1a0[...] `)(1_000_000),
    ],
    ["one piece of 1 MB of dots and escaped ellipses", `Bearer ${KEY}\n` + repeat(".\\u202")(1_000_000) + "..."],
    // Many refreshed tokens that share one head (a JWT's header, a vendor's prefix), each also cut in a later line.
    ["1 MB of distinct known secrets sharing a 16-character head", manySecrets(1_000_000, false)],
    ["1 MB of distinct known secrets sharing a head, each cut again", manySecrets(1_000_000, true)],
  ])("1 MB of %s finishes", (_name, text) => {
    expect(typeof redact(text)).toBe("string");
  });

  it("after 1 MB of comma-joined cookies the last cookie still goes", () => {
    const out = redact("Set-Cookie: " + repeat("a=b; path=/, ")(1_000_000) + "sid=Qw3rTyUiOp4sDfGhJkL5zXcV; path=/");
    expect(out).not.toContain("Qw3rTyUiOp4sDfGhJkL5zXcV");
  });
});
