// A password in a chat message's prose is the value right after the password's own phrase ("the password is …",
// "new password - …"), never a later clause's value ("password reset - the id is 12724066abc", review RB M3); and it
// is read in the spellings people use: "password is: …", "passwd/pwd/pw is …", "PW: …", "new password → …" (M2).
import { describe, expect, it } from "vitest";
import { redact } from "./lib/redact-text";

describe("a password in prose", () => {
  it("a later clause's id or word after the password's phrase stays", () => {
    for (const text of [
      "password reset - the id is 12724066abc",
      "password reset - ticket is INC0012345 and request id is a1b2c3d4e5f6",
      "password was rotated - clientId is 0oa1b2c3d4e5",
    ])
      expect(redact(text)).toBe(text);
  });

  it("the value right after the phrase goes, in every usual spelling", () => {
    for (const [text, kept] of [
      ["the password is: Kq7ZrT2mWx9", "the password is: "],
      ["passwd is Kq7ZrT2mWx9", "passwd is "],
      ["pwd is Kq7ZrT2mWx9 for now", "pwd is "],
      ["the pw is Kq7ZrT2mWx9", "the pw is "],
      ["PW: Kq7ZrT2mWx9", "PW: "],
      ["new password → Kq7ZrT2mWx9", "new password → "],
      ["password is correcthorsebatterystaple", "password is "],
    ]) {
      const out = redact(text);
      expect(out, text).not.toContain("Kq7ZrT2mWx9");
      expect(out, text).not.toContain("correcthorsebatterystaple");
      expect(out, text).toContain(kept);
    }
  });
});
