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

  it("names that are no secret keep the word they are compared with", () => {
    expectRedacted(
      ["if response.status == 'insufficient_scope':", "if (grant_type === 'client_credentials') {}"].join("\n"),
      [],
      ["response.status == 'insufficient_scope'", "grant_type === 'client_credentials'"],
    );
  });
});
