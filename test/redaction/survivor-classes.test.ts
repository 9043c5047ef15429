// Shapes the real-artifact corpus showed surviving, one class each (not one file): each test failed before its fix.
import { describe, it } from "vitest";
import { expectRedacted as check } from "./lib/redact-text";

describe("identity claims written in Chinese, Japanese or Korean characters", () => {
  it("a display name in Han or kana script goes, with or without a blank between its words", () => {
    check(
      'Response body:\n{\n  "profile": {\n    "display_id": "cydney",\n    "display_name": "東浜 蘆村"\n  }\n}\n',
      ["東浜", "蘆村"],
      ['"display_name": "'],
    );
    check("user: displayName=王小明, email=wxm@example.cn", ["王小明"]);
    check('{"sub": "248289761001", "given_name": "さくら", "family_name": "김민준"} was logged', ["さくら", "김민준"]);
  });
  it("a value mixing scripts or holding punctuation is not taken for a CJK name", () => {
    check('{"displayName": "患者 App", "email": "wxm@example.cn"}', [], ["患者 App"]);
    check("displayName='Patient 患者', email=wxm@example.cn", [], ["Patient 患者"]);
  });
});
