// A secret compared in code (a notebook's login check, a handler's token test): the name compared is judged as a key
// is, so a password's word goes and a status or a role compared with a word stays.
import { describe, it } from "vitest";
import { expectRedacted } from "./lib/redact-text";

describe("a secret compared in code", () => {
  it("Python and JavaScript comparisons with a password, a token, an API key", () => {
    expectRedacted(
      [
        "    if auth and auth.password == 'curacel':",
        'if (req.headers.token !== "tok_9Hq2LmX0vB7cT4") return res.sendStatus(401);',
        "assert settings.API_KEY == 'AKz81mQpL0vXc3RtY6'",
      ].join("\n"),
      ["curacel", "tok_9Hq2LmX0vB7cT4", "AKz81mQpL0vXc3RtY6"],
      ["auth.password == '", "return res.sendStatus(401);"],
    );
  });

  it("Java's equals and Python's prefixed strings (r'…', b'…', f'…')", () => {
    expectRedacted(
      [
        'if (PASSWORD.equals("hunter2secret")) {',
        'if (clientSecret.equalsIgnoreCase("Zq8vRt2LmXw")) {',
        "if client_secret == r'rawSecret77x':",
        "assert token != b'byteToken9Qx'",
      ].join("\n"),
      ["hunter2secret", "Zq8vRt2LmXw", "rawSecret77x", "byteToken9Qx"],
      ['PASSWORD.equals("', "client_secret == r'", "token != b'"],
    );
  });

  it("names that are no secret keep the word they are compared with", () => {
    expectRedacted(
      [
        "if response.status == 'insufficient_scope':",
        "if (grant_type === 'client_credentials') {}",
        'if (scope.equals("patient/Observation.read")) {',
      ].join("\n"),
      [],
      [
        "response.status == 'insufficient_scope'",
        "grant_type === 'client_credentials'",
        'scope.equals("patient/Observation.read")',
      ],
    );
  });
});
