// A name found on a chat author line goes in its other spellings too: in capitals, and as a handle written surname
// first (review RB, L2).
import { expect, it } from "vitest";
import { redact } from "./lib/redact-text";

it("an author's name in capitals and as a surname-first handle goes", () => {
  const out = redact("Tamsin Quarrie  10:42 AM\nthe scope is wrong\nTAMSIN QUARRIE said so, ping @quarrie.tamsin");
  expect(out).not.toMatch(/tamsin|quarrie/i);
  expect(out).toContain("the scope is wrong");
});
